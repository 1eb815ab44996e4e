import { Injectable } from '@nestjs/common';
import type { OrganizationKind } from '@kzps/contracts';
import { ArrayContains, In, type EntityManager } from 'typeorm';
import type { AgreementFacts } from '../agreement/approvers';
import { StandardsConfig } from '../config';
import {
  resolveAuthority,
  type AuthorityResolution,
  type DesignatedAuthorityRole,
} from './designated-authorities';
import { OrganizationRef } from './organization-ref.entity';
import type { ServiceRef } from './service-ref.entity';

export const LOCAL_EXECUTIVE_BODY: OrganizationKind = 'local-executive-body';

/** Lookups on the local copies of registry data; never a call to registry-svc. */
@Injectable()
export class ReadModelService {
  /** Only to choose when the registry gives a role to several active organisations (see README). */
  private readonly tieBreakerBins: Record<DesignatedAuthorityRole, string | undefined>;

  constructor(config: StandardsConfig) {
    this.tieBreakerBins = {
      'public-services-authority': config.PUBLIC_SERVICES_AUTHORITY_BIN,
      'informatization-authority': config.INFORMATIZATION_AUTHORITY_BIN,
      'justice-registration-authority': config.JUSTICE_MINISTRY_BIN,
    };
  }

  /** Art. 7.1-7.3: the organisation the registry designates for the role, among the active ones. */
  async designatedAuthority(
    manager: EntityManager,
    role: DesignatedAuthorityRole,
  ): Promise<AuthorityResolution> {
    const holders = await manager.find(OrganizationRef, {
      where: { active: true, roles: ArrayContains([role]) },
      order: { bin: 'ASC', id: 'ASC' },
    });
    return resolveAuthority(
      role,
      holders.map((o) => ({ organizationId: o.id, bin: o.bin, name: o.name })),
      this.tieBreakerBins[role],
    );
  }

  /**
   * Art. 7.3: a service is "local" when local executive bodies deliver it: the providers that are local
   * executive bodies agree its standard. An akimat the registry still names as owner (from before D25)
   * develops nothing, so it agrees as well.
   */
  async agreementFacts(manager: EntityManager, service: ServiceRef): Promise<AgreementFacts> {
    const providers =
      service.providerIds.length > 0
        ? await manager.find(OrganizationRef, { where: { id: In(service.providerIds) } })
        : [];
    const owner = service.ownerId
      ? await manager.findOne(OrganizationRef, { where: { id: service.ownerId } })
      : null;
    const localProviders = providers.filter((p) => p.kind === LOCAL_EXECUTIVE_BODY).map((p) => p.id);
    const localOwner = owner?.kind === LOCAL_EXECUTIVE_BODY ? owner.id : undefined;
    return {
      ownerKind: localProviders.length > 0 || localOwner ? 'local' : 'central',
      deliveryForm: service.deliveryForm,
      channels: service.channels,
      localExecutiveBodyIds: localOwner ? [...new Set([...localProviders, localOwner])] : localProviders,
    };
  }
}
