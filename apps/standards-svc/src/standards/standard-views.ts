import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { StatutoryTerm } from '../clocks/statutory-term.entity';
import { ServiceRef } from '../read-model/service-ref.entity';
import { Standard } from './standard.entity';
import { StandardVersion } from './standard-version.entity';
import type { StandardView } from './standard.mapper';

/**
 * `"column" AS "property", …` for a plain SQL read that gives rows shaped like the entity without TypeORM
 * building the query and hydrating it: the list and the standard read are the hottest reads, and TypeORM's
 * query building and hydration took most of their time (apps/standards-svc/bench/list.bench.ts). Dates stay
 * text, as TypeORM gives them; timestamps come as Date and jsonb parsed, as pg gives them.
 */
function columnsOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  return dataSource
    .getMetadata(entity)
    .columns.map(({ databaseName, propertyName, type }) =>
      type === 'date'
        ? `to_char(${alias}."${databaseName}", 'YYYY-MM-DD') AS "${propertyName}"`
        : `${alias}."${databaseName}" AS "${propertyName}"`,
    )
    .join(', ');
}

export interface StandardsFilter {
  serviceId?: string;
  status?: string;
  inForce?: boolean;
  /** Whether some term ran out without being met, as of `now`. */
  overdue?: boolean;
  now: Date;
}

/** Reads standards with their service, terms and versions in one statement for the page and one per part. */
export class StandardViews {
  private readonly standardColumns: string;
  private readonly serviceColumns: string;
  private readonly versionColumns: string;
  private readonly termColumns: string;

  constructor(private readonly dataSource: DataSource) {
    this.standardColumns = columnsOf(dataSource, Standard, 's');
    this.serviceColumns = columnsOf(dataSource, ServiceRef, 'r');
    this.versionColumns = columnsOf(dataSource, StandardVersion, 'v');
    this.termColumns = columnsOf(dataSource, StatutoryTerm, 't');
  }

  /** A page of standards in the order they were created, and how many match in all. */
  async page(
    filter: StandardsFilter,
    skip: number,
    take: number,
  ): Promise<{ views: StandardView[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const conditions: string[] = [];
    if (filter.serviceId) conditions.push(`s.service_id = ${param(filter.serviceId)}`);
    if (filter.status) conditions.push(`s.status = ${param(filter.status)}`);
    if (filter.inForce !== undefined)
      conditions.push(`s.in_force_version_id IS ${filter.inForce ? 'NOT NULL' : 'NULL'}`);
    if (filter.overdue !== undefined) {
      const overdue = `EXISTS (SELECT 1 FROM statutory_term o WHERE o.standard_id = s.id
        AND (o.status = 'missed' OR (o.status = 'open' AND o.due_at < ${param(filter.now)})))`;
      conditions.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows: Array<Standard & { total: string }> = await this.dataSource.query(
      `SELECT ${this.standardColumns}, count(*) OVER () AS total FROM standard s ${where}
        ORDER BY s.created_at, s.id LIMIT ${param(take)} OFFSET ${param(skip)}`,
      params,
    );
    const total =
      rows.length > 0
        ? Number(rows[0]?.total)
        : Number(
            (
              await this.dataSource.query(
                `SELECT count(*) AS n FROM standard s ${where}`,
                params.slice(0, -2),
              )
            )[0]?.n,
          );
    return { views: await this.of(rows.map(({ total: _total, ...standard }) => standard)), total };
  }

  /** The standards with their service, terms (by due time) and the versions in force and worked on. */
  async of(standards: Standard[]): Promise<StandardView[]> {
    if (standards.length === 0) return [];
    const versionIds = standards
      .flatMap((s) => [s.inForceVersionId, s.workingVersionId])
      .filter((v) => v !== null);
    const [services, versions, terms] = await Promise.all([
      this.dataSource.query<ServiceRef[]>(
        `SELECT ${this.serviceColumns} FROM service_ref r WHERE r.id = ANY($1)`,
        [standards.map((s) => s.serviceId)],
      ),
      this.dataSource.query<StandardVersion[]>(
        `SELECT ${this.versionColumns} FROM standard_version v WHERE v.id = ANY($1)`,
        [versionIds],
      ),
      this.dataSource.query<StatutoryTerm[]>(
        `SELECT ${this.termColumns} FROM statutory_term t WHERE t.standard_id = ANY($1) ORDER BY t.due_at, t.id`,
        [standards.map((s) => s.id)],
      ),
    ]);
    return standards.flatMap((standard) => {
      const service = services.find((s) => s.id === standard.serviceId);
      if (!service) return [];
      return [
        {
          standard,
          service,
          terms: terms.filter((t) => t.standardId === standard.id),
          inForce: versions.find((v) => v.id === standard.inForceVersionId) ?? null,
          working: versions.find((v) => v.id === standard.workingVersionId) ?? null,
        },
      ];
    });
  }
}
