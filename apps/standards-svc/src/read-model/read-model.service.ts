import { Injectable } from '@nestjs/common';
import type { OrganizationKind } from '@kzps/contracts';
import { In, type EntityManager } from 'typeorm';
import type { AgreementFacts, KnownAuthorities } from '../agreement/approvers';
import { StandardsConfig } from '../config';
import { OrganizationRef } from './organization-ref.entity';
import type { ServiceRef } from './service-ref.entity';

export const LOCAL_EXECUTIVE_BODY: OrganizationKind = 'local-executive-body';

/** Lookups on the local copies of registry data; never a call to registry-svc. */
@Injectable()
export class ReadModelService {
  constructor(private readonly config: StandardsConfig) {}

  /**
   * Art. 7.2: the Ministry of Justice, when its BIN is configured and the registry has described it;
   * undefined when not configured (the role alone then decides, see README).
   */
  async justiceMinistry(manager: EntityManager): Promise<{ configured: boolean; id?: string }> {
    const bin = this.config.JUSTICE_MINISTRY_BIN;
    if (!bin) return { configured: false };
    const found = await manager.findOne(OrganizationRef, { where: { bin, active: true } });
    return { configured: true, id: found?.id };
  }

  async authorities(manager: EntityManager): Promise<KnownAuthorities> {
    const bins = [
      this.config.PUBLIC_SERVICES_AUTHORITY_BIN,
      this.config.INFORMATIZATION_AUTHORITY_BIN,
    ].filter((b): b is string => b !== undefined);
    const found =
      bins.length > 0 ? await manager.find(OrganizationRef, { where: { bin: In(bins), active: true } }) : [];
    return {
      publicServicesAuthorityId: found.find((o) => o.bin === this.config.PUBLIC_SERVICES_AUTHORITY_BIN)?.id,
      informatizationAuthorityId: found.find((o) => o.bin === this.config.INFORMATIZATION_AUTHORITY_BIN)?.id,
    };
  }

  /**
   * Art. 7.3: a service is "local" when local executive bodies deliver it or one owns it. The local bodies
   * that agree it are the providers that are local executive bodies; when none is (an akimat owns a service
   * its institutions deliver), the owning akimat itself.
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
      localExecutiveBodyIds: localProviders.length > 0 ? localProviders : localOwner ? [localOwner] : [],
    };
  }
}
