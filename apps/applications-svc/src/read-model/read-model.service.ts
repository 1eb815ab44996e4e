import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { runPrepared, type PreparedStatement } from '@kzps/db';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { OrganizationRef } from './organization-ref.entity';
import { ServiceRef } from './service-ref.entity';
import { StandardVersionRef } from './standard-version-ref.entity';

/** A service open for applications: the registry's entry and the standard version in force. */
export interface ServiceInForce {
  service: ServiceRef;
  version: StandardVersionRef;
}

/** A row of `intakeContextStatement`: each entity as JSON under its property names (times as ISO text). */
interface IntakeRow {
  service: Omit<ServiceRef, 'updatedAt'> & { updatedAt: string };
  version: (Omit<StandardVersionRef, 'inForceFrom'> & { inForceFrom: string }) | null;
  organizations: Array<Omit<OrganizationRef, 'sourceUpdatedAt'> & { sourceUpdatedAt: string }>;
}

/** A service as `intakeContext` reads it, and as the intake's statement compares it (`intakeContextCurrent`). */
const serviceJson = (s: string): string =>
  `jsonb_build_object('id', ${s}.id, 'code', ${s}.code, 'name', ${s}.name, 'ownerId', ${s}.owner_id,
     'providerIds', ${s}.provider_ids, 'paid', ${s}.paid, 'status', ${s}.status, 'updatedAt', ${s}.updated_at)`;

/** An organisation as `intakeContext` reads it, and as the intake's statement compares it. */
const organizationJson = (o: string): string =>
  `jsonb_build_object('id', ${o}.id, 'bin', ${o}.bin, 'name', ${o}.name, 'kind', ${o}.kind,
     'registryKind', ${o}.registry_kind, 'roles', ${o}.roles, 'regionKato', ${o}.region_kato,
     'active', ${o}.active, 'sourceUpdatedAt', ${o}.source_updated_at)`;

/**
 * $1 the service, $2 organisation ids. The version is share-locked inside its lateral subquery (a lock
 * cannot reach the nullable side of the outer join); no version in force leaves it null.
 */
const intakeContextStatement: PreparedStatement = {
  name: 'applications.intake-context',
  text: `
  SELECT ${serviceJson('s')} AS service,
         CASE WHEN v.id IS NULL THEN NULL ELSE jsonb_build_object('id', v.id, 'standardId', v.standard_id,
           'serviceId', v.service_id, 'versionNumber', v.version_number,
           'registrationNumber', v.registration_number, 'inForceFrom', v.in_force_from, 'status', v.status,
           'ownerId', v.owner_id, 'providerIds', v.provider_ids, 'channels', v.channels,
           'resultForms', v.result_forms, 'term', v.term, 'queueWait', v.queue_wait, 'fee', v.fee,
           'documents', v.documents, 'refusalGrounds', v.refusal_grounds) END AS version,
         (SELECT coalesce(jsonb_agg(${organizationJson('o')}), '[]'::jsonb)
            FROM organization_ref o
           WHERE o.id = ANY($2::uuid[]) OR (cardinality(v.provider_ids) = 1 AND o.id = v.provider_ids[1])
         ) AS organizations
    FROM service_ref s
    LEFT JOIN LATERAL (
      SELECT * FROM standard_version_ref sv WHERE sv.service_id = s.id AND sv.status = 'in_force' FOR SHARE
    ) v ON true
   WHERE s.id = $1`,
};

/**
 * What an intake read (`IntakeContext.read`), as the statement that writes the application finds it again:
 * the version still in force (share-locked until that statement commits: a standard amended meanwhile is
 * seen), the service and the organisations unchanged. `stamp` is an SQL expression of one stamp as JSON
 * (`IntakeContextStamp`, the service and the organisations as JSON values). Only the version's status can
 * change: a version's content is never updated.
 */
export function intakeContextCurrent(stamp: string): string {
  return `EXISTS (SELECT 1 FROM standard_version_ref sv
                   WHERE sv.id = (${stamp}->>'versionId')::uuid AND sv.status = 'in_force' FOR SHARE)
      AND (SELECT ${serviceJson('s')} FROM service_ref s WHERE s.id = (${stamp}->>'serviceId')::uuid)
          = ${stamp}->'service'
      AND (SELECT coalesce(jsonb_object_agg(o.id, ${organizationJson('o')}), '{}'::jsonb)
             FROM organization_ref o
            WHERE o.id = ANY(ARRAY(SELECT jsonb_array_elements_text(${stamp}->'organizationIds'))::uuid[]))
          = ${stamp}->'organizations'`;
}

/**
 * The JSON of a stamp for `intakeContextCurrent`: the service and the organisations go in as the JSON values
 * they were read as, so they compare as jsonb exactly as read.
 */
export function stampJson(stamp: IntakeContextStamp): string {
  return (
    `{"versionId":${JSON.stringify(stamp.versionId)},"serviceId":${JSON.stringify(stamp.serviceId)},` +
    `"service":${stamp.service},"organizationIds":${JSON.stringify(stamp.organizationIds)},` +
    `"organizations":${stamp.organizations}}`
  );
}

/** What `intakeContext` read, for `intakeContextCurrent` (`stampJson`): the service and organisations as JSON. */
export interface IntakeContextStamp {
  versionId: string;
  serviceId: string;
  service: string;
  organizationIds: string[];
  organizations: string;
}

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
  ): Promise<ServiceInForce & { organizations: Map<string, OrganizationRef>; stamp: IntakeContextStamp }> {
    const requested = [...new Set(organizationIds)];
    const [row] = await runPrepared<IntakeRow>(manager, intakeContextStatement, [serviceId, requested]);
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
    const sole = row.version.providerIds.length === 1 ? row.version.providerIds : [];
    const stamp: IntakeContextStamp = {
      versionId: row.version.id,
      serviceId: row.service.id,
      service: JSON.stringify(row.service),
      organizationIds: [...new Set([...requested, ...sole])],
      organizations: JSON.stringify(Object.fromEntries(row.organizations.map((o) => [o.id, o]))),
    };
    return { service, version, organizations, stamp };
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
