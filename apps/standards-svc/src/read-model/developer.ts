import type { EntityManager } from 'typeorm';
import type { Developer } from '../common/access';
import { OrganizationRef } from './organization-ref.entity';
import { LOCAL_EXECUTIVE_BODY } from './read-model.service';
import type { ServiceRef } from './service-ref.entity';

/** The registry's owner as the developer: an akimat the registry still names develops nothing (D25). */
export async function developerOf(manager: EntityManager, service: ServiceRef): Promise<Developer> {
  if (!service.ownerId) return { status: 'unknown' };
  const owner = await manager.findOne(OrganizationRef, { where: { id: service.ownerId } });
  return owner?.kind === LOCAL_EXECUTIVE_BODY
    ? { status: 'local_executive_body', organizationId: service.ownerId }
    : { status: 'central', organizationId: service.ownerId };
}
