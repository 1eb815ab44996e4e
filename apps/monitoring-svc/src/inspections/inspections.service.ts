import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { authError, AuthErrorCode, hasRole, type Identity, type Role } from '@kzps/auth';
import { recordAudit } from '@kzps/audit';
import { addDays, localDateOf } from '@kzps/calendar';
import { CalendarStore } from '@kzps/calendar-store';
import { MonitoringEventTypes, type InspectedRole } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Page, type PageQueryDto } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { monitoringOutbox } from '../common/monitoring-outbox';
import { DesignatedBodiesService } from '../registry/designated-bodies.service';
import type {
  CompleteInspectionDto,
  InspectionsQueryDto,
  IssueOrderDto,
  OrderReportDto,
  OrdersQueryDto,
  RecordFindingDto,
  ReturnOrderDto,
  ScheduleInspectionDto,
} from './dto/inspection-requests.dto';
import type { FindingView, InspectionView, OrderView, PublishedInspectionView } from './inspection-views';
import { inspectionsError, InspectionsErrorCode as Code } from './inspections.errors';

/** Who acts and who reads in external control (Art. 22.3): the quality authority acts; the others read. */
export const InspectionRoles = {
  inspectors: ['quality-authority'],
  /** Read every inspection: the quality authority and the public-services authority (Art. 7.1). */
  overseers: ['quality-authority', 'public-services-authority'],
  /** Read the inspections of their own organisation and answer the orders addressed to it. */
  inspected: ['owner-officer', 'provider-officer'],
} as const satisfies Record<string, readonly Role[]>;

/** The registry role an inspected organisation holds in each part. */
const registryRoleOf: Record<InspectedRole, string> = { owner: 'service-owner', provider: 'provider' };

interface InspectionRow {
  id: string;
  kind: InspectionView['kind'];
  plan_year: number | null;
  ground_kind: NonNullable<InspectionView['ground']>['kind'] | null;
  ground_reference: string | null;
  subject_organization_id: string;
  subject_role: InspectedRole;
  service_ids: string[];
  start_date: string;
  end_date: string;
  quality_authority_id: string;
  status: InspectionView['status'];
  summary: InspectionView['summary'];
  completed_on: string | null;
  published_at: Date | null;
  scheduled_at: Date;
}

interface FindingRow {
  id: string;
  inspection_id: string;
  service_id: string | null;
  violated_kind: FindingView['violated']['kind'];
  violated_reference: string;
  description: FindingView['description'];
  recorded_on: string;
}

interface OrderRow {
  id: string;
  inspection_id: string;
  finding_id: string | null;
  addressee_organization_id: string;
  addressee_role: InspectedRole;
  text: OrderView['text'];
  issued_on: string;
  due_date: string;
  status: OrderView['status'];
  report: OrderView['report'];
  reported_on: string | null;
  fulfilled_on: string | null;
  overdue_since: string | null;
  returned_on: string | null;
  return_reasons: OrderView['returnReasons'];
}

/** Dates leave PostgreSQL as text, so a `date` is never shifted by the process's time zone. */
const INSPECTION_COLUMNS = `id, kind, plan_year, ground_kind, ground_reference, subject_organization_id, subject_role,
  service_ids, start_date::text, end_date::text, quality_authority_id, status, summary, completed_on::text,
  published_at, scheduled_at`;
const FINDING_COLUMNS = `id, inspection_id, service_id, violated_kind, violated_reference, description,
  recorded_on::text`;
const ORDER_COLUMNS = `id, inspection_id, finding_id, addressee_organization_id, addressee_role, text,
  issued_on::text, due_date::text, status, report, reported_on::text, fulfilled_on::text, overdue_since::text,
  returned_on::text, return_reasons`;

export function findingView(row: FindingRow): FindingView {
  return {
    findingId: row.id,
    inspectionId: row.inspection_id,
    serviceId: row.service_id,
    violated: { kind: row.violated_kind, reference: row.violated_reference },
    description: row.description,
    recordedOn: row.recorded_on,
  };
}

/** What every order event carries about the order (libs/contracts `order`). */
function orderFacts(order: OrderRow) {
  return {
    inspectionId: order.inspection_id,
    orderId: order.id,
    addresseeOrganizationId: order.addressee_organization_id,
    addresseeRole: order.addressee_role,
    dueDate: order.due_date,
  };
}

export function orderView(row: OrderRow): OrderView {
  return {
    orderId: row.id,
    inspectionId: row.inspection_id,
    findingId: row.finding_id,
    addresseeOrganizationId: row.addressee_organization_id,
    addresseeRole: row.addressee_role,
    text: row.text,
    issuedOn: row.issued_on,
    dueDate: row.due_date,
    status: row.status,
    report: row.report,
    reportedOn: row.reported_on,
    fulfilledOn: row.fulfilled_on,
    overdueSince: row.overdue_since,
    returnedOn: row.returned_on,
    returnReasons: row.return_reasons,
  };
}

function inspectionView(row: InspectionRow, findings: FindingView[], orders: OrderView[]): InspectionView {
  return {
    inspectionId: row.id,
    kind: row.kind,
    planYear: row.plan_year,
    ground:
      row.ground_kind && row.ground_reference
        ? { kind: row.ground_kind, reference: row.ground_reference }
        : null,
    subjectOrganizationId: row.subject_organization_id,
    subjectRole: row.subject_role,
    serviceIds: row.service_ids,
    startDate: row.start_date,
    endDate: row.end_date,
    qualityAuthorityId: row.quality_authority_id,
    status: row.status,
    summary: row.summary,
    completedOn: row.completed_on,
    publishedAt: row.published_at?.toISOString() ?? null,
    scheduledAt: row.scheduled_at.toISOString(),
    findings,
    orders,
  };
}

/**
 * External control of quality (Art. 22.1, 22.3): the quality authority the registry designates (D18) schedules
 * inspections, records what they find, orders the inspected to remove it and completes them; completion
 * publishes the results (Art. 22.3.2). Each change and its event commit together (outbox).
 */
@Injectable()
export class InspectionsService {
  private readonly events = monitoringOutbox();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bodies: DesignatedBodiesService,
    private readonly calendar: CalendarStore,
  ) {}

  schedule(caller: Identity, dto: ScheduleInspectionDto): Promise<InspectionView> {
    return inTransaction(this.dataSource, async (manager) => {
      const authority = await this.bodies.assertQualityAuthority(manager, caller);
      if (dto.kind === 'unplanned' && !dto.ground) throw inspectionsError(Code.INSPECTION_GROUND_REQUIRED);
      if (dto.kind === 'planned' && dto.ground) throw inspectionsError(Code.INSPECTION_GROUND_UNEXPECTED);
      if (dto.endDate < dto.startDate) throw inspectionsError(Code.INSPECTION_DATES_INVERTED);
      await this.assertInRole(manager, dto.subjectOrganizationId, dto.subjectRole);
      const now = this.clock.now();
      const id = randomUUID();
      const planYear = dto.kind === 'planned' ? Number(dto.startDate.slice(0, 4)) : null;
      const serviceIds = [...new Set(dto.serviceIds)];
      await manager.query(
        `INSERT INTO inspection (id, kind, plan_year, ground_kind, ground_reference, subject_organization_id,
           subject_role, service_ids, start_date, end_date, quality_authority_id, status, scheduled_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, $10, $11, 'scheduled', $12)`,
        [
          id,
          dto.kind,
          planYear,
          dto.ground?.kind ?? null,
          dto.ground?.reference ?? null,
          dto.subjectOrganizationId,
          dto.subjectRole,
          serviceIds,
          dto.startDate,
          dto.endDate,
          authority,
          now,
        ],
      );
      await this.events.append(manager, {
        type: MonitoringEventTypes.inspectionScheduled,
        time: now,
        data: {
          inspectionId: id,
          kind: dto.kind,
          planYear,
          ground: dto.ground ? { kind: dto.ground.kind, reference: dto.ground.reference } : null,
          subjectOrganizationId: dto.subjectOrganizationId,
          subjectRole: dto.subjectRole,
          serviceIds,
          startDate: dto.startDate,
          endDate: dto.endDate,
          qualityAuthorityId: authority,
          scheduledAt: now.toISOString(),
        },
      });
      return this.load(manager, id);
    });
  }

  recordFinding(caller: Identity, inspectionId: string, dto: RecordFindingDto): Promise<FindingView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.bodies.assertQualityAuthority(manager, caller);
      const inspection = await this.lockOpen(manager, inspectionId);
      const now = this.clock.now();
      const today = localDateOf(now);
      if (today < inspection.start_date) throw inspectionsError(Code.INSPECTION_NOT_STARTED);
      const id = randomUUID();
      const [row] = await manager.query<FindingRow[]>(
        `INSERT INTO inspection_finding (id, inspection_id, service_id, violated_kind, violated_reference,
           description, recorded_on, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING ${FINDING_COLUMNS}`,
        [
          id,
          inspectionId,
          dto.serviceId ?? null,
          dto.violated.kind,
          dto.violated.reference,
          JSON.stringify({ kk: dto.description.kk, ru: dto.description.ru }),
          today,
          now,
        ],
      );
      const finding = findingView(row as FindingRow);
      await this.events.append(manager, {
        type: MonitoringEventTypes.findingRecorded,
        time: now,
        data: {
          inspectionId,
          findingId: id,
          subjectOrganizationId: inspection.subject_organization_id,
          serviceId: finding.serviceId,
          violated: finding.violated,
          description: finding.description,
          recordedOn: today,
        },
      });
      return finding;
    });
  }

  /**
   * An order binds the inspected organisation unless another owner or provider is named. Its due date is a
   * calendar day; one that falls on a day off moves to the next working day of the service's calendar copy.
   */
  issueOrder(caller: Identity, inspectionId: string, dto: IssueOrderDto): Promise<OrderView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.bodies.assertQualityAuthority(manager, caller);
      const inspection = await this.lockOpen(manager, inspectionId);
      const now = this.clock.now();
      const today = localDateOf(now);
      if (today < inspection.start_date) throw inspectionsError(Code.INSPECTION_NOT_STARTED);
      if (dto.findingId) {
        const [finding] = await manager.query<unknown[]>(
          'SELECT 1 FROM inspection_finding WHERE id = $1 AND inspection_id = $2',
          [dto.findingId, inspectionId],
        );
        if (!finding) throw inspectionsError(Code.INSPECTION_FINDING_UNKNOWN);
      }
      const addressee = dto.addresseeOrganizationId ?? inspection.subject_organization_id;
      const addresseeRole = dto.addresseeOrganizationId
        ? (dto.addresseeRole ?? inspection.subject_role)
        : inspection.subject_role;
      if (addressee !== inspection.subject_organization_id) {
        await this.assertInRole(manager, addressee, addresseeRole);
      }
      const dueDate = this.calendar.current().nextWorkingDayFrom(dto.dueDate);
      if (dueDate <= today) throw inspectionsError(Code.ORDER_DUE_DATE_PASSED);
      const id = randomUUID();
      const [row] = await manager.query<OrderRow[]>(
        `INSERT INTO inspection_order (id, inspection_id, finding_id, addressee_organization_id, addressee_role,
           text, issued_on, due_date, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, 'issued', $9) RETURNING ${ORDER_COLUMNS}`,
        [
          id,
          inspectionId,
          dto.findingId ?? null,
          addressee,
          addresseeRole,
          JSON.stringify({ kk: dto.text.kk, ru: dto.text.ru }),
          today,
          dueDate,
          now,
        ],
      );
      const order = orderView(row as OrderRow);
      await this.events.append(manager, {
        type: MonitoringEventTypes.orderIssued,
        time: now,
        data: {
          inspectionId,
          orderId: id,
          addresseeOrganizationId: addressee,
          addresseeRole,
          dueDate,
          findingId: order.findingId,
          text: order.text,
          issuedOn: today,
        },
      });
      return order;
    });
  }

  /** Art. 22.3.2: completing an inspection publishes its results, dated the day of the act. */
  complete(caller: Identity, inspectionId: string, dto: CompleteInspectionDto): Promise<InspectionView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.bodies.assertQualityAuthority(manager, caller);
      const inspection = await this.lockOpen(manager, inspectionId);
      const now = this.clock.now();
      const today = localDateOf(now);
      if (today < inspection.start_date) throw inspectionsError(Code.INSPECTION_NOT_STARTED);
      const summary = { kk: dto.summary.kk, ru: dto.summary.ru };
      await manager.query(
        `UPDATE inspection SET status = 'completed', summary = $2::jsonb, completed_on = $3, published_at = $4
         WHERE id = $1`,
        [inspectionId, JSON.stringify(summary), today, now],
      );
      const view = await this.load(manager, inspectionId);
      await this.events.append(manager, {
        type: MonitoringEventTypes.inspectionCompleted,
        time: now,
        data: {
          inspectionId,
          subjectOrganizationId: view.subjectOrganizationId,
          completedOn: today,
          findings: view.findings.length,
          orders: view.orders.length,
          summary,
          publishedAt: now.toISOString(),
        },
      });
      return view;
    });
  }

  /** The addressee's officer reports what was done; the quality authority then accepts it. */
  reportOrder(caller: Identity, orderId: string, dto: OrderReportDto): Promise<OrderView> {
    return inTransaction(this.dataSource, async (manager) => {
      const order = await this.lockOrder(manager, orderId);
      if (caller.organizationId !== order.addressee_organization_id)
        throw inspectionsError(Code.ORDER_NOT_YOURS);
      if (order.status === 'fulfilled') throw inspectionsError(Code.ORDER_ALREADY_FULFILLED);
      const [[row]] = await manager.query<[OrderRow[], number]>(
        `UPDATE inspection_order SET status = 'reported', report = $2::jsonb, reported_on = $3
         WHERE id = $1 RETURNING ${ORDER_COLUMNS}`,
        [orderId, JSON.stringify({ kk: dto.report.kk, ru: dto.report.ru }), localDateOf(this.clock.now())],
      );
      return orderView(row as OrderRow);
    });
  }

  /** The quality authority accepts the report: the order is fulfilled that day, on time or late. */
  acceptOrder(caller: Identity, orderId: string): Promise<OrderView> {
    return inTransaction(this.dataSource, async (manager) => {
      const order = await this.reportedOrder(manager, caller, orderId);
      const now = this.clock.now();
      const today = localDateOf(now);
      const [[row]] = await manager.query<[OrderRow[], number]>(
        `UPDATE inspection_order SET status = 'fulfilled', fulfilled_on = $2 WHERE id = $1
         RETURNING ${ORDER_COLUMNS}`,
        [orderId, today],
      );
      await this.events.append(manager, {
        type: MonitoringEventTypes.orderFulfilled,
        time: now,
        data: {
          ...orderFacts(order),
          fulfilledOn: today,
          onTime: today <= order.due_date,
        },
      });
      return orderView(row as OrderRow);
    });
  }

  /**
   * The quality authority finds the reported fulfilment short and sends the order back (Art. 22.3): returned,
   * with its reasons and a new due date (a day off moves it to the next working day, as at issue, D27), open
   * again for a new report and watched again for overdue from that date. Audited, and announced.
   */
  returnOrder(caller: Identity, orderId: string, dto: ReturnOrderDto): Promise<OrderView> {
    return inTransaction(this.dataSource, async (manager) => {
      const order = await this.reportedOrder(manager, caller, orderId);
      const now = this.clock.now();
      const today = localDateOf(now);
      const dueDate = this.calendar.current().nextWorkingDayFrom(dto.dueDate);
      if (dueDate <= today) throw inspectionsError(Code.ORDER_DUE_DATE_PASSED);
      const reasons = { kk: dto.reasons.kk, ru: dto.reasons.ru };
      const [[row]] = await manager.query<[OrderRow[], number]>(
        `UPDATE inspection_order SET status = 'returned', due_date = $2, returned_on = $3,
                return_reasons = $4::jsonb, overdue_since = NULL
         WHERE id = $1 RETURNING ${ORDER_COLUMNS}`,
        [orderId, dueDate, today, JSON.stringify(reasons)],
      );
      await this.events.append(manager, {
        type: MonitoringEventTypes.orderReturned,
        time: now,
        data: {
          ...orderFacts(order),
          dueDate,
          previousDueDate: order.due_date,
          reasons,
          returnedOn: today,
        },
      });
      await recordAudit(manager, {
        actor: caller,
        action: 'inspection-order.return',
        resourceType: 'inspection-order',
        resourceId: orderId,
        occurredAt: now,
        summary: `due ${order.due_date} -> ${dueDate}`,
      });
      return orderView(row as OrderRow);
    });
  }

  /** Announces an order whose due date passed unfulfilled, once (the overdue watcher, in its savepoint). */
  async markOverdue(manager: EntityManager, order: OrderRow, now: Date): Promise<boolean> {
    const overdueSince = addDays(order.due_date, 1);
    // An UPDATE answers [rows, count] through TypeORM's PostgreSQL driver.
    const [, updated] = await manager.query<[unknown[], number]>(
      `UPDATE inspection_order SET overdue_since = $2
       WHERE id = $1 AND status <> 'fulfilled' AND overdue_since IS NULL`,
      [order.id, overdueSince],
    );
    if (updated === 0) return false;
    await this.events.append(manager, {
      type: MonitoringEventTypes.orderOverdue,
      time: now,
      data: { ...orderFacts(order), overdueSince },
    });
    return true;
  }

  /** Open orders whose due date is behind today in Kazakhstan, not yet announced; locked for the sweep. */
  dueOrders(manager: EntityManager, now: Date, limit: number): Promise<OrderRow[]> {
    return manager.query<OrderRow[]>(
      `SELECT ${ORDER_COLUMNS} FROM inspection_order
       WHERE status <> 'fulfilled' AND overdue_since IS NULL AND due_date < $1
       ORDER BY due_date, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [localDateOf(now), limit],
    );
  }

  async get(caller: Identity, inspectionId: string): Promise<InspectionView> {
    const view = await this.load(this.dataSource.manager, inspectionId);
    const own = this.ownOrganization(caller);
    if (own && own !== view.subjectOrganizationId) throw inspectionsError(Code.INSPECTION_NOT_FOUND);
    return view;
  }

  async list(caller: Identity, query: InspectionsQueryDto): Promise<Page<InspectionView>> {
    const own = this.ownOrganization(caller);
    const { where, params } = this.filters(query, own ?? query.subjectOrganizationId);
    return this.page(query, where, params, 'start_date, id');
  }

  /** The yearly plan (Art. 22.3.1): the planned inspections of a year with their dates, by start date. */
  plan(year: number, query: PageQueryDto): Promise<Page<InspectionView>> {
    return this.page(query, `kind = 'planned' AND plan_year = $1`, [year], 'start_date, id');
  }

  async orders(caller: Identity, query: OrdersQueryDto): Promise<Page<OrderView>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const own = this.ownOrganization(caller);
    if (own) {
      params.push(own);
      conditions.push(`addressee_organization_id = $${params.length}`);
    }
    if (query.state === 'overdue') {
      conditions.push(`status <> 'fulfilled' AND overdue_since IS NOT NULL`);
    } else if (query.state) {
      params.push(query.state);
      conditions.push(`status = $${params.length}`);
    }
    const { skip, take } = pageRows(query);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = await this.dataSource.query<Array<OrderRow & { total: number }>>(
      `SELECT ${ORDER_COLUMNS}, count(*) OVER ()::int AS total FROM inspection_order ${where}
       ORDER BY due_date, id LIMIT ${take} OFFSET ${skip}`,
      params,
    );
    return pageOf(query, rows.map(orderView), rows[0]?.total ?? 0);
  }

  /** Art. 22.3.2: completed inspections' results, for anyone. */
  async published(query: InspectionsQueryDto): Promise<Page<PublishedInspectionView>> {
    const { where, params } = this.filters(query, query.subjectOrganizationId);
    const page = await this.page(
      query,
      `published_at IS NOT NULL AND ${where}`,
      params,
      'published_at DESC, id',
    );
    return { ...page, items: page.items.map(publishedView) };
  }

  async publishedOne(inspectionId: string): Promise<PublishedInspectionView> {
    return publishedView(await this.load(this.dataSource.manager, inspectionId));
  }

  /** An inspected organisation's officer sees its own; the overseers see all (undefined). */
  private ownOrganization(caller: Identity): string | undefined {
    if (hasRole(caller, ...InspectionRoles.overseers)) return undefined;
    if (!caller.organizationId) {
      throw authError(AuthErrorCode.OrganizationForbidden, 'The token names no organisation you act for');
    }
    return caller.organizationId;
  }

  private filters(
    query: InspectionsQueryDto,
    subject: string | undefined,
  ): { where: string; params: unknown[] } {
    const params: unknown[] = [];
    const conditions = ['true'];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (query.year) add(`date_part('year', start_date) = ?`, query.year);
    if (query.kind) add('kind = ?', query.kind);
    if (subject) add('subject_organization_id = ?', subject);
    return { where: conditions.join(' AND '), params };
  }

  private async page(
    query: PageQueryDto,
    where: string,
    params: unknown[],
    order: string,
  ): Promise<Page<InspectionView>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<InspectionRow & { total: number }>>(
      `SELECT ${INSPECTION_COLUMNS}, count(*) OVER ()::int AS total FROM inspection WHERE ${where}
       ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`,
      params,
    );
    const items = await this.withDetails(this.dataSource.manager, rows);
    return pageOf(query, items, rows[0]?.total ?? 0);
  }

  private async load(manager: EntityManager, inspectionId: string): Promise<InspectionView> {
    const rows = await manager.query<InspectionRow[]>(
      `SELECT ${INSPECTION_COLUMNS} FROM inspection WHERE id = $1`,
      [inspectionId],
    );
    const [view] = await this.withDetails(manager, rows);
    if (!view) throw inspectionsError(Code.INSPECTION_NOT_FOUND);
    return view;
  }

  private async withDetails(manager: EntityManager, rows: InspectionRow[]): Promise<InspectionView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const findings = await manager.query<FindingRow[]>(
      `SELECT ${FINDING_COLUMNS} FROM inspection_finding WHERE inspection_id = ANY($1::uuid[])
       ORDER BY recorded_at, id`,
      [ids],
    );
    const orders = await manager.query<OrderRow[]>(
      `SELECT ${ORDER_COLUMNS} FROM inspection_order WHERE inspection_id = ANY($1::uuid[])
       ORDER BY created_at, id`,
      [ids],
    );
    return rows.map((row) =>
      inspectionView(
        row,
        findings.filter((f) => f.inspection_id === row.id).map(findingView),
        orders.filter((o) => o.inspection_id === row.id).map(orderView),
      ),
    );
  }

  private async lockOpen(manager: EntityManager, inspectionId: string): Promise<InspectionRow> {
    const [row] = await manager.query<InspectionRow[]>(
      `SELECT ${INSPECTION_COLUMNS} FROM inspection WHERE id = $1 FOR UPDATE`,
      [inspectionId],
    );
    if (!row) throw inspectionsError(Code.INSPECTION_NOT_FOUND);
    if (row.status === 'completed') throw inspectionsError(Code.INSPECTION_COMPLETED);
    return row;
  }

  /** The order the quality authority judges a report on: reported, and not yet fulfilled; locked. */
  private async reportedOrder(manager: EntityManager, caller: Identity, orderId: string): Promise<OrderRow> {
    await this.bodies.assertQualityAuthority(manager, caller);
    const order = await this.lockOrder(manager, orderId);
    if (order.status === 'fulfilled') throw inspectionsError(Code.ORDER_ALREADY_FULFILLED);
    if (order.status !== 'reported') throw inspectionsError(Code.ORDER_NOT_REPORTED);
    return order;
  }

  private async lockOrder(manager: EntityManager, orderId: string): Promise<OrderRow> {
    const [row] = await manager.query<OrderRow[]>(
      `SELECT ${ORDER_COLUMNS} FROM inspection_order WHERE id = $1 FOR UPDATE`,
      [orderId],
    );
    if (!row) throw inspectionsError(Code.ORDER_NOT_FOUND);
    return row;
  }

  private async assertInRole(
    manager: EntityManager,
    organizationId: string,
    role: InspectedRole,
  ): Promise<void> {
    const [found] = await manager.query<unknown[]>(
      'SELECT 1 FROM organization_ref WHERE id = $1 AND active AND $2 = ANY(roles)',
      [organizationId, registryRoleOf[role]],
    );
    if (!found) throw inspectionsError(Code.INSPECTION_SUBJECT_UNKNOWN);
  }
}

/** What Art. 22.3.2 publishes of a completed inspection; one not completed is not there for the public. */
function publishedView(view: InspectionView): PublishedInspectionView {
  const { completedOn, summary, publishedAt } = view;
  if (completedOn === null || summary === null || publishedAt === null) {
    throw inspectionsError(Code.INSPECTION_NOT_FOUND);
  }
  return {
    inspectionId: view.inspectionId,
    kind: view.kind,
    planYear: view.planYear,
    groundKind: view.ground?.kind ?? null,
    subjectOrganizationId: view.subjectOrganizationId,
    subjectRole: view.subjectRole,
    serviceIds: view.serviceIds,
    startDate: view.startDate,
    endDate: view.endDate,
    completedOn,
    summary,
    publishedAt,
    findings: view.findings,
    orders: view.orders,
  };
}

export type { OrderRow };
