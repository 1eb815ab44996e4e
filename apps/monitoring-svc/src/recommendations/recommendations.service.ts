import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole, type Identity, type Role } from '@kzps/auth';
import { localDateOf } from '@kzps/calendar';
import { MonitoringEventTypes, type OrganizationRole, type RecommendationSource } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Page } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { monitoringOutbox } from '../common/monitoring-outbox';
import type { IssueRecommendationDto, RecommendationsQueryDto } from './dto/recommendation.dto';
import {
  toRecommendationView,
  type RecommendationRow,
  type RecommendationView,
} from './recommendation.mapper';
import { recommendationsError, RecommendationsErrorCode as Code } from './recommendations.errors';

/**
 * Art. 7.5 names who recommends: the quality authority (on its own findings, on the results of accredited
 * NGOs' public monitoring, Art. 23.5, and on its review of complaints, Art. 19.5) and the informatization
 * authority on its own.
 */
export const recommendingRoles: Record<RecommendationSource, readonly Role[]> = {
  quality_authority: ['quality-authority'],
  public_monitoring: ['quality-authority'],
  complaint_review: ['quality-authority'],
  informatization_authority: ['informatization-authority'],
};

/** The registry role of the body that recommends on each source: the one the Government designates (D18). */
const issuingBody: Record<RecommendationSource, OrganizationRole> = {
  quality_authority: 'quality-authority',
  public_monitoring: 'quality-authority',
  complaint_review: 'quality-authority',
  informatization_authority: 'informatization-authority',
};

export const RECOMMENDATION_ISSUERS: readonly Role[] = ['quality-authority', 'informatization-authority'];

/** Advisory-lock namespace for numbering a year's register (one number at a time per year). */
const NUMBERING_LOCK = 0x7265636f;

@Injectable()
export class RecommendationsService {
  private readonly events = monitoringOutbox();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Registers the recommendation under the year's next number and announces it to standards-svc. */
  issue(caller: Identity, dto: IssueRecommendationDto): Promise<RecommendationView> {
    if (!hasRole(caller, ...recommendingRoles[dto.source]))
      throw recommendationsError(Code.RECOMMENDATION_SOURCE_NOT_YOURS);
    if (!caller.organizationId) throw recommendationsError(Code.RECOMMENDATION_ISSUER_WITHOUT_ORGANIZATION);
    const issuerOrganizationId = caller.organizationId;
    assertFieldsOfSource(dto);
    return inTransaction(this.dataSource, async (manager) => {
      await assertIssuingBody(manager, issuingBody[dto.source], issuerOrganizationId);
      const complaintIds = dto.source === 'complaint_review' ? (dto.complaintIds ?? []) : [];
      await assertComplaintsDecided(manager, dto.serviceId, complaintIds);
      const ngoOrganizationId =
        dto.source === 'public_monitoring'
          ? await accreditedNgoOf(manager, dto.monitoringReportId ?? '', dto.serviceId)
          : null;
      const now = this.clock.now();
      const year = Number(localDateOf(now).slice(0, 4));
      await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [NUMBERING_LOCK, year]);
      const [{ seq }] = await manager.query<Array<{ seq: number }>>(
        'SELECT coalesce(max(seq), 0)::int + 1 AS seq FROM recommendation WHERE year = $1',
        [year],
      );
      const id = randomUUID();
      const number = `R-${year}-${String(seq).padStart(4, '0')}`;
      const [row] = await manager.query<RecommendationRow[]>(
        `INSERT INTO recommendation (id, year, seq, number, service_id, action, source_kind,
           issuer_organization_id, monitoring_report_id, ngo_organization_id, complaint_ids, content, issued_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
        [
          id,
          year,
          seq,
          number,
          dto.serviceId,
          dto.action,
          dto.source,
          issuerOrganizationId,
          ngoOrganizationId ? (dto.monitoringReportId ?? null) : null,
          ngoOrganizationId,
          complaintIds,
          JSON.stringify({ kk: dto.content.kk, ru: dto.content.ru }),
          now,
        ],
      );
      const view = toRecommendationView(row);
      await this.events.append(manager, {
        type: MonitoringEventTypes.recommendationIssued,
        time: now,
        data: {
          recommendationId: id,
          number,
          serviceId: view.serviceId,
          action: view.action,
          source: view.source,
          content: view.content,
          issuedAt: view.issuedAt,
        },
      });
      return view;
    });
  }

  async get(id: string): Promise<RecommendationView> {
    const [row] = await this.dataSource.query<RecommendationRow[]>(
      'SELECT * FROM recommendation WHERE id = $1',
      [id],
    );
    if (!row) throw recommendationsError(Code.RECOMMENDATION_NOT_FOUND);
    return toRecommendationView(row);
  }

  /** The register, newest first: public, as the standards they concern are (Art. 7.6). */
  async list(query: RecommendationsQueryDto): Promise<Page<RecommendationView>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<RecommendationRow & { total: number }>>(
      `SELECT *, count(*) OVER ()::int AS total FROM recommendation
       WHERE ($1::uuid IS NULL OR service_id = $1) AND ($2::text IS NULL OR status = $2)
         AND ($3::text IS NULL OR source_kind = $3) AND ($4::int IS NULL OR year = $4)
       ORDER BY issued_at DESC, seq DESC LIMIT $5 OFFSET $6`,
      [
        query.serviceId ?? null,
        query.status ?? null,
        query.source ?? null,
        query.year ? Number(query.year) : null,
        take,
        skip,
      ],
    );
    return pageOf(query, rows.map(toRecommendationView), rows[0]?.total ?? 0);
  }
}

/** A report and its NGO belong to public monitoring, complaints to their review: nothing else is kept. */
function assertFieldsOfSource(dto: IssueRecommendationDto): void {
  const misplaced =
    dto.source !== 'public_monitoring' && dto.monitoringReportId !== undefined
      ? 'monitoringReportId'
      : dto.source !== 'complaint_review' && dto.complaintIds !== undefined
        ? 'complaintIds'
        : null;
  if (misplaced)
    throw recommendationsError(
      Code.RECOMMENDATION_FIELD_NOT_FOR_SOURCE,
      `${misplaced} does not go with source ${dto.source}`,
    );
}

/**
 * Art. 23.5: the results of accredited NGOs' monitoring (a report on a state order, accepted here), with a
 * finding about this service. Returns the NGO.
 */
async function accreditedNgoOf(manager: EntityManager, reportId: string, serviceId: string): Promise<string> {
  const [report] = await manager.query<
    Array<{ ngo_organization_id: string; accredited: boolean; about: boolean }>
  >(
    `SELECT ngo_organization_id, accredited,
            findings @> jsonb_build_array(jsonb_build_object('serviceId', $2::text)) AS about
     FROM monitoring_report WHERE id = $1`,
    [reportId, serviceId],
  );
  if (!report) throw recommendationsError(Code.RECOMMENDATION_REPORT_NOT_FOUND);
  if (!report.accredited) throw recommendationsError(Code.RECOMMENDATION_REPORT_NOT_ACCREDITED);
  if (!report.about) throw recommendationsError(Code.RECOMMENDATION_REPORT_OTHER_SERVICE);
  return report.ngo_organization_id;
}

/** Art. 19.5: the quality authority draws conclusions from complaints decided, about this service. */
async function assertComplaintsDecided(
  manager: EntityManager,
  serviceId: string,
  complaintIds: string[],
): Promise<void> {
  if (complaintIds.length === 0) return;
  const known = await manager.query<Array<{ complaint_id: string; service_id: string }>>(
    'SELECT complaint_id, service_id FROM decided_complaint WHERE complaint_id = ANY($1::uuid[])',
    [complaintIds],
  );
  const undecided = complaintIds.filter((id) => !known.some((k) => k.complaint_id === id));
  if (undecided.length > 0)
    throw recommendationsError(
      Code.RECOMMENDATION_COMPLAINT_NOT_DECIDED,
      `Not decided: ${undecided.join(', ')}`,
      {
        complaintIds: undecided,
      },
    );
  const elsewhere = known.filter((k) => k.service_id !== serviceId).map((k) => k.complaint_id);
  if (elsewhere.length > 0)
    throw recommendationsError(
      Code.RECOMMENDATION_COMPLAINT_OTHER_SERVICE,
      `About another service: ${elsewhere.join(', ')}`,
      { complaintIds: elsewhere },
    );
}

/**
 * Art. 7.5 names the bodies that recommend: the caller must act for the one organisation the registry gives
 * that role, not merely hold the role in the token (none designated, or several, and nobody may act).
 */
async function assertIssuingBody(manager: EntityManager, role: OrganizationRole, organizationId: string) {
  const holders = await manager.query<Array<{ id: string }>>(
    'SELECT id FROM organization_ref WHERE active AND $1::text = ANY(roles)',
    [role],
  );
  if (holders.length !== 1 || holders[0]?.id !== organizationId) {
    throw recommendationsError(Code.RECOMMENDATION_SOURCE_NOT_YOURS);
  }
}
