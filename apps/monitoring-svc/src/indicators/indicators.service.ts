import { Injectable } from '@nestjs/common';
import { hasRole, type Identity } from '@kzps/auth';
import { instanceRoles, surveyCriteria, type InstanceRole } from '@kzps/contracts';
import { pageOf, pageRows, type Page } from '@kzps/platform';
import { DataSource } from 'typeorm';
import type { IndicatorGrouping, IndicatorsQueryDto } from './dto/indicators-query.dto';
import { Indicator } from './indicator-names';
import { indicatorsError, IndicatorsErrorCode as Code } from './indicators.errors';

/** Who reads the dashboards: the quality authority and the public-services authority all of them. */
export const IndicatorReaders = {
  everything: ['quality-authority', 'public-services-authority'],
  /** An owner's officers read the indicators of their own services (Art. 17.6: the owner reports on them). */
  ownServices: ['owner-officer'],
} as const;

const groupingColumns: Record<IndicatorGrouping, string> = {
  month: 'month',
  service: 'service_id',
  owner: 'owner_id',
  provider: 'provider_id',
  psc: 'psc_id',
  region: 'region_kato',
  channel: 'channel',
};

/** The field of a row that carries each grouping's facet. */
export const groupingFields: Record<IndicatorGrouping, keyof IndicatorRowFacets> = {
  month: 'month',
  service: 'serviceId',
  owner: 'ownerId',
  provider: 'providerId',
  psc: 'pscId',
  region: 'regionKato',
  channel: 'channel',
};

export interface IndicatorRowFacets {
  month?: string;
  serviceId?: string | null;
  ownerId?: string | null;
  providerId?: string | null;
  pscId?: string | null;
  regionKato?: string | null;
  channel?: string | null;
}

export interface InstanceFigures {
  decided: number;
  satisfied: number;
  satisfiedShare: number | null;
}

/** One row of the dashboard: its facets, the counters and what is derived from them. */
export interface IndicatorRow extends IndicatorRowFacets {
  applicationsSubmitted: number;
  electronicApplications: number;
  /** Electronic applications / all applications. */
  eFormShare: number | null;
  intakeRefusals: number;
  resultsIssuedOnTime: number;
  resultsIssuedLate: number;
  /** Results issued on time / all results issued. */
  onTimeShare: number | null;
  resultsRefused: number;
  applicationsOverdue: number;
  handoversLate: number;
  queueWaitsExceeded: number;
  feesPaid: number;
  feesPaidKzt: number;
  complaintsFiled: number;
  complaintsPer1000Applications: number | null;
  complaintsDecided: number;
  complaintsSatisfied: number;
  satisfiedShare: number | null;
  /** Art. 5.4.2: recipients' ratings, and their mean over the five criteria (1-5). */
  surveyAnswers: number;
  satisfactionScore: number | null;
  /** Art. 17.2: bodies late updating their information after a standard's adoption or change. */
  informationUpdatesLate: number;
  /** Decided and satisfied complaints by the instance that decided them (Art. 19.2-5). */
  byInstance: Record<InstanceRole, InstanceFigures>;
}

/** The SQL sums, one per column of the row, over the counters summed per indicator (`counted` below). */
const sums: Record<string, string> = {
  applications_submitted: `indicator = '${Indicator.applicationsSubmitted}'`,
  electronic_applications: `indicator = '${Indicator.applicationsSubmitted}' AND electronic`,
  intake_refusals: `indicator = '${Indicator.intakeRefusals}'`,
  results_issued_on_time: `indicator = '${Indicator.resultsIssuedOnTime}'`,
  results_issued_late: `indicator = '${Indicator.resultsIssuedLate}'`,
  results_refused: `indicator = '${Indicator.resultsRefused}'`,
  applications_overdue: `indicator = '${Indicator.applicationsOverdue}'`,
  handovers_late: `indicator = '${Indicator.handoversLate}'`,
  queue_waits_exceeded: `indicator = '${Indicator.queueWaitsExceeded}'`,
  fees_paid: `indicator = '${Indicator.feesPaid}'`,
  fees_paid_kzt: `indicator = '${Indicator.feesPaidKzt}'`,
  complaints_filed: `indicator = '${Indicator.complaintsFiled}'`,
  complaints_decided: `indicator = '${Indicator.complaintsDecided}'`,
  complaints_satisfied: `indicator = '${Indicator.complaintsSatisfied}'`,
  survey_answers: `indicator = '${Indicator.surveyAnswers}'`,
  survey_score_points: `indicator = '${Indicator.surveyScorePoints}'`,
  information_updates_late: `indicator = '${Indicator.informationUpdatesLate}'`,
  ...Object.fromEntries(
    instanceRoles.flatMap((role) => [
      [`decided_${role}`, `indicator = '${Indicator.complaintsDecided}' AND breakdown = '${role}'`],
      [`satisfied_${role}`, `indicator = '${Indicator.complaintsSatisfied}' AND breakdown = '${role}'`],
    ]),
  ),
};

/**
 * Where a read sums its counters: the smallest table that keeps every facet it filters or groups by. The
 * rollups keep the channel only as whether it was electronic, which is all a row derives from it.
 */
const tables: Array<{ name: string; columns: ReadonlySet<string>; electronic: string }> = [
  { name: 'indicator_count_by_owner', columns: new Set(['month', 'owner_id']), electronic: 'electronic' },
  {
    name: 'indicator_count_by_service',
    columns: new Set(['month', 'owner_id', 'service_id']),
    electronic: 'electronic',
  },
  { name: 'indicator_count_by_region', columns: new Set(['month', 'region_kato']), electronic: 'electronic' },
  {
    name: 'indicator_count',
    columns: new Set(Object.values(groupingColumns)),
    electronic: `channel IS NOT DISTINCT FROM 'electronic'`,
  },
];

/** The facets a row is kept by: as asked, once each; by month when none is asked. */
export function groupingsOf(query: IndicatorsQueryDto): IndicatorGrouping[] {
  return [...new Set<IndicatorGrouping>(query.groupBy ?? ['month'])];
}

function share(part: number, whole: number, per = 1): number | null {
  return whole === 0 ? null : Math.round((part * per * 10_000) / whole) / 10_000;
}

type SqlRow = Record<string, string | number | null>;

function toRow(row: SqlRow, groupings: IndicatorGrouping[]): IndicatorRow {
  const n = (column: string): number => Number(row[column] ?? 0);
  const facets: IndicatorRowFacets = {};
  for (const grouping of groupings) {
    const value = row[groupingColumns[grouping]];
    Object.assign(facets, { [groupingFields[grouping]]: value === null ? null : String(value).trim() });
  }
  const submitted = n('applications_submitted');
  const issued = n('results_issued_on_time') + n('results_issued_late');
  return {
    ...facets,
    applicationsSubmitted: submitted,
    electronicApplications: n('electronic_applications'),
    eFormShare: share(n('electronic_applications'), submitted),
    intakeRefusals: n('intake_refusals'),
    resultsIssuedOnTime: n('results_issued_on_time'),
    resultsIssuedLate: n('results_issued_late'),
    onTimeShare: share(n('results_issued_on_time'), issued),
    resultsRefused: n('results_refused'),
    applicationsOverdue: n('applications_overdue'),
    handoversLate: n('handovers_late'),
    queueWaitsExceeded: n('queue_waits_exceeded'),
    feesPaid: n('fees_paid'),
    feesPaidKzt: n('fees_paid_kzt'),
    complaintsFiled: n('complaints_filed'),
    complaintsPer1000Applications: share(n('complaints_filed'), submitted, 1000),
    complaintsDecided: n('complaints_decided'),
    complaintsSatisfied: n('complaints_satisfied'),
    satisfiedShare: share(n('complaints_satisfied'), n('complaints_decided')),
    surveyAnswers: n('survey_answers'),
    satisfactionScore: share(n('survey_score_points'), n('survey_answers') * surveyCriteria.length),
    informationUpdatesLate: n('information_updates_late'),
    byInstance: Object.fromEntries(
      instanceRoles.map((role) => [
        role,
        {
          decided: n(`decided_${role}`),
          satisfied: n(`satisfied_${role}`),
          satisfiedShare: share(n(`satisfied_${role}`), n(`decided_${role}`)),
        },
      ]),
    ) as Record<InstanceRole, InstanceFigures>,
  };
}

/** A page of the grouped rows and, in the same pass, how many rows there are in all. */
function pageSql(grouped: string, order: string, window: { limit: number; offset: number }): string {
  return `SELECT g.*, (count(*) OVER ())::int AS total_rows FROM (${grouped}) AS g
    ORDER BY ${order} LIMIT ${window.limit} OFFSET ${window.offset}`;
}

/**
 * Reads the indicators projection for a dashboard: filtered by facets and months, grouped by the facets asked
 * for. Events that do not carry a facet (a complaint has no channel, a queue ticket no owner) are left out of
 * a filter on it.
 */
@Injectable()
export class IndicatorsService {
  constructor(private readonly dataSource: DataSource) {}

  async page(caller: Identity, query: IndicatorsQueryDto): Promise<Page<IndicatorRow>> {
    const { skip, take } = pageRows(query);
    const { rows, total } = await this.read(caller, query, { limit: take, offset: skip });
    return pageOf(query, rows, total);
  }

  /** Every row, for the CSV export. */
  async all(caller: Identity, query: IndicatorsQueryDto): Promise<IndicatorRow[]> {
    return (await this.read(caller, query)).rows;
  }

  /** The SQL of a dashboard page as `page` sends it (the benchmark prints its EXPLAIN). */
  pageStatement(caller: Identity, query: IndicatorsQueryDto): { sql: string; params: unknown[] } {
    const { skip, take } = pageRows(query);
    const { grouped, order, params } = this.statement(caller, query);
    return { sql: pageSql(grouped, order, { limit: take, offset: skip }), params };
  }

  private async read(
    caller: Identity,
    query: IndicatorsQueryDto,
    window?: { limit: number; offset: number },
  ): Promise<{ rows: IndicatorRow[]; total: number }> {
    const { grouped, order, params, groupings } = this.statement(caller, query);
    if (!window) {
      const rows = await this.dataSource.query<SqlRow[]>(`${grouped} ORDER BY ${order}`, params);
      return { rows: rows.map((row) => toRow(row, groupings)), total: rows.length };
    }
    const rows = await this.dataSource.query<Array<SqlRow & { total_rows: number }>>(
      pageSql(grouped, order, window),
      params,
    );
    // A page past the end has no row to carry the number of rows.
    const total =
      rows[0]?.total_rows ??
      (
        await this.dataSource.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM (${grouped}) AS g`,
          params,
        )
      )[0]?.n ??
      0;
    return { rows: rows.map((row) => toRow(row, groupings)), total };
  }

  private statement(
    caller: Identity,
    query: IndicatorsQueryDto,
  ): { grouped: string; order: string; params: unknown[]; groupings: IndicatorGrouping[] } {
    if (query.fromMonth && query.toMonth && query.fromMonth > query.toMonth) {
      throw indicatorsError(Code.INDICATOR_MONTHS_INVERTED);
    }
    const ownerId = this.ownerScope(caller, query.ownerId);
    const groupings = groupingsOf(query);
    const conditions: string[] = [];
    const params: unknown[] = [];
    const used = new Set<string>(['month']);
    const where = (column: string, operator: string, value: unknown): void => {
      params.push(value);
      used.add(column);
      conditions.push(`${column} ${operator} $${params.length}`);
    };
    if (query.serviceId) where('service_id', '=', query.serviceId);
    if (ownerId) where('owner_id', '=', ownerId);
    if (query.providerId) where('provider_id', '=', query.providerId);
    if (query.pscId) where('psc_id', '=', query.pscId);
    if (query.regionKato) where('region_kato', '=', query.regionKato);
    if (query.channel) where('channel', '=', query.channel);
    if (query.fromMonth) where('month', '>=', query.fromMonth);
    if (query.toMonth) where('month', '<=', query.toMonth);
    const columns = groupings.map((g) => groupingColumns[g]);
    for (const column of columns) used.add(column);
    const table = tables.find((t) => [...used].every((column) => t.columns.has(column))) ?? tables[3];
    if (!table) throw new Error('the counters table is always listed');
    const select = Object.entries(sums)
      .map(([name, condition]) => `COALESCE(SUM(value) FILTER (WHERE ${condition}), 0)::float8 AS ${name}`)
      .join(',\n ');
    // Summed per indicator first (one hash lookup per counter row), then spread into the row's columns over
    // the few sums that leaves, instead of testing every sum's condition on every counter row.
    const keys = [...columns, 'indicator', 'breakdown', 'electronic'].join(', ');
    const grouped = `
      WITH counted AS (
        SELECT ${[...columns, 'indicator', 'breakdown'].join(', ')}, ${table.electronic} AS electronic,
               SUM(value) AS value
        FROM ${table.name}
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        GROUP BY ${keys})
      SELECT ${[...columns, select].join(', ')}
      FROM counted
      GROUP BY ${columns.join(', ')}`;
    const order = columns.map((c) => `${c} NULLS FIRST`).join(', ');
    return { grouped, order, params, groupings };
  }

  /** The owner an owner's officer is held to; the authorities read every owner (or the one they ask for). */
  private ownerScope(caller: Identity, asked: string | undefined): string | undefined {
    if (hasRole(caller, ...IndicatorReaders.everything)) return asked;
    if (!caller.organizationId) throw indicatorsError(Code.INDICATOR_READER_WITHOUT_ORGANIZATION);
    if (asked && asked !== caller.organizationId) throw indicatorsError(Code.INDICATOR_OWNER_NOT_YOURS);
    return caller.organizationId;
  }
}
