import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole, type Identity, type Role } from '@kzps/auth';
import { localDateOf } from '@kzps/calendar';
import { MonitoringEventTypes, type MonitoringBasis, type StandardProposal } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Bilingual, type Page, type PageQueryDto } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { accreditationsError, AccreditationsErrorCode } from '../accreditations/accreditations.errors';
import { AccreditationsService } from '../accreditations/accreditations.service';
import { monitoringOutbox } from '../common/monitoring-outbox';
import { DesignatedBodiesService } from '../registry/designated-bodies.service';
import type {
  IssueStateOrderDto,
  MonitoringReportsQueryDto,
  SubmitMonitoringReportDto,
} from './dto/monitoring-report-requests.dto';
import { monitoringReportsError, MonitoringReportsErrorCode as Code } from './monitoring-reports.errors';

/**
 * Art. 23: the quality authority orders monitoring from accredited NGOs; NGOs' monitors submit reports; the
 * bodies that use the results read them (owners and providers adopt, change or cancel standards by them,
 * Art. 23.5), as does the informatization authority for the standards it agrees.
 */
export const MonitoringReportRoles = {
  orderer: ['quality-authority'],
  monitors: ['ngo-monitor'],
  readers: [
    'quality-authority',
    'public-services-authority',
    'informatization-authority',
    'owner-officer',
    'provider-officer',
    'ngo-monitor',
  ],
} as const satisfies Record<string, readonly Role[]>;

export interface StateOrderView {
  stateOrderId: string;
  accreditationId: string;
  ngoOrganizationId: string;
  subject: Bilingual;
  serviceIds: string[];
  periodFrom: string;
  periodTo: string;
  reportDueDate: string;
  issuedOn: string;
  qualityAuthorityId: string;
  /** The report that answered it, once submitted. */
  reportId: string | null;
}

export interface MonitoringFinding {
  serviceId: string;
  providerOrganizationId: string | null;
  text: Bilingual;
  proposal: StandardProposal | null;
}

export interface MonitoringReportView {
  reportId: string;
  ngoOrganizationId: string;
  basis: MonitoringBasis;
  /** Art. 23.5: only an accredited NGO's report on a state order; own-initiative monitoring is kept apart. */
  accredited: boolean;
  accreditationId: string | null;
  stateOrderId: string | null;
  periodFrom: string;
  periodTo: string;
  summary: Bilingual;
  findings: MonitoringFinding[];
  acceptedAt: string;
}

interface StateOrderRow {
  id: string;
  accreditation_id: string;
  ngo_organization_id: string;
  subject: Bilingual;
  service_ids: string[];
  period_from: string;
  period_to: string;
  report_due_date: string;
  issued_on: string;
  quality_authority_id: string;
  report_id: string | null;
}

interface ReportRow {
  id: string;
  ngo_organization_id: string;
  basis: MonitoringBasis;
  accredited: boolean;
  accreditation_id: string | null;
  state_order_id: string | null;
  period_from: string;
  period_to: string;
  summary: Bilingual;
  findings: MonitoringFinding[];
  accepted_at: Date;
}

const ORDER_COLUMNS = `o.id, o.accreditation_id, o.ngo_organization_id, o.subject, o.service_ids, o.period_from::text,
  o.period_to::text, o.report_due_date::text, o.issued_on::text, o.quality_authority_id,
  (SELECT r.id FROM monitoring_report r WHERE r.state_order_id = o.id) AS report_id`;
const REPORT_COLUMNS = `id, ngo_organization_id, basis, accredited, accreditation_id, state_order_id,
  period_from::text, period_to::text, summary, findings, accepted_at`;

function stateOrderView(row: StateOrderRow): StateOrderView {
  return {
    stateOrderId: row.id,
    accreditationId: row.accreditation_id,
    ngoOrganizationId: row.ngo_organization_id,
    subject: row.subject,
    serviceIds: row.service_ids,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    reportDueDate: row.report_due_date,
    issuedOn: row.issued_on,
    qualityAuthorityId: row.quality_authority_id,
    reportId: row.report_id,
  };
}

function reportView(row: ReportRow): MonitoringReportView {
  return {
    reportId: row.id,
    ngoOrganizationId: row.ngo_organization_id,
    basis: row.basis,
    accredited: row.accredited,
    accreditationId: row.accreditation_id,
    stateOrderId: row.state_order_id,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    summary: row.summary,
    findings: row.findings,
    acceptedAt: row.accepted_at.toISOString(),
  };
}

/**
 * Public monitoring (Art. 23.1, 23.5): state orders to accredited NGOs and the NGOs' monitoring reports. A
 * report on a state order is accepted only from the NGO it was given to while its accreditation is in force,
 * and is an accredited result; an NGO's own-initiative monitoring is accepted from any NGO and kept apart.
 */
@Injectable()
export class MonitoringReportsService {
  private readonly events = monitoringOutbox();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bodies: DesignatedBodiesService,
    private readonly accreditations: AccreditationsService,
  ) {}

  issueStateOrder(caller: Identity, dto: IssueStateOrderDto): Promise<StateOrderView> {
    return inTransaction(this.dataSource, async (manager) => {
      const authority = await this.bodies.assertQualityAuthority(manager, caller);
      const today = localDateOf(this.clock.now());
      if (dto.periodTo < dto.periodFrom) throw monitoringReportsError(Code.STATE_ORDER_PERIOD_INVERTED);
      if (dto.reportDueDate < dto.periodTo || dto.reportDueDate <= today) {
        throw monitoringReportsError(Code.STATE_ORDER_DUE_DATE_PASSED);
      }
      const [accreditation] = await manager.query<Array<{ ngo_organization_id: string }>>(
        'SELECT ngo_organization_id FROM accreditation WHERE id = $1',
        [dto.accreditationId],
      );
      if (!accreditation) throw accreditationsError(AccreditationsErrorCode.ACCREDITATION_NOT_FOUND);
      const ngo = accreditation.ngo_organization_id;
      // Art. 23.1: a state order goes to an NGO accredited on the day it is given, by that accreditation.
      if ((await this.accreditations.inForce(manager, ngo, today)) !== dto.accreditationId) {
        throw accreditationsError(AccreditationsErrorCode.ACCREDITATION_NOT_IN_FORCE);
      }
      const id = randomUUID();
      await manager.query(
        `INSERT INTO state_order (id, accreditation_id, ngo_organization_id, subject, service_ids, period_from,
           period_to, report_due_date, issued_on, quality_authority_id, created_at)
         VALUES ($1, $2, $3, $4::jsonb, $5::uuid[], $6, $7, $8, $9, $10, $11)`,
        [
          id,
          dto.accreditationId,
          ngo,
          JSON.stringify({ kk: dto.subject.kk, ru: dto.subject.ru }),
          [...new Set(dto.serviceIds)],
          dto.periodFrom,
          dto.periodTo,
          dto.reportDueDate,
          today,
          authority,
          this.clock.now(),
        ],
      );
      return this.stateOrder(manager, id);
    });
  }

  async stateOrders(caller: Identity, query: PageQueryDto): Promise<Page<StateOrderView>> {
    const own = this.ownNgo(caller);
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<StateOrderRow & { total: number }>>(
      `SELECT ${ORDER_COLUMNS}, count(*) OVER ()::int AS total FROM state_order o
       WHERE ($1::text IS NULL OR o.ngo_organization_id = $1)
       ORDER BY o.issued_on DESC, o.id LIMIT ${take} OFFSET ${skip}`,
      [own ?? null],
    );
    return pageOf(query, rows.map(stateOrderView), rows[0]?.total ?? 0);
  }

  submit(caller: Identity, dto: SubmitMonitoringReportDto): Promise<MonitoringReportView> {
    const ngo = this.accreditations.ngoOf(caller);
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const today = localDateOf(now);
      if (dto.periodTo < dto.periodFrom || dto.periodTo > today) {
        throw monitoringReportsError(Code.MONITORING_REPORT_PERIOD_INVERTED);
      }
      let accreditationId: string | null = null;
      const stateOrderId = dto.stateOrderId ?? null;
      if (dto.basis === 'state-order') {
        if (!stateOrderId) throw monitoringReportsError(Code.MONITORING_REPORT_ORDER_REQUIRED);
        const [order] = await manager.query<Array<{ id: string }>>(
          'SELECT id FROM state_order WHERE id = $1 AND ngo_organization_id = $2 FOR UPDATE',
          [stateOrderId, ngo],
        );
        if (!order) throw monitoringReportsError(Code.STATE_ORDER_NOT_FOUND);
        const [answered] = await manager.query<unknown[]>(
          'SELECT 1 FROM monitoring_report WHERE state_order_id = $1',
          [stateOrderId],
        );
        if (answered) throw monitoringReportsError(Code.MONITORING_REPORT_ALREADY_SUBMITTED);
        accreditationId = await this.accreditations.inForce(manager, ngo, today);
      } else if (stateOrderId) {
        throw monitoringReportsError(Code.MONITORING_REPORT_ORDER_UNEXPECTED);
      }
      const accredited = dto.basis === 'state-order';
      const findings: MonitoringFinding[] = dto.findings.map((f) => ({
        serviceId: f.serviceId,
        providerOrganizationId: f.providerOrganizationId ?? null,
        text: { kk: f.text.kk, ru: f.text.ru },
        proposal: f.proposal ?? null,
      }));
      const id = randomUUID();
      await manager.query(
        `INSERT INTO monitoring_report (id, ngo_organization_id, basis, accredited, accreditation_id, state_order_id,
           period_from, period_to, summary, findings, accepted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11)`,
        [
          id,
          ngo,
          dto.basis,
          accredited,
          accreditationId,
          stateOrderId,
          dto.periodFrom,
          dto.periodTo,
          JSON.stringify({ kk: dto.summary.kk, ru: dto.summary.ru }),
          JSON.stringify(findings),
          now,
        ],
      );
      await this.events.append(manager, {
        type: MonitoringEventTypes.monitoringReportAccepted,
        time: now,
        data: {
          reportId: id,
          ngoOrganizationId: ngo,
          basis: dto.basis,
          accredited,
          accreditationId,
          stateOrderId,
          periodFrom: dto.periodFrom,
          periodTo: dto.periodTo,
          findings,
          acceptedAt: now.toISOString(),
        },
      });
      return this.report(manager, id);
    });
  }

  /** Accredited results by default; own-initiative monitoring only when asked for (kept apart, Art. 23.5). */
  async list(query: MonitoringReportsQueryDto): Promise<Page<MonitoringReportView>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<ReportRow & { total: number }>>(
      `SELECT ${REPORT_COLUMNS}, count(*) OVER ()::int AS total FROM monitoring_report
       WHERE accredited = $1 AND ($2::text IS NULL OR findings @> jsonb_build_array(jsonb_build_object('serviceId', $2::text)))
       ORDER BY accepted_at DESC, id LIMIT ${take} OFFSET ${skip}`,
      [query.accredited ?? true, query.serviceId ?? null],
    );
    return pageOf(query, rows.map(reportView), rows[0]?.total ?? 0);
  }

  get(id: string): Promise<MonitoringReportView> {
    return this.report(this.dataSource.manager, id);
  }

  private ownNgo(caller: Identity): string | undefined {
    return hasRole(caller, ...MonitoringReportRoles.orderer, 'public-services-authority')
      ? undefined
      : this.accreditations.ngoOf(caller);
  }

  private async stateOrder(manager: EntityManager, id: string): Promise<StateOrderView> {
    const [row] = await manager.query<StateOrderRow[]>(
      `SELECT ${ORDER_COLUMNS} FROM state_order o WHERE o.id = $1`,
      [id],
    );
    if (!row) throw monitoringReportsError(Code.STATE_ORDER_NOT_FOUND);
    return stateOrderView(row);
  }

  private async report(manager: EntityManager, id: string): Promise<MonitoringReportView> {
    const [row] = await manager.query<ReportRow[]>(
      `SELECT ${REPORT_COLUMNS} FROM monitoring_report WHERE id = $1`,
      [id],
    );
    if (!row) throw monitoringReportsError(Code.MONITORING_REPORT_NOT_FOUND);
    return reportView(row);
  }
}
