import { Injectable } from '@nestjs/common';
import { recordAudit } from '@kzps/audit';
import { endOfLocalDay, startOfLocalDay } from '@kzps/calendar';
import { Clock, pageOf, pageRows, type Bilingual, type Page } from '@kzps/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { applicationView, type ApplicationView } from '../applications/application.view';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { StatusChange } from '../applications/status-change.entity';
import { statusTexts } from '../applications/status-texts';
import type { CallerIdentity } from '../common/identity';
import { Payment } from '../fees/payment.entity';
import { paymentView } from '../fees/fees.service';
import type { PaymentView } from '../fees/dto/payment-notice.dto';
import { IntakeRefusal } from '../intake/intake-refusal.entity';
import { intakeRefusalReceiptOf } from '../intake/intake.service';
import type { IntakeRefusalReceipt } from '../intake/receipt';
import { normalizedTrackingNumber } from '../intake/tracking-number';
import { ServiceRef } from '../read-model/service-ref.entity';
import { assertInScope, readScopeOf, scopeCondition } from './access';
import type { ApplicationsQueryDto, IntakeRefusalsQueryDto } from './dto/reads.dto';

export interface HistoryEntry {
  from: string | null;
  to: string;
  statusText: Bilingual;
  changedAt: string;
}

/** Art. 5.5.6, 17.4: the status for anyone with the tracking number, and nothing personal. */
export interface PublicStatus {
  trackingNumber: string;
  status: string;
  statusText: Bilingual;
  dueDate: string;
}

export type ContactCentreStatus = PublicStatus & { history: HistoryEntry[] };

const OPEN = `a.status IN ('accepted', 'in_work')`;

/** Who sees what (Art. 5.5.6, 17.4, 24), every read of one application by staff audited. */
@Injectable()
export class ReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(caller: CallerIdentity, query: ApplicationsQueryDto): Promise<Page<ApplicationView>> {
    const scope = readScopeOf(caller);
    const now = this.clock.now();
    const condition = scopeCondition(scope);
    const builder = this.dataSource.manager
      .createQueryBuilder(Application, 'a')
      .where(condition.sql, condition.params)
      .orderBy('a.accepted_at', 'DESC')
      .addOrderBy('a.id');
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.serviceId) builder.andWhere('a.service_id = :serviceId', { serviceId: query.serviceId });
    if (query.providerOrganizationId) {
      builder.andWhere('a.provider_id = :provider', { provider: query.providerOrganizationId });
    }
    if (query.pscOrganizationId) builder.andWhere('a.psc_id = :psc', { psc: query.pscOrganizationId });
    if (query.overdue === true) builder.andWhere(`${OPEN} AND a.due_at < :now`, { now });
    if (query.overdue === false) builder.andWhere(`NOT (${OPEN} AND a.due_at < :now)`, { now });
    if (query.acceptedFrom)
      builder.andWhere('a.accepted_at >= :from', { from: startOfLocalDay(query.acceptedFrom) });
    if (query.acceptedTo) builder.andWhere('a.accepted_at <= :to', { to: endOfLocalDay(query.acceptedTo) });
    const { skip, take } = pageRows(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    // Lists mask the IIN or BIN for everyone but the recipient.
    return pageOf(
      query,
      rows.map((row) => applicationView(row, now, scope.kind === 'recipient')),
      total,
    );
  }

  get(caller: CallerIdentity, id: string): Promise<ApplicationView> {
    return this.readOne(caller, id, 'application.read', (application, now) =>
      Promise.resolve(applicationView(application, now, true)),
    );
  }

  history(caller: CallerIdentity, id: string): Promise<HistoryEntry[]> {
    return this.readOne(caller, id, 'application.read-history', (application) =>
      this.historyOf(this.dataSource.manager, application.id),
    );
  }

  payments(caller: CallerIdentity, id: string): Promise<PaymentView[]> {
    return this.readOne(caller, id, 'application.read-payments', async (application) => {
      const payments = await this.dataSource.manager.find(Payment, {
        where: { applicationId: application.id },
        order: { paidAt: 'ASC' },
      });
      return payments.map(paymentView);
    });
  }

  /** Status and due date only, for anyone holding the tracking number (no personal data). */
  async publicStatus(trackingNumber: string): Promise<PublicStatus> {
    const application = await this.byTrackingNumber(trackingNumber);
    return publicStatusOf(application);
  }

  /**
   * Art. 17.4: the contact centre says the status once the caller has confirmed the recipient's IIN or BIN;
   * a wrong one answers as an unknown number would. Audited like every staff read.
   */
  async contactCentreStatus(
    caller: CallerIdentity,
    trackingNumber: string,
    recipientIdNumber: string,
  ): Promise<ContactCentreStatus> {
    const application = await this.byTrackingNumber(trackingNumber);
    if (application.recipientIdNumber !== recipientIdNumber) {
      throw applicationsError(ApplicationsErrorCode.APPLICATION_NOT_FOUND);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.audit(manager, caller, 'application.read-status', application.id);
      return { ...publicStatusOf(application), history: await this.historyOf(manager, application.id) };
    });
  }

  async intakeRefusals(
    caller: CallerIdentity,
    query: IntakeRefusalsQueryDto,
  ): Promise<Page<IntakeRefusalReceipt>> {
    const scope = readScopeOf(caller);
    const builder = this.dataSource.manager
      .createQueryBuilder(IntakeRefusal, 'a')
      .orderBy('a.refused_at', 'DESC');
    // The refusal keeps the same provider, PSC and recipient columns an application does.
    const condition = scopeCondition(scope);
    builder.where(condition.sql, condition.params);
    const { skip, take } = pageRows(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    const services = await this.dataSource.manager.findBy(ServiceRef, {
      id: In([...new Set(rows.map((r) => r.serviceId))]),
    });
    const serviceOf = (id: string) =>
      services.find((s) => s.id === id) ?? { id, code: '', name: { kk: '', ru: '' } };
    return pageOf(
      query,
      rows.map((row) => intakeRefusalReceiptOf(row, serviceOf(row.serviceId))),
      total,
    );
  }

  private async readOne<T>(
    caller: CallerIdentity,
    id: string,
    action: string,
    read: (application: Application, now: Date) => Promise<T>,
  ): Promise<T> {
    const scope = readScopeOf(caller);
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(Application, { where: { id } });
      if (!application) throw applicationsError(ApplicationsErrorCode.APPLICATION_NOT_FOUND);
      assertInScope(scope, application);
      // Art. 24: every read of one application by staff leaves a record of who read it.
      if (scope.kind !== 'recipient') await this.audit(manager, caller, action, application.id);
      return read(application, this.clock.now());
    });
  }

  private async byTrackingNumber(input: string): Promise<Application> {
    const trackingNumber = normalizedTrackingNumber(input);
    if (!trackingNumber) throw applicationsError(ApplicationsErrorCode.TRACKING_NUMBER_MALFORMED);
    const application = await this.dataSource.manager.findOne(Application, { where: { trackingNumber } });
    if (!application) throw applicationsError(ApplicationsErrorCode.APPLICATION_NOT_FOUND);
    return application;
  }

  private async historyOf(manager: EntityManager, applicationId: string): Promise<HistoryEntry[]> {
    const changes = await manager.find(StatusChange, {
      where: { applicationId },
      order: { changedAt: 'ASC' },
    });
    return changes.map((c) => ({
      from: c.fromStatus,
      to: c.toStatus,
      statusText: statusTexts[c.toStatus],
      changedAt: c.changedAt.toISOString(),
    }));
  }

  private audit(
    manager: EntityManager,
    caller: CallerIdentity,
    action: string,
    applicationId: string,
  ): Promise<unknown> {
    return recordAudit(manager, {
      actor: caller,
      action,
      resourceType: 'application',
      resourceId: applicationId,
      occurredAt: this.clock.now(),
    });
  }
}

function publicStatusOf(application: Application): PublicStatus {
  return {
    trackingNumber: application.trackingNumber,
    status: application.status,
    statusText: statusTexts[application.status],
    dueDate: application.dueDate,
  };
}
