import { Injectable } from '@nestjs/common';
import {
  StandardsEventTypes,
  type RecommendationAction,
  type RecommendationIssuedV1,
  type RecommendationSource,
} from '@kzps/contracts';
import { Clock, pageOf, pageRows, type Bilingual, type Page } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { assertOwnerOfficer } from '../common/access';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { EventOutbox } from '../events/event-outbox';
import { developerOf } from '../read-model/developer';
import { ServiceRef } from '../read-model/service-ref.entity';
import type { BasisKind, VersionKind } from '../standards/lifecycle';
import { Standard } from '../standards/standard.entity';
import { standardsError, StandardsErrorCode } from '../standards/standards.errors';
import type { AnswerRecommendationDto, RecommendationsQueryDto } from './dto/recommendation.dto';
import {
  toRecommendationView,
  type StandardRecommendationRow,
  type StandardRecommendationView,
} from './recommendation.view';
import { recommendationError, RecommendationErrorCode as Code } from './recommendations.errors';

/** Art. 7.5: the basis a change names for each source of a recommendation. */
export const basisOfSource: Record<RecommendationSource, BasisKind> = {
  quality_authority: 'quality_authority_recommendation',
  informatization_authority: 'informatization_authority_recommendation',
  public_monitoring: 'public_monitoring',
  complaint_review: 'complaint_review',
};

/** The kind of version that carries out each action; adoption is the first version, never a change. */
const versionKindOf: Record<RecommendationAction, VersionKind> = {
  adopt: 'adoption',
  amend: 'amendment',
  cancel: 'cancellation',
};

/** What a change citing a recommendation is checked against. */
export interface Citation {
  standardId: string;
  serviceId: string;
  ownerId: string;
  recommendationId: string;
  versionId: string;
  kind: VersionKind;
  basis: BasisKind;
}

/**
 * The recommendations on each standard (Art. 7.5): kept from monitoring-svc's announcements, shown with the
 * standard, answered by its owner, cited by a change. Every answer goes back as
 * `kz.gov.standards.recommendation.answered.v1` in the answer's transaction.
 */
@Injectable()
export class RecommendationLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: EventOutbox,
  ) {}

  /** A redelivered announcement finds its row and changes nothing. */
  async record(manager: EntityManager, p: RecommendationIssuedV1): Promise<void> {
    await manager.query(
      `INSERT INTO standard_recommendation (id, number, service_id, action, source, content, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
      [
        p.recommendationId,
        p.number,
        p.serviceId,
        p.action,
        JSON.stringify(p.source),
        JSON.stringify({ kk: p.content.kk, ru: p.content.ru }),
        p.issuedAt,
      ],
    );
  }

  /** The standard's recommendations, pending ones first, then newest first (public, as the standard is). */
  async list(standardId: string, query: RecommendationsQueryDto): Promise<Page<StandardRecommendationView>> {
    const standard = await this.dataSource.getRepository(Standard).findOne({ where: { id: standardId } });
    if (!standard) throw standardsError(StandardsErrorCode.NotFound);
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<StandardRecommendationRow & { total: number }>>(
      `SELECT *, count(*) OVER ()::int AS total FROM standard_recommendation
       WHERE service_id = $1 AND ($2::text IS NULL OR status = $2)
       ORDER BY status = 'pending' DESC, issued_at DESC, id LIMIT $3 OFFSET $4`,
      [standard.serviceId, query.status ?? null, take, skip],
    );
    return pageOf(query, rows.map(toRecommendationView), rows[0]?.total ?? 0);
  }

  /** Only the standard's owner answers: accepted, or rejected with reasons in Kazakh and Russian. */
  answer(
    standardId: string,
    recommendationId: string,
    caller: CallerIdentity,
    dto: AnswerRecommendationDto,
  ): Promise<StandardRecommendationView> {
    return this.dataSource.transaction(async (manager) => {
      const standard = await manager.findOne(Standard, {
        where: { id: standardId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!standard) throw standardsError(StandardsErrorCode.NotFound);
      const service = await manager.findOneOrFail(ServiceRef, { where: { id: standard.serviceId } });
      const owner = assertOwnerOfficer(caller, await developerOf(manager, service));
      const row = await this.locked(manager, recommendationId, standard.serviceId);
      if (row.status !== 'pending') throw recommendationError(Code.RECOMMENDATION_ALREADY_ANSWERED);
      const now = this.clock.now();
      const reasons: Bilingual | null = dto.reasons ? { kk: dto.reasons.kk, ru: dto.reasons.ru } : null;
      const [updated] = await manager.query<[StandardRecommendationRow[], number]>(
        `UPDATE standard_recommendation SET status = $2, reasons = $3, answered_at = $4 WHERE id = $1 RETURNING *`,
        [recommendationId, dto.response, reasons ? JSON.stringify(reasons) : null, now],
      );
      await this.announce(manager, updated[0], standard.id, owner.organizationId ?? '');
      await auditStandard(
        manager,
        caller,
        'recommendation.answer',
        standard.id,
        now,
        `Recommendation ${row.number}: ${dto.response}`,
      );
      return toRecommendationView(updated[0]);
    });
  }

  /**
   * A change cites the recommendation as its basis (Art. 7.5), in the change's transaction: the
   * recommendation must ask for this kind of change, on the basis its source gives, and not be rejected or
   * cited already. Citing accepts it; the answer goes back with the version. Returns its register number.
   */
  async cite(manager: EntityManager, citation: Citation): Promise<string> {
    const row = await this.locked(manager, citation.recommendationId, citation.serviceId);
    if (row.status === 'rejected') throw recommendationError(Code.RECOMMENDATION_REJECTED);
    if (row.version_id) throw recommendationError(Code.RECOMMENDATION_ALREADY_CITED);
    if (versionKindOf[row.action] !== citation.kind)
      throw recommendationError(
        Code.RECOMMENDATION_ACTION_MISMATCH,
        `Recommendation ${row.number} asks to ${row.action}, not for an ${citation.kind}`,
      );
    const basis = basisOfSource[row.source.kind];
    if (basis !== citation.basis)
      throw recommendationError(
        Code.RECOMMENDATION_BASIS_MISMATCH,
        `Recommendation ${row.number} comes from ${row.source.kind}: the basis is ${basis}`,
        { expectedBasis: basis },
      );
    const [updated] = await manager.query<[StandardRecommendationRow[], number]>(
      `UPDATE standard_recommendation
       SET status = 'accepted', version_id = $2, answered_at = coalesce(answered_at, $3)
       WHERE id = $1 RETURNING *`,
      [row.id, citation.versionId, this.clock.now()],
    );
    await this.announce(manager, updated[0], citation.standardId, citation.ownerId);
    return row.number;
  }

  private async locked(
    manager: EntityManager,
    recommendationId: string,
    serviceId: string,
  ): Promise<StandardRecommendationRow> {
    const [row] = await manager.query<StandardRecommendationRow[]>(
      'SELECT * FROM standard_recommendation WHERE id = $1 AND service_id = $2 FOR UPDATE',
      [recommendationId, serviceId],
    );
    if (!row) throw recommendationError(Code.RECOMMENDATION_NOT_FOUND);
    return row;
  }

  private async announce(
    manager: EntityManager,
    row: StandardRecommendationRow,
    standardId: string,
    ownerOrganizationId: string,
  ): Promise<void> {
    if (row.status === 'pending' || !row.answered_at) return;
    await this.outbox.append(manager, {
      type: StandardsEventTypes.recommendationAnswered,
      subject: standardId,
      data: {
        recommendationId: row.id,
        standardId,
        serviceId: row.service_id,
        ownerOrganizationId,
        response: row.status,
        reasons: row.reasons,
        versionId: row.version_id,
        answeredAt: row.answered_at.toISOString(),
      },
    });
  }
}
