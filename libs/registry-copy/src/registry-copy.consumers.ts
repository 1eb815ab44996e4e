import { Inject, Injectable } from '@nestjs/common';
import {
  RegistryEventTypes,
  type EventEnvelope,
  type OrganizationUpsertedV1,
  type ServiceAmendedV1,
  type ServiceExcludedV1,
  type ServiceIncludedV1,
} from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { upsertOrganizationCopy, type OrganizationCopyField } from './organization-copy';
import {
  entryOfExclusion,
  markServiceExcluded,
  upsertServiceCopy,
  type ServiceCopyFields,
} from './service-copy';

export const REGISTRY_COPY_OPTIONS = Symbol('REGISTRY_COPY_OPTIONS');

export interface RegistryCopyOptions {
  /** What the service keeps of an organisation beyond its name, kind, roles and standing. */
  organizations: readonly OrganizationCopyField[];
  /** Keep the registry's services too, with these fields; absent, the service copies organisations only. */
  services?: ServiceCopyFields;
}

/** Keeps the service's copy of the registry's organisations (D12), in the inbox transaction. */
@Injectable()
export class OrganizationCopyConsumer {
  constructor(@Inject(REGISTRY_COPY_OPTIONS) private readonly options: RegistryCopyOptions) {}

  @OnEvent(RegistryEventTypes.organizationUpserted)
  async onOrganizationUpserted(
    event: EventEnvelope<OrganizationUpsertedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await upsertOrganizationCopy(manager, event.data, this.options.organizations);
  }
}

/** Keeps the service's copy of the registry's services (D12), in the inbox transaction. */
@Injectable()
export class ServiceCopyConsumer {
  private readonly fields: ServiceCopyFields;

  constructor(@Inject(REGISTRY_COPY_OPTIONS) options: RegistryCopyOptions) {
    this.fields = options.services ?? {};
  }

  @OnEvent(RegistryEventTypes.serviceIncluded)
  async onServiceIncluded(event: EventEnvelope<ServiceIncludedV1>, manager: EntityManager): Promise<void> {
    await upsertServiceCopy(manager, event.data, new Date(event.time), this.fields, 'included');
  }

  @OnEvent(RegistryEventTypes.serviceAmended)
  async onServiceAmended(event: EventEnvelope<ServiceAmendedV1>, manager: EntityManager): Promise<void> {
    await upsertServiceCopy(manager, event.data, new Date(event.time), this.fields);
  }

  /**
   * The entry as it left the registry, when the exclusion carries it; otherwise a copy that keeps the
   * standing marks what it knows as excluded. A copy without standing keeps the entry as it was: what was
   * delivered under an excluded service stays on record.
   */
  @OnEvent(RegistryEventTypes.serviceExcluded)
  async onServiceExcluded(event: EventEnvelope<ServiceExcludedV1>, manager: EntityManager): Promise<void> {
    const time = new Date(event.time);
    const entry = entryOfExclusion(event.data);
    if (entry) await upsertServiceCopy(manager, entry, time, this.fields, 'excluded');
    else if (this.fields.status) await markServiceExcluded(manager, event.data.serviceId, time);
  }
}
