import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { OrganizationRef } from './organization-ref.entity';
import { ServiceRef } from './service-ref.entity';
import { StandardVersionRef } from './standard-version-ref.entity';

/** A service open for applications: the registry's entry and the standard version in force. */
export interface ServiceInForce {
  service: ServiceRef;
  version: StandardVersionRef;
}

/** A row of `intakeContextSql`: each entity as JSON under its property names (times as ISO text). */
interface IntakeRow {
  service: Omit<ServiceRef, 'updatedAt'> & { updatedAt: string };
  version: (Omit<StandardVersionRef, 'inForceFrom'> & { inForceFrom: string }) | null;
  organizations: Array<Omit<OrganizationRef, 'sourceUpdatedAt'> & { sourceUpdatedAt: string }>;
}

/**
 * $1 the service, $2 organisation ids. The version is share-locked inside its lateral subquery (a lock
 * cannot reach the nullable side of the outer join); no version in force leaves it null.
 */
const intakeContextSql = `
  SELECT jsonb_build_object('id', s.id, 'code', s.code, 'name', s.name, 'ownerId', s.owner_id,
           'providerIds', s.provider_ids, 'paid', s.paid, 'status', s.status, 'updatedAt', s.updated_at) AS service,
         CASE WHEN v.id IS NULL THEN NULL ELSE jsonb_build_object('id', v.id, 'standardId', v.standard_id,
           'serviceId', v.service_id, 'versionNumber', v.version_number,
           'registrationNumber', v.registration_number, 'inForceFrom', v.in_force_from, 'status', v.status,
           'ownerId', v.owner_id, 'providerIds', v.provider_ids, 'channels', v.channels,
           'resultForms', v.result_forms, 'term', v.term, 'queueWait', v.queue_wait, 'fee', v.fee,
           'documents', v.documents, 'refusalGrounds', v.refusal_grounds) END AS version,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'bin', o.bin, 'name', o.name,
                   'kind', o.kind, 'registryKind', o.registry_kind, 'roles', o.roles,
                   'regionKato', o.region_kato, 'active', o.active, 'sourceUpdatedAt', o.source_updated_at)),
                 '[]'::jsonb)
            FROM organization_ref o
           WHERE o.id = ANY($2::uuid[]) OR (cardinality(v.provider_ids) = 1 AND o.id = v.provider_ids[1])
         ) AS organizations
    FROM service_ref s
    LEFT JOIN LATERAL (
      SELECT * FROM standard_version_ref sv WHERE sv.service_id = s.id AND sv.status = 'in_force' FOR SHARE
    ) v ON true
   WHERE s.id = $1`;

/** Lookups on the local copies of the registry and the standards. */
@Injectable()
export class ReadModelService {
  /**
   * An application is accepted only for a service in the registry with a standard in force (Art. 7, 8).
   * The version row is read under a share lock, so it cannot be superseded half-way through an intake.
   */
  async serviceInForce(manager: EntityManager, serviceId: string): Promise<ServiceInForce> {
    const { service, version } = await this.intakeContext(manager, serviceId, []);
    return { service, version };
  }

  /**
   * What an intake reads, in one round trip: the service, its standard version in force (share-locked, as
   * `serviceInForce`), and the organisations named by `organizationIds` and the service's sole provider.
   */
  async intakeContext(
    manager: EntityManager,
    serviceId: string,
    organizationIds: string[],
  ): Promise<ServiceInForce & { organizations: Map<string, OrganizationRef> }> {
    const [row]: IntakeRow[] = await manager.query(intakeContextSql, [
      serviceId,
      [...new Set(organizationIds)],
    ]);
    if (!row) {
      throw applicationsError(
        ApplicationsErrorCode.SERVICE_UNKNOWN,
        `No service ${serviceId} in the registry`,
        {
          errors: [{ field: 'serviceId', message: 'serviceId names no service in the registry' }],
        },
      );
    }
    if (row.service.status === 'excluded') throw applicationsError(ApplicationsErrorCode.SERVICE_EXCLUDED);
    if (!row.version) throw applicationsError(ApplicationsErrorCode.STANDARD_NOT_IN_FORCE);
    const service = Object.assign(new ServiceRef(), row.service, {
      updatedAt: new Date(row.service.updatedAt),
    });
    const version = Object.assign(new StandardVersionRef(), row.version, {
      inForceFrom: new Date(row.version.inForceFrom),
    });
    const organizations = new Map(
      row.organizations.map((o) => [
        o.id,
        Object.assign(new OrganizationRef(), o, { sourceUpdatedAt: new Date(o.sourceUpdatedAt) }),
      ]),
    );
    return { service, version, organizations };
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
