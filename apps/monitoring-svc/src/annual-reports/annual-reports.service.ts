import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole, type Identity } from '@kzps/auth';
import { localDateOf } from '@kzps/calendar';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Bilingual, type Page } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { OwnerYearQueryDto } from '../common/year.dto';
import type {
  DraftAnnualReportDto,
  PublishAnnualReportDto,
  RecordDiscussionDto,
  ReportViolationsQueryDto,
} from './dto/annual-report.dto';
import { annualReportsError, AnnualReportsErrorCode as Code } from './annual-reports.errors';
import { isActiveServiceOwner } from '../registry/service-owners';

/** The year's figures a report is drafted from (the indicators projection, months in Kazakhstan's time). */
export interface AnnualFigures {
  applicationsSubmitted: number;
  electronicApplications: number;
  resultsIssuedOnTime: number;
  resultsIssuedLate: number;
  resultsRefused: number;
  applicationsOverdue: number;
  complaintsFiled: number;
  complaintsSatisfied: number;
  surveyAnswers: number;
  informationUpdatesLate: number;
}

export interface DiscussionView {
  id: string;
  heldOn: string;
  participants: { providers: number; individuals: number; legalEntities: number };
  summary: Bilingual;
  recordedAt: string;
}

export interface AnnualReportView {
  id: string;
  ownerId: string;
  year: number;
  status: 'draft' | 'published';
  figures: AnnualFigures;
  narrative: Bilingual;
  draftedAt: string;
  publishedOn: string | null;
  publicationUrl: string | null;
  discussions: DiscussionView[];
}

/** Art. 17.6-8: an owner with no report for the year both published and discussed. */
export interface ReportViolation {
  ownerId: string;
  reportId: string | null;
  published: boolean;
  discussed: boolean;
}

interface ReportRow {
  id: string;
  owner_id: string;
  year: number;
  figures: AnnualFigures;
  narrative: Bilingual;
  drafted_at: Date;
  published_on: string | null;
  publication_url: string | null;
}

/** Who reads the list of owners in breach: the quality and public-services authorities. */
export const REPORT_OVERSEERS = ['quality-authority', 'public-services-authority'] as const;

const REPORT_COLUMNS =
  'id, owner_id, year, figures, narrative, drafted_at, published_on::text, publication_url';

@Injectable()
export class AnnualReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The owner drafts its report on a year that is over; the figures come from the indicators, not by hand. */
  draft(caller: Identity, dto: DraftAnnualReportDto): Promise<AnnualReportView> {
    const ownerId = ownerOf(caller);
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      if (dto.year >= Number(localDateOf(now).slice(0, 4)))
        throw annualReportsError(Code.ANNUAL_REPORT_YEAR_NOT_OVER);
      const [exists] = await manager.query<unknown[]>(
        'SELECT 1 FROM annual_report WHERE owner_id = $1 AND year = $2',
        [ownerId, dto.year],
      );
      if (exists) throw annualReportsError(Code.ANNUAL_REPORT_EXISTS);
      const figures = await figuresOf(manager, ownerId, dto.year);
      const id = randomUUID();
      await manager.query(
        `INSERT INTO annual_report (id, owner_id, year, figures, narrative, drafted_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          id,
          ownerId,
          dto.year,
          JSON.stringify(figures),
          JSON.stringify({ kk: dto.narrative.kk, ru: dto.narrative.ru }),
          now,
        ],
      );
      return this.view(manager, id);
    });
  }

  /** Art. 17.6: placed on the owner's internet resource and the portal, on the day of publication. */
  publish(caller: Identity, id: string, dto: PublishAnnualReportDto): Promise<AnnualReportView> {
    return inTransaction(this.dataSource, async (manager) => {
      const report = await this.ownReport(manager, caller, id);
      if (report.published_on) throw annualReportsError(Code.ANNUAL_REPORT_ALREADY_PUBLISHED);
      if (dto.publishedOn > localDateOf(this.clock.now()) || dto.publishedOn < localDateOf(report.drafted_at))
        throw annualReportsError(
          Code.ANNUAL_REPORT_DATE_INVALID,
          'publishedOn is in the future or before the draft',
        );
      await manager.query(
        'UPDATE annual_report SET published_on = $2, publication_url = $3, published_at = $4 WHERE id = $1',
        [id, dto.publishedOn, dto.publicationUrl, this.clock.now()],
      );
      return this.view(manager, id);
    });
  }

  /** Art. 17.8: a public discussion of the published report, on the day it was held, with its results. */
  discuss(caller: Identity, id: string, dto: RecordDiscussionDto): Promise<AnnualReportView> {
    return inTransaction(this.dataSource, async (manager) => {
      const report = await this.ownReport(manager, caller, id);
      if (!report.published_on) throw annualReportsError(Code.ANNUAL_REPORT_NOT_PUBLISHED);
      if (dto.heldOn > localDateOf(this.clock.now()) || dto.heldOn < report.published_on)
        throw annualReportsError(
          Code.ANNUAL_REPORT_DATE_INVALID,
          'heldOn is in the future or before the publication',
        );
      const p = dto.participants;
      await manager.query(
        `INSERT INTO annual_report_discussion (id, report_id, held_on, participants, summary, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          randomUUID(),
          id,
          dto.heldOn,
          JSON.stringify({
            providers: p.providers,
            individuals: p.individuals,
            legalEntities: p.legalEntities,
          }),
          JSON.stringify({ kk: dto.summary.kk, ru: dto.summary.ru }),
          this.clock.now(),
        ],
      );
      return this.view(manager, id);
    });
  }

  /** Published reports are public (Art. 17.6); a draft is its owner's only. */
  async get(caller: Identity | undefined, id: string): Promise<AnnualReportView> {
    const view = await this.view(this.dataSource.manager, id);
    if (view.status === 'draft' && (!caller || caller.organizationId !== view.ownerId))
      throw annualReportsError(Code.ANNUAL_REPORT_NOT_FOUND);
    return view;
  }

  async list(query: OwnerYearQueryDto): Promise<Page<AnnualReportView>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<{ id: string; total: number }>>(
      `SELECT id, count(*) OVER ()::int AS total FROM annual_report
       WHERE published_on IS NOT NULL AND ($1::int IS NULL OR year = $1) AND ($2::uuid IS NULL OR owner_id = $2)
       ORDER BY year DESC, published_on DESC, id LIMIT $3 OFFSET $4`,
      [query.year ? Number(query.year) : null, query.ownerId ?? null, take, skip],
    );
    const items = await Promise.all(rows.map((r) => this.view(this.dataSource.manager, r.id)));
    return pageOf(query, items, rows[0]?.total ?? 0);
  }

  /**
   * Art. 17.6-8: the owners the registry names (role `service-owner`, active) with no report on the year both
   * published and discussed publicly at least once.
   */
  async violations(query: ReportViolationsQueryDto): Promise<Page<ReportViolation>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<
      Array<{
        owner_id: string;
        report_id: string | null;
        published: boolean;
        discussed: boolean;
        total: number;
      }>
    >(
      `SELECT o.id AS owner_id, r.id AS report_id, r.published_on IS NOT NULL AS published,
              EXISTS (SELECT 1 FROM annual_report_discussion d WHERE d.report_id = r.id) AS discussed,
              count(*) OVER ()::int AS total
       FROM organization_ref o
       LEFT JOIN annual_report r ON r.owner_id = o.id AND r.year = $1
       WHERE ${isActiveServiceOwner('o')}
         AND NOT (r.published_on IS NOT NULL
                  AND EXISTS (SELECT 1 FROM annual_report_discussion d WHERE d.report_id = r.id))
       ORDER BY o.id LIMIT $2 OFFSET $3`,
      [Number(query.year), take, skip],
    );
    const items = rows.map((r) => ({
      ownerId: r.owner_id,
      reportId: r.report_id,
      published: r.published,
      discussed: r.discussed,
    }));
    return pageOf(query, items, rows[0]?.total ?? 0);
  }

  private async ownReport(manager: EntityManager, caller: Identity, id: string): Promise<ReportRow> {
    const ownerId = ownerOf(caller);
    const [report] = await manager.query<ReportRow[]>(
      `SELECT ${REPORT_COLUMNS} FROM annual_report WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!report) throw annualReportsError(Code.ANNUAL_REPORT_NOT_FOUND);
    if (report.owner_id !== ownerId) throw annualReportsError(Code.ANNUAL_REPORT_NOT_YOURS);
    return report;
  }

  private async view(manager: EntityManager, id: string): Promise<AnnualReportView> {
    const [report] = await manager.query<ReportRow[]>(
      `SELECT ${REPORT_COLUMNS} FROM annual_report WHERE id = $1`,
      [id],
    );
    if (!report) throw annualReportsError(Code.ANNUAL_REPORT_NOT_FOUND);
    const discussions = await manager.query<
      Array<{
        id: string;
        held_on: string;
        participants: DiscussionView['participants'];
        summary: Bilingual;
        recorded_at: Date;
      }>
    >(
      `SELECT id, held_on::text, participants, summary, recorded_at FROM annual_report_discussion
       WHERE report_id = $1 ORDER BY held_on, recorded_at`,
      [id],
    );
    return {
      id: report.id,
      ownerId: report.owner_id,
      year: report.year,
      status: report.published_on ? 'published' : 'draft',
      figures: report.figures,
      narrative: report.narrative,
      draftedAt: report.drafted_at.toISOString(),
      publishedOn: report.published_on,
      publicationUrl: report.publication_url,
      discussions: discussions.map((d) => ({
        id: d.id,
        heldOn: d.held_on,
        participants: d.participants,
        summary: d.summary,
        recordedAt: d.recorded_at.toISOString(),
      })),
    };
  }
}

/** The owner's officer acts for the organisation its token names. */
function ownerOf(caller: Identity): string {
  if (!hasRole(caller, 'owner-officer')) throw annualReportsError(Code.ANNUAL_REPORT_NOT_YOURS);
  if (!caller.organizationId) throw annualReportsError(Code.ANNUAL_REPORT_OWNER_WITHOUT_ORGANIZATION);
  return caller.organizationId;
}

async function figuresOf(manager: EntityManager, ownerId: string, year: number): Promise<AnnualFigures> {
  const sum = (condition: string): string => `coalesce(sum(value) FILTER (WHERE ${condition}), 0)::int`;
  const [row] = await manager.query<AnnualFigures[]>(
    `SELECT ${sum(`indicator = 'applications_submitted'`)} AS "applicationsSubmitted",
       ${sum(`indicator = 'applications_submitted' AND electronic`)} AS "electronicApplications",
       ${sum(`indicator = 'results_issued_on_time'`)} AS "resultsIssuedOnTime",
       ${sum(`indicator = 'results_issued_late'`)} AS "resultsIssuedLate",
       ${sum(`indicator = 'results_refused'`)} AS "resultsRefused",
       ${sum(`indicator = 'applications_overdue'`)} AS "applicationsOverdue",
       ${sum(`indicator = 'complaints_filed'`)} AS "complaintsFiled",
       ${sum(`indicator = 'complaints_satisfied'`)} AS "complaintsSatisfied",
       ${sum(`indicator = 'survey_answers'`)} AS "surveyAnswers",
       ${sum(`indicator = 'information_updates_late'`)} AS "informationUpdatesLate"
     FROM indicator_count_by_owner WHERE owner_id = $1 AND month BETWEEN $2 AND $3`,
    [ownerId, `${year}-01`, `${year}-12`],
  );
  if (!row) throw new Error('an aggregate always answers one row');
  return row;
}
