import { Injectable } from '@nestjs/common';
import { hasRole } from '@kzps/auth';
import { StandardsEventTypes, type InformationUpdateRole } from '@kzps/contracts';
import { Clock } from '@kzps/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { auditStandard, standardsSystem } from '../common/audit';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { requestedDayStart } from '../clocks/requested-day';
import { StatutoryTerm } from '../clocks/statutory-term.entity';
import { TermCalendar } from '../clocks/term-calendar';
import { TermsService } from '../clocks/terms.service';
import { EventOutbox } from '../events/event-outbox';
import type { ServiceRef } from '../read-model/service-ref.entity';
import type { StandardVersion } from '../standards/standard-version.entity';
import { Standard } from '../standards/standard.entity';
import { standardsError, StandardsErrorCode } from '../standards/standards.errors';
import { StandardsService } from '../standards/standards.service';
import type { ConfirmInformationUpdateDto, InformationUpdateResponseDto } from './dto/information-update.dto';
import { InformationUpdate } from './information-update.entity';
import { informationUpdateStatus } from './information-update-status';
import {
  informationUpdateError,
  InformationUpdateErrorCode,
  updateDateOutOfRange,
} from './information.errors';

/** What an overdue or confirmed event says about the duty, besides what happened to it. */
export interface Duty {
  update: InformationUpdate;
  serviceId: string;
  term: Pick<StatutoryTerm, 'startsAt' | 'dueDate' | 'dueAt'>;
}

/**
 * Art. 17.2: after a standard's adoption, change or cancellation the owner and every provider update their
 * information within three working days. Each body confirms its own update; what is not confirmed when the
 * term runs out is raised as overdue (the watcher), and the version's term is met with the last update.
 */
@Injectable()
export class InformationUpdatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: TermCalendar,
    private readonly terms: TermsService,
    private readonly standards: StandardsService,
    private readonly outbox: EventOutbox,
  ) {}

  /**
   * The duties of a version that just came into force or was cancelled, one per body the registry names for
   * the service now: they are fixed here, as a later registry change does not undo an update already owed.
   */
  async open(manager: EntityManager, version: StandardVersion, service: ServiceRef): Promise<void> {
    const term = await this.terms.find(manager, version.standardId, 'public_information', version.id);
    if (!term) return;
    const roles = new Map<string, InformationUpdateRole[]>();
    if (service.ownerId) roles.set(service.ownerId, ['owner']);
    for (const id of service.providerIds) roles.set(id, [...(roles.get(id) ?? []), 'provider']);
    for (const [organizationId, bodyRoles] of roles)
      await manager
        .createQueryBuilder()
        .insert()
        .into(InformationUpdate)
        .values({
          id: randomUUID(),
          standardId: version.standardId,
          versionId: version.id,
          termId: term.id,
          organizationId,
          roles: bodyRoles,
          change: version.kind,
          updatedOn: null,
          confirmedAt: null,
          confirmedBy: null,
          overdueAt: null,
        })
        .orIgnore()
        .execute();
  }

  /** The duties of the latest adoption or change, each with where it stands. */
  async list(id: string): Promise<InformationUpdateResponseDto[]> {
    const { standard } = await this.standards.standardWithService(id);
    const duties = await this.latest(this.dataSource.manager, standard.id);
    const now = this.clock.now();
    return duties.map(({ update, term }) => this.toResponse(update, term, now));
  }

  /** An officer of an obliged body confirms that body's own update, dated the day it was made. */
  async confirm(
    id: string,
    caller: CallerIdentity,
    dto: ConfirmInformationUpdateDto,
  ): Promise<InformationUpdateResponseDto[]> {
    await this.dataSource.transaction(async (manager) => {
      const { standard } = await this.standards.lock(manager, id);
      const duties = await this.latest(manager, standard.id, true);
      if (duties.length === 0) throw standardsError(StandardsErrorCode.PublicationNotDue);
      const duty = duties.find((d) => d.update.organizationId === caller.organizationId);
      if (!duty || !hasRole(caller, ...StandardsRoles.informationUpdaters))
        throw informationUpdateError(InformationUpdateErrorCode.NotObliged);
      if (duty.update.confirmedAt) throw informationUpdateError(InformationUpdateErrorCode.AlreadyConfirmed);
      const now = this.clock.now();
      const today = this.calendar.localDate(now);
      const updatedOn = dto.updatedOn ?? today;
      requestedDayStart(this.calendar, updatedOn, 'updatedOn');
      const startsOn = this.calendar.localDate(duty.term.startsAt);
      if (updatedOn < startsOn || updatedOn > today) throw updateDateOutOfRange(updatedOn, startsOn, today);

      duty.update.updatedOn = updatedOn;
      duty.update.confirmedAt = now;
      duty.update.confirmedBy = caller.subject;
      await manager.save(duty.update);
      const late = updatedOn > duty.term.dueDate;
      await auditStandard(
        manager,
        caller,
        'information-update.confirm',
        standard.id,
        now,
        `Organisation ${duty.update.organizationId} updated on ${updatedOn}${late ? ' (late)' : ''}`,
      );
      await this.outbox.append(manager, {
        type: StandardsEventTypes.informationUpdateConfirmed,
        subject: standard.id,
        data: { ...this.payload(duty), updatedOn, confirmedAt: now.toISOString(), late },
      });
      // The version's term is met when the last body has updated, on the day of that update.
      if (duties.every((d) => d.update.updatedOn !== null)) {
        const last =
          duties
            .map((d) => d.update.updatedOn ?? '')
            .sort()
            .at(-1) ?? updatedOn;
        await this.terms.meet(
          manager,
          standard.id,
          'public_information',
          duty.update.versionId,
          this.calendar.startOfDay(last),
        );
      }
    });
    return this.list(id);
  }

  /**
   * The watcher found the term run out and this body unconfirmed: marked and raised once (the row is claimed
   * `FOR UPDATE SKIP LOCKED`, and a confirmation holds it while it writes).
   */
  async markOverdue(manager: EntityManager, duty: Duty, now: Date): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE information_update SET overdue_at = $2
        WHERE id = $1 AND overdue_at IS NULL AND confirmed_at IS NULL`,
      [duty.update.id, now],
    );
    if (affected === 0) return false;
    await auditStandard(
      manager,
      standardsSystem,
      'information-update.overdue',
      duty.update.standardId,
      now,
      `Organisation ${duty.update.organizationId} due ${duty.term.dueDate}`,
    );
    await this.outbox.append(manager, {
      type: StandardsEventTypes.informationUpdateOverdue,
      subject: duty.update.standardId,
      data: { ...this.payload(duty), overdueAt: now.toISOString() },
    });
    return true;
  }

  /** Who owes which update, and by when: what the events and the answers both say of a duty. */
  private facts(update: InformationUpdate, term: Duty['term']) {
    return {
      versionId: update.versionId,
      organizationId: update.organizationId,
      roles: update.roles,
      change: update.change,
      startsOn: this.calendar.localDate(term.startsAt),
      dueDate: term.dueDate,
      dueAt: term.dueAt.toISOString(),
    };
  }

  private payload({ update, serviceId, term }: Duty) {
    return { standardId: update.standardId, serviceId, ...this.facts(update, term) };
  }

  /** The duties of the newest version that has any (its term is the one still counting). */
  private async latest(manager: EntityManager, standardId: string, lock = false): Promise<Duty[]> {
    const builder = manager
      .createQueryBuilder(InformationUpdate, 'u')
      .where('u.standard_id = :standardId', { standardId })
      .andWhere(
        `u.version_id = (SELECT v.id FROM standard_version v JOIN information_update x ON x.version_id = v.id
                          WHERE v.standard_id = :standardId ORDER BY v.number DESC LIMIT 1)`,
      )
      .orderBy('u.organization_id');
    if (lock) builder.setLock('pessimistic_write');
    // The owner first, then the providers: every duty of a version is created in one transaction, so the
    // creation time cannot order them, and a reader expects the body answerable for the standard on top.
    const updates = (await builder.getMany()).sort(
      (a, b) => Number(b.roles.includes('owner')) - Number(a.roles.includes('owner')),
    );
    const [first] = updates;
    if (!first) return [];
    const term = await manager.findOneOrFail(StatutoryTerm, { where: { id: first.termId } });
    const { serviceId } = await manager.findOneOrFail(Standard, { where: { id: standardId } });
    return updates.map((update) => ({ update, serviceId, term }));
  }

  private toResponse(update: InformationUpdate, term: Duty['term'], now: Date): InformationUpdateResponseDto {
    return {
      ...this.facts(update, term),
      status: informationUpdateStatus(update, term.dueDate, term.dueAt, now),
      updatedOn: update.updatedOn,
      confirmedAt: update.confirmedAt?.toISOString() ?? null,
      overdueAt: update.overdueAt?.toISOString() ?? null,
    };
  }
}
