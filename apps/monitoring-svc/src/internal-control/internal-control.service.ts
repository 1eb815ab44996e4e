import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole, type Identity, type Role } from '@kzps/auth';
import { calendarDaysBetween, localDateOf } from '@kzps/calendar';
import { CalendarStore } from '@kzps/calendar-store';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Bilingual, type Page, type PageQueryDto } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { DesignatedBodiesService } from '../registry/designated-bodies.service';
import type {
  ControlledUnitKind,
  InternalControlYearQueryDto,
  RequestInternalControlDto,
  SubmitInternalControlReportDto,
} from './dto/internal-control-requests.dto';
import { halfYearOf, halfYearsOf } from './half-years';
import { internalControlError, InternalControlErrorCode as Code } from './internal-control.errors';
import { isActiveServiceOwner } from '../registry/service-owners';

/** Art. 22.5: owners report; the quality authority requests and reads; the public-services authority reads. */
export const InternalControlRoles = {
  requester: ['quality-authority'],
  owners: ['owner-officer'],
  overseers: ['quality-authority', 'public-services-authority'],
} as const satisfies Record<string, readonly Role[]>;

export interface InternalControlRequestView {
  requestId: string;
  ownerOrganizationId: string;
  subject: Bilingual;
  periodFrom: string;
  periodTo: string;
  dueDate: string;
  requestedOn: string;
  qualityAuthorityId: string;
  reportId: string | null;
}

export interface ControlledUnit {
  kind: ControlledUnitKind;
  organizationId: string | null;
  name: Bilingual;
  checks: number;
  violations: number;
  measures: Bilingual | null;
}

export interface InternalControlReportView {
  reportId: string;
  ownerOrganizationId: string;
  halfYear: string | null;
  requestId: string | null;
  periodFrom: string;
  periodTo: string;
  dueDate: string;
  submittedOn: string;
  /** Submitted after its due date: a violation of Art. 22.5 even though the report came. */
  late: boolean;
  units: ControlledUnit[];
  summary: Bilingual;
}

/** A report due and not submitted by its day: missing (`submittedOn` null) or late. */
export interface LateReport {
  ownerOrganizationId: string;
  ownerName: Bilingual;
  obligation: 'half-year' | 'request';
  halfYear: string | null;
  requestId: string | null;
  dueDate: string;
  reportId: string | null;
  submittedOn: string | null;
  /** Calendar days past the due date: to the submission, or to today while missing. */
  daysLate: number;
}

export interface LateReportsPage extends Page<LateReport> {
  year: number;
}

interface RequestRow {
  id: string;
  owner_organization_id: string;
  subject: Bilingual;
  period_from: string;
  period_to: string;
  due_date: string;
  requested_on: string;
  quality_authority_id: string;
  report_id: string | null;
}

interface ReportRow {
  id: string;
  owner_organization_id: string;
  half_year: string | null;
  request_id: string | null;
  period_from: string;
  period_to: string;
  due_date: string;
  submitted_on: string;
  units: ControlledUnit[];
  summary: Bilingual;
}

const REQUEST_COLUMNS = `q.id, q.owner_organization_id, q.subject, q.period_from::text, q.period_to::text,
  q.due_date::text, q.requested_on::text, q.quality_authority_id,
  (SELECT r.id FROM internal_control_report r WHERE r.request_id = q.id) AS report_id`;
const REPORT_COLUMNS = `id, owner_organization_id, half_year, request_id, period_from::text, period_to::text,
  due_date::text, submitted_on::text, units, summary`;

function requestView(row: RequestRow): InternalControlRequestView {
  return {
    requestId: row.id,
    ownerOrganizationId: row.owner_organization_id,
    subject: row.subject,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    dueDate: row.due_date,
    requestedOn: row.requested_on,
    qualityAuthorityId: row.quality_authority_id,
    reportId: row.report_id,
  };
}

function reportView(row: ReportRow): InternalControlReportView {
  return {
    reportId: row.id,
    ownerOrganizationId: row.owner_organization_id,
    halfYear: row.half_year,
    requestId: row.request_id,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    dueDate: row.due_date,
    submittedOn: row.submitted_on,
    late: row.submitted_on > row.due_date,
    units: row.units,
    summary: row.summary,
  };
}

/**
 * Internal control (Art. 22.4-5): service owners present its results to the quality authority every
 * half-year and on the authority's request; a report not in by its due date is a violation, listed.
 */
@Injectable()
export class InternalControlService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bodies: DesignatedBodiesService,
    private readonly calendar: CalendarStore,
  ) {}

  request(caller: Identity, dto: RequestInternalControlDto): Promise<InternalControlRequestView> {
    return inTransaction(this.dataSource, async (manager) => {
      const authority = await this.bodies.assertQualityAuthority(manager, caller);
      if (dto.periodTo < dto.periodFrom) throw internalControlError(Code.INTERNAL_CONTROL_PERIOD_INVERTED);
      await this.assertOwner(manager, dto.ownerOrganizationId);
      const now = this.clock.now();
      const today = localDateOf(now);
      const dueDate = this.calendar.current().nextWorkingDayFrom(dto.dueDate);
      if (dueDate <= today) throw internalControlError(Code.INTERNAL_CONTROL_DUE_DATE_PASSED);
      const id = randomUUID();
      await manager.query(
        `INSERT INTO internal_control_request (id, owner_organization_id, subject, period_from, period_to, due_date,
           requested_on, quality_authority_id, created_at)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          dto.ownerOrganizationId,
          JSON.stringify({ kk: dto.subject.kk, ru: dto.subject.ru }),
          dto.periodFrom,
          dto.periodTo,
          dueDate,
          today,
          authority,
          now,
        ],
      );
      const [row] = await manager.query<RequestRow[]>(
        `SELECT ${REQUEST_COLUMNS} FROM internal_control_request q WHERE q.id = $1`,
        [id],
      );
      return requestView(row as RequestRow);
    });
  }

  /** The owner's officer reports for the owner the token names; a late report is taken and marked late. */
  submit(caller: Identity, dto: SubmitInternalControlReportDto): Promise<InternalControlReportView> {
    return inTransaction(this.dataSource, async (manager) => {
      const owner = caller.organizationId ?? '';
      await this.assertOwner(manager, owner, Code.INTERNAL_CONTROL_NOT_AN_OWNER);
      if ((dto.halfYear === undefined) === (dto.requestId === undefined)) {
        throw internalControlError(Code.INTERNAL_CONTROL_PERIOD_REQUIRED);
      }
      const now = this.clock.now();
      const today = localDateOf(now);
      let period: { from: string; to: string; dueDate: string };
      if (dto.halfYear) {
        period = halfYearOf(dto.halfYear, this.calendar.current());
        if (today <= period.to) throw internalControlError(Code.INTERNAL_CONTROL_PERIOD_NOT_ENDED);
        const [done] = await manager.query<unknown[]>(
          'SELECT 1 FROM internal_control_report WHERE owner_organization_id = $1 AND half_year = $2',
          [owner, dto.halfYear],
        );
        if (done) throw internalControlError(Code.INTERNAL_CONTROL_REPORT_ALREADY_SUBMITTED);
      } else {
        const [request] = await manager.query<RequestRow[]>(
          `SELECT ${REQUEST_COLUMNS} FROM internal_control_request q
           WHERE q.id = $1 AND q.owner_organization_id = $2 FOR UPDATE`,
          [dto.requestId, owner],
        );
        if (!request) throw internalControlError(Code.INTERNAL_CONTROL_REQUEST_NOT_FOUND);
        if (request.report_id) throw internalControlError(Code.INTERNAL_CONTROL_REPORT_ALREADY_SUBMITTED);
        period = { from: request.period_from, to: request.period_to, dueDate: request.due_date };
      }
      const units: ControlledUnit[] = dto.units.map((u) => ({
        kind: u.kind,
        organizationId: u.organizationId ?? null,
        name: { kk: u.name.kk, ru: u.name.ru },
        checks: u.checks,
        violations: u.violations,
        measures: u.measures ? { kk: u.measures.kk, ru: u.measures.ru } : null,
      }));
      const id = randomUUID();
      await manager.query(
        `INSERT INTO internal_control_report (id, owner_organization_id, half_year, request_id, period_from,
           period_to, due_date, submitted_on, submitted_at, units, summary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)`,
        [
          id,
          owner,
          dto.halfYear ?? null,
          dto.requestId ?? null,
          period.from,
          period.to,
          period.dueDate,
          today,
          now,
          JSON.stringify(units),
          JSON.stringify({ kk: dto.summary.kk, ru: dto.summary.ru }),
        ],
      );
      return this.report(manager, id);
    });
  }

  async requests(caller: Identity, query: PageQueryDto): Promise<Page<InternalControlRequestView>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<RequestRow & { total: number }>>(
      `SELECT ${REQUEST_COLUMNS}, count(*) OVER ()::int AS total FROM internal_control_request q
       WHERE ($1::text IS NULL OR q.owner_organization_id::text = $1)
       ORDER BY q.due_date DESC, q.id LIMIT ${take} OFFSET ${skip}`,
      [this.ownOwner(caller) ?? null],
    );
    return pageOf(query, rows.map(requestView), rows[0]?.total ?? 0);
  }

  async reports(
    caller: Identity,
    query: InternalControlYearQueryDto,
  ): Promise<Page<InternalControlReportView>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<ReportRow & { total: number }>>(
      `SELECT ${REPORT_COLUMNS}, count(*) OVER ()::int AS total FROM internal_control_report
       WHERE ($1::text IS NULL OR owner_organization_id::text = $1)
         AND ($2::int IS NULL OR date_part('year', period_to) = $2)
       ORDER BY submitted_at DESC, id LIMIT ${take} OFFSET ${skip}`,
      [this.ownOwner(caller) ?? null, query.year ?? null],
    );
    return pageOf(query, rows.map(reportView), rows[0]?.total ?? 0);
  }

  async get(caller: Identity, reportId: string): Promise<InternalControlReportView> {
    const view = await this.report(this.dataSource.manager, reportId);
    const own = this.ownOwner(caller);
    if (own !== undefined && own !== view.ownerOrganizationId) {
      throw internalControlError(Code.INTERNAL_CONTROL_REPORT_NOT_FOUND);
    }
    return view;
  }

  /**
   * Art. 22.5 violations of a year: for every active owner in the registry copy, each half-year of the year and
   * each of the authority's requests due in it whose due date has passed with no report by that day.
   */
  async late(query: InternalControlYearQueryDto): Promise<LateReportsPage> {
    const today = localDateOf(this.clock.now());
    const year = query.year ?? Number(today.slice(0, 4));
    const halves = halfYearsOf(year, this.calendar.current()).filter((h) => h.dueDate < today);
    const owners = await this.dataSource.query<Array<{ id: string; name: Bilingual }>>(
      `SELECT id, name FROM organization_ref o WHERE ${isActiveServiceOwner('o')} ORDER BY id`,
    );
    const names = new Map(owners.map((o) => [o.id, o.name]));
    const submitted = await this.dataSource.query<
      Array<{ id: string; owner_organization_id: string; half_year: string; submitted_on: string }>
    >(
      `SELECT id, owner_organization_id, half_year, submitted_on::text FROM internal_control_report
       WHERE half_year = ANY($1::text[])`,
      [halves.map((h) => h.id)],
    );
    const byOwnerHalf = new Map(submitted.map((r) => [`${r.owner_organization_id}/${r.half_year}`, r]));
    const daysLate = (dueDate: string, submittedOn: string | null): number =>
      calendarDaysBetween(dueDate, submittedOn ?? today);
    const late: LateReport[] = [];
    for (const owner of owners) {
      for (const half of halves) {
        const report = byOwnerHalf.get(`${owner.id}/${half.id}`);
        if (report && report.submitted_on <= half.dueDate) continue;
        late.push({
          ownerOrganizationId: owner.id,
          ownerName: owner.name,
          obligation: 'half-year',
          halfYear: half.id,
          requestId: null,
          dueDate: half.dueDate,
          reportId: report?.id ?? null,
          submittedOn: report?.submitted_on ?? null,
          daysLate: daysLate(half.dueDate, report?.submitted_on ?? null),
        });
      }
    }
    const requests = await this.dataSource.query<
      Array<{
        id: string;
        owner_organization_id: string;
        due_date: string;
        report_id: string | null;
        submitted_on: string | null;
      }>
    >(
      `SELECT q.id, q.owner_organization_id, q.due_date::text, r.id AS report_id, r.submitted_on::text
       FROM internal_control_request q LEFT JOIN internal_control_report r ON r.request_id = q.id
       WHERE date_part('year', q.due_date) = $1 AND q.due_date < $2
         AND (r.id IS NULL OR r.submitted_on > q.due_date)`,
      [year, today],
    );
    for (const request of requests) {
      late.push({
        ownerOrganizationId: request.owner_organization_id,
        ownerName: names.get(request.owner_organization_id) ?? { kk: '—', ru: '—' },
        obligation: 'request',
        halfYear: null,
        requestId: request.id,
        dueDate: request.due_date,
        reportId: request.report_id,
        submittedOn: request.submitted_on,
        daysLate: daysLate(request.due_date, request.submitted_on),
      });
    }
    late.sort((a, b) =>
      a.dueDate === b.dueDate
        ? a.ownerOrganizationId.localeCompare(b.ownerOrganizationId)
        : a.dueDate.localeCompare(b.dueDate),
    );
    const { skip, take } = pageRows(query);
    return { ...pageOf(query, late.slice(skip, skip + take), late.length), year };
  }

  /** An owner's officer is held to the owner its token names; the overseers read every owner. */
  private ownOwner(caller: Identity): string | undefined {
    if (hasRole(caller, ...InternalControlRoles.overseers)) return undefined;
    return caller.organizationId ?? '';
  }

  private async assertOwner(
    manager: EntityManager,
    organizationId: string,
    code: Code = Code.INTERNAL_CONTROL_OWNER_UNKNOWN,
  ): Promise<void> {
    const [owner] = await manager.query<unknown[]>(
      `SELECT 1 FROM organization_ref o WHERE o.id::text = $1 AND ${isActiveServiceOwner('o')}`,
      [organizationId],
    );
    if (!owner) throw internalControlError(code);
  }

  private async report(manager: EntityManager, id: string): Promise<InternalControlReportView> {
    const [row] = await manager.query<ReportRow[]>(
      `SELECT ${REPORT_COLUMNS} FROM internal_control_report WHERE id = $1`,
      [id],
    );
    if (!row) throw internalControlError(Code.INTERNAL_CONTROL_REPORT_NOT_FOUND);
    return reportView(row);
  }
}
