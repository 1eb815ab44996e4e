import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { OrganizationRef } from './organization-ref.entity';
import { ServiceRef } from './service-ref.entity';
import { StandardVersionRef } from './standard-version-ref.entity';

/** A service open for applications: the registry's entry and the standard version in force. */
export interface ServiceInForce {
  service: ServiceRef;
  version: StandardVersionRef;
}

/** Lookups on the local copies of the registry and the standards. */
@Injectable()
export class ReadModelService {
  /**
   * An application is accepted only for a service in the registry with a standard in force (Art. 7, 8).
   * The version row is read under a share lock, so it cannot be superseded half-way through an intake.
   */
  async serviceInForce(manager: EntityManager, serviceId: string): Promise<ServiceInForce> {
    const service = await manager.findOne(ServiceRef, { where: { id: serviceId } });
    const version = await manager.findOne(StandardVersionRef, {
      where: { serviceId, status: 'in_force' },
      lock: { mode: 'pessimistic_read' },
    });
    if (!service) {
      throw applicationsError(
        ApplicationsErrorCode.SERVICE_UNKNOWN,
        `No service ${serviceId} in the registry`,
        {
          errors: [{ field: 'serviceId', message: 'serviceId names no service in the registry' }],
        },
      );
    }
    if (service?.status === 'excluded') throw applicationsError(ApplicationsErrorCode.SERVICE_EXCLUDED);
    if (!version) throw applicationsError(ApplicationsErrorCode.STANDARD_NOT_IN_FORCE);
    return { service, version };
  }

  /** Several organisations in one round trip (an intake's PSC and provider), by id. */
  async organizations(manager: EntityManager, ids: string[]): Promise<Map<string, OrganizationRef>> {
    const unique = [...new Set(ids)];
    const rows = unique.length === 0 ? [] : await manager.findBy(OrganizationRef, { id: In(unique) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  organization(manager: EntityManager, id: string): Promise<OrganizationRef | null> {
    return manager.findOne(OrganizationRef, { where: { id } });
  }

  service(manager: EntityManager, id: string): Promise<ServiceRef | null> {
    return manager.findOne(ServiceRef, { where: { id } });
  }

  version(manager: EntityManager, id: string): Promise<StandardVersionRef> {
    return manager.findOneOrFail(StandardVersionRef, { where: { id } });
  }
}
