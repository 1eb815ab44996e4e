import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Identity } from '@kzps/auth';
import { localDateOf } from '@kzps/calendar';
import { MonitoringEventTypes } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Bilingual, type Page } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { monitoringOutbox } from '../common/monitoring-outbox';
import { DesignatedBodiesService } from '../registry/designated-bodies.service';
import { criterionRules, type OwnerFigures } from './evaluation-criteria';
import {
  rank,
  scoreOwner,
  type CriterionExplanation,
  type MethodologyCriterion,
  type ScoreBand,
} from './evaluation-score';
import type { OwnerYearQueryDto } from '../common/year.dto';
import type { AdoptMethodologyDto, PublishEvaluationDto } from './dto/evaluation.dto';
import { evaluationsError, EvaluationsErrorCode as Code } from './evaluations.errors';

export interface MethodologyView {
  id: string;
  version: number;
  title: Bilingual;
  adoptedOn: string;
  criteria: MethodologyCriterion[];
  bands: ScoreBand[];
  qualityAuthorityId: string;
  createdAt: string;
}

/** An owner's score for a year, explained: which figures, which weights, which band and place. */
export interface EvaluationView {
  id: string;
  year: number;
  ownerId: string;
  score: number;
  band: ScoreBand;
  rank: number;
  ownersRanked: number;
  methodology: { id: string; version: number };
  criteria: CriterionExplanation[];
  publishedAt: string;
}

export interface RatingsView {
  year: number;
  methodology: { id: string; version: number };
  publishedAt: string;
  owners: Array<{ rank: number; ownerId: string; score: number; band: string; evaluationId: string }>;
}

interface MethodologyRow {
  id: string;
  version: number;
  title: Bilingual;
  adopted_on: string;
  criteria: MethodologyCriterion[];
  bands: ScoreBand[];
  quality_authority_id: string;
  created_at: Date;
}

interface EvaluationRow {
  id: string;
  year: number;
  owner_id: string;
  score: string;
  band: string;
  rank: number;
  explanation: { band: ScoreBand; criteria: CriterionExplanation[] };
  methodology_id: string;
  version: number;
  owners_ranked: number;
  published_at: Date;
}

const toMethodologyView = (row: MethodologyRow): MethodologyView => ({
  id: row.id,
  version: row.version,
  title: row.title,
  adoptedOn: row.adopted_on,
  criteria: row.criteria,
  bands: row.bands,
  qualityAuthorityId: row.quality_authority_id,
  createdAt: row.created_at.toISOString(),
});

const toEvaluationView = (row: EvaluationRow): EvaluationView => ({
  id: row.id,
  year: row.year,
  ownerId: row.owner_id,
  score: Number(row.score),
  band: row.explanation.band,
  rank: row.rank,
  ownersRanked: row.owners_ranked,
  methodology: { id: row.methodology_id, version: row.version },
  criteria: row.explanation.criteria,
  publishedAt: row.published_at.toISOString(),
});

const EVALUATION_SELECT = `
  SELECT e.*, y.methodology_id, m.version, y.owners_ranked, y.published_at
  FROM evaluation e JOIN evaluation_year y ON y.year = e.year
  JOIN evaluation_methodology m ON m.id = y.methodology_id`;

/**
 * Art. 20-21: the quality authority adopts versioned methodologies and publishes each year's evaluation of
 * every owner with figures that year, computed from the indicators (applications, complaints, surveys, late
 * information updates) and the completed inspections, each score with its explanation.
 */
@Injectable()
export class EvaluationsService {
  private readonly events = monitoringOutbox();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bodies: DesignatedBodiesService,
  ) {}

  adoptMethodology(caller: Identity, dto: AdoptMethodologyDto): Promise<MethodologyView> {
    const criteria: MethodologyCriterion[] = dto.criteria.map((c) => ({
      criterion: c.criterion,
      weight: c.weight,
      worst: criterionRules[c.criterion].needsWorst ? (c.worst ?? null) : null,
    }));
    assertMethodology(dto, criteria);
    return inTransaction(this.dataSource, async (manager) => {
      const qualityAuthorityId = await this.bodies.assertQualityAuthority(manager, caller);
      const now = this.clock.now();
      await manager.query('LOCK TABLE evaluation_methodology IN SHARE ROW EXCLUSIVE MODE');
      const [last] = await manager.query<Array<{ version: number; adopted_on: string }>>(
        `SELECT version, adopted_on::text FROM evaluation_methodology ORDER BY version DESC LIMIT 1`,
      );
      if (dto.adoptedOn > localDateOf(now) || (last && dto.adoptedOn < last.adopted_on))
        throw evaluationsError(Code.EVALUATION_METHODOLOGY_DATE_INVALID);
      const bands = dto.bands
        .map((b) => ({ code: b.code, name: { kk: b.name.kk, ru: b.name.ru }, minScore: b.minScore }))
        .sort((a, b) => b.minScore - a.minScore);
      const [row] = await manager.query<MethodologyRow[]>(
        `INSERT INTO evaluation_methodology
           (id, version, title, adopted_on, criteria, bands, quality_authority_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         RETURNING id, version, title, adopted_on::text, criteria, bands, quality_authority_id, created_at`,
        [
          randomUUID(),
          (last?.version ?? 0) + 1,
          JSON.stringify({ kk: dto.title.kk, ru: dto.title.ru }),
          dto.adoptedOn,
          JSON.stringify(criteria),
          JSON.stringify(bands),
          qualityAuthorityId,
          now,
        ],
      );
      return toMethodologyView(row);
    });
  }

  async methodologies(query: OwnerYearQueryDto): Promise<Page<MethodologyView>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<MethodologyRow & { total: number }>>(
      `SELECT id, version, title, adopted_on::text, criteria, bands, quality_authority_id, created_at,
              count(*) OVER ()::int AS total
       FROM evaluation_methodology ORDER BY version DESC LIMIT $1 OFFSET $2`,
      [take, skip],
    );
    return pageOf(query, rows.map(toMethodologyView), rows[0]?.total ?? 0);
  }

  async methodology(version: number): Promise<MethodologyView> {
    const [row] = await this.dataSource.query<MethodologyRow[]>(
      `SELECT id, version, title, adopted_on::text, criteria, bands, quality_authority_id, created_at
       FROM evaluation_methodology WHERE version = $1`,
      [version],
    );
    if (!row) throw evaluationsError(Code.EVALUATION_METHODOLOGY_NOT_FOUND);
    return toMethodologyView(row);
  }

  /**
   * Evaluates a year that is over, once, under the methodology in force at its start (owners know the rules
   * before the year they are judged on), and publishes every owner's score, band and place together.
   */
  publish(caller: Identity, dto: PublishEvaluationDto): Promise<RatingsView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.bodies.assertQualityAuthority(manager, caller);
      const now = this.clock.now();
      if (dto.year >= Number(localDateOf(now).slice(0, 4)))
        throw evaluationsError(Code.EVALUATION_YEAR_NOT_OVER);
      await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [0x6576616c, dto.year]);
      const [published] = await manager.query<unknown[]>('SELECT 1 FROM evaluation_year WHERE year = $1', [
        dto.year,
      ]);
      if (published) throw evaluationsError(Code.EVALUATION_YEAR_PUBLISHED);
      const [methodology] = await manager.query<MethodologyRow[]>(
        `SELECT id, version, title, adopted_on::text, criteria, bands, quality_authority_id, created_at
         FROM evaluation_methodology WHERE adopted_on <= make_date($1, 1, 1) ORDER BY version DESC LIMIT 1`,
        [dto.year],
      );
      if (!methodology) throw evaluationsError(Code.EVALUATION_METHODOLOGY_NONE);
      const scored = [...(await figuresOfYear(manager, dto.year))].flatMap(([ownerId, figures]) => {
        const result = scoreOwner(figures, methodology.criteria, methodology.bands);
        return result ? [{ ownerId, ...result }] : [];
      });
      if (scored.length === 0) throw evaluationsError(Code.EVALUATION_YEAR_EMPTY);
      const ranked = rank(scored);
      await manager.query(
        'INSERT INTO evaluation_year (year, methodology_id, owners_ranked, published_at) VALUES ($1, $2, $3, $4)',
        [dto.year, methodology.id, ranked.length, now],
      );
      for (const owner of ranked) {
        const id = randomUUID();
        await manager.query(
          `INSERT INTO evaluation (id, year, owner_id, score, band, rank, explanation)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            id,
            dto.year,
            owner.ownerId,
            owner.score,
            owner.band.code,
            owner.rank,
            JSON.stringify({ band: owner.band, criteria: owner.criteria }),
          ],
        );
        await this.events.append(manager, {
          type: MonitoringEventTypes.evaluationPublished,
          time: now,
          data: {
            evaluationId: id,
            year: dto.year,
            ownerOrganizationId: owner.ownerId,
            methodologyId: methodology.id,
            methodologyVersion: methodology.version,
            score: owner.score,
            band: owner.band.code,
            rank: owner.rank,
            ownersRanked: ranked.length,
            publishedAt: now.toISOString(),
          },
        });
      }
      return this.ratingsIn(manager, dto.year);
    });
  }

  ratings(year: number): Promise<RatingsView> {
    return this.ratingsIn(this.dataSource.manager, year);
  }

  async list(query: OwnerYearQueryDto): Promise<Page<EvaluationView>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<EvaluationRow & { total: number }>>(
      `${EVALUATION_SELECT.replace('SELECT e.*', 'SELECT e.*, count(*) OVER ()::int AS total')}
       WHERE ($1::int IS NULL OR e.year = $1) AND ($2::uuid IS NULL OR e.owner_id = $2)
       ORDER BY e.year DESC, e.rank, e.owner_id LIMIT $3 OFFSET $4`,
      [query.year ? Number(query.year) : null, query.ownerId ?? null, take, skip],
    );
    return pageOf(query, rows.map(toEvaluationView), rows[0]?.total ?? 0);
  }

  async get(id: string): Promise<EvaluationView> {
    const [row] = await this.dataSource.query<EvaluationRow[]>(`${EVALUATION_SELECT} WHERE e.id = $1`, [id]);
    if (!row) throw evaluationsError(Code.EVALUATION_NOT_FOUND);
    return toEvaluationView(row);
  }

  private async ratingsIn(manager: EntityManager, year: number): Promise<RatingsView> {
    const rows = await manager.query<EvaluationRow[]>(
      `${EVALUATION_SELECT} WHERE e.year = $1 ORDER BY e.rank, e.owner_id`,
      [year],
    );
    const [first] = rows;
    if (!first) throw evaluationsError(Code.EVALUATION_NOT_FOUND);
    return {
      year,
      methodology: { id: first.methodology_id, version: first.version },
      publishedAt: first.published_at.toISOString(),
      owners: rows.map((r) => ({
        rank: r.rank,
        ownerId: r.owner_id,
        score: Number(r.score),
        band: r.band,
        evaluationId: r.id,
      })),
    };
  }
}

/** Weights add up to 100, each criterion once, a worst where fewer is better, bands distinct with one at 0. */
function assertMethodology(dto: AdoptMethodologyDto, criteria: MethodologyCriterion[]): void {
  if (new Set(criteria.map((c) => c.criterion)).size !== criteria.length)
    throw evaluationsError(Code.EVALUATION_CRITERION_REPEATED);
  if (criteria.reduce((sum, c) => sum + c.weight, 0) !== 100)
    throw evaluationsError(Code.EVALUATION_WEIGHTS_NOT_100);
  const withoutWorst = criteria.filter((c) => criterionRules[c.criterion].needsWorst && c.worst === null);
  if (withoutWorst.length > 0)
    throw evaluationsError(
      Code.EVALUATION_CRITERION_WORST_MISSING,
      `worst is needed for ${withoutWorst.map((c) => c.criterion).join(', ')}`,
    );
  const codes = new Set(dto.bands.map((b) => b.code));
  const floors = new Set(dto.bands.map((b) => b.minScore));
  if (codes.size !== dto.bands.length || floors.size !== dto.bands.length || !floors.has(0))
    throw evaluationsError(Code.EVALUATION_BANDS_INVALID);
}

/** Every owner's figures for the year (months in Kazakhstan's time), from the indicators and inspections. */
async function figuresOfYear(manager: EntityManager, year: number): Promise<Map<string, OwnerFigures>> {
  const sum = (condition: string): string => `coalesce(sum(value) FILTER (WHERE ${condition}), 0)::float8`;
  const counts = await manager.query<Array<Record<string, number> & { owner_id: string }>>(
    `SELECT owner_id,
       ${sum(`indicator = 'applications_submitted'`)} AS "applicationsSubmitted",
       ${sum(`indicator = 'applications_submitted' AND electronic`)} AS "electronicApplications",
       ${sum(`indicator = 'results_issued_on_time'`)} AS "resultsIssuedOnTime",
       ${sum(`indicator = 'results_issued_late'`)} AS "resultsIssuedLate",
       ${sum(`indicator = 'complaints_filed'`)} AS "complaintsFiled",
       ${sum(`indicator = 'complaints_decided'`)} AS "complaintsDecided",
       ${sum(`indicator = 'complaints_satisfied'`)} AS "complaintsSatisfied",
       ${sum(`indicator = 'survey_answers'`)} AS "surveyAnswers",
       ${sum(`indicator = 'survey_score_points'`)} AS "surveyScorePoints",
       ${sum(`indicator = 'information_updates_late'`)} AS "informationUpdatesLate"
     FROM indicator_count_by_owner WHERE owner_id IS NOT NULL AND month BETWEEN $1 AND $2 GROUP BY owner_id`,
    [`${year}-01`, `${year}-12`],
  );
  const inspections = await manager.query<Array<{ owner_id: string; inspections: number; findings: number }>>(
    `SELECT i.subject_organization_id AS owner_id, count(DISTINCT i.id)::int AS inspections,
            count(f.id)::int AS findings
     FROM inspection i LEFT JOIN inspection_finding f ON f.inspection_id = i.id
     WHERE i.status = 'completed' AND i.subject_role = 'owner'
       AND i.completed_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
     GROUP BY i.subject_organization_id`,
    [year],
  );
  const empty: OwnerFigures = {
    applicationsSubmitted: 0,
    electronicApplications: 0,
    resultsIssuedOnTime: 0,
    resultsIssuedLate: 0,
    complaintsFiled: 0,
    complaintsDecided: 0,
    complaintsSatisfied: 0,
    surveyAnswers: 0,
    surveyScorePoints: 0,
    inspectionsCompleted: 0,
    inspectionFindings: 0,
    informationUpdatesLate: 0,
  };
  const owners = new Map<string, OwnerFigures>();
  for (const { owner_id, ...figures } of counts) owners.set(owner_id, { ...empty, ...figures });
  for (const row of inspections) {
    const figures = owners.get(row.owner_id) ?? { ...empty };
    owners.set(row.owner_id, {
      ...figures,
      inspectionsCompleted: row.inspections,
      inspectionFindings: row.findings,
    });
  }
  return owners;
}
