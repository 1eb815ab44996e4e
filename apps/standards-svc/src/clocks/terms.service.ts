import { Injectable } from '@nestjs/common';
import { StandardsEventTypes } from '@kzps/contracts';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from 'typeorm';
import { auditStandard, standardsSystem } from '../common/audit';
import { EventOutbox } from '../events/event-outbox';
import { Standard } from '../standards/standard.entity';
import { StatutoryTerm, termArticles, type TermKind } from './statutory-term.entity';
import { TermCalendar, type TermEnd } from './term-calendar';

export const STANDARD_SCOPE = 'standard';

/** How long each statutory term runs, in the calendar's own counting. */
export const statutoryTermEnd: Record<TermKind, (calendar: TermCalendar, start: Date) => TermEnd> = {
  // Art. 7.1: the standard within three months of inclusion in the registry.
  standard_adoption: (calendar, start) => calendar.monthsAfter(start, 3),
  // Art. 9.5: the public discussion within thirty calendar days of inclusion.
  public_discussion: (calendar, start) => calendar.calendarDaysAfter(start, 30),
  // Art. 17.2: public information within three working days of adoption or change.
  public_information: (calendar, start) => calendar.workingDaysAfter(start, 3),
  // Art. 10.1: the reglament within a month of the standard's adoption.
  reglament: (calendar, start) => calendar.monthsAfter(start, 1),
  // Art. 25: standards in force aligned with the law within three months of its entry into force.
  transition_alignment: (calendar, start) => calendar.monthsAfter(start, 3),
};

/** A term that ran out, as the watcher (or a late completion) found it. */
export interface RunOutTerm {
  id: string;
  standardId: string;
  serviceId: string;
  kind: TermKind;
  dueDate: string;
  dueAt: Date;
}

/** Opens, meets, misses and lists statutory terms; the arithmetic is the calendar library's. */
@Injectable()
export class TermsService {
  constructor(
    private readonly calendar: TermCalendar,
    private readonly outbox: EventOutbox,
  ) {}

  /** Art. 7.1 and 9.5: both clocks start when the service enters the registry. */
  async openInclusionTerms(manager: EntityManager, standardId: string, includedAt: Date): Promise<void> {
    await this.open(manager, standardId, 'standard_adoption', STANDARD_SCOPE, includedAt);
    await this.open(manager, standardId, 'public_discussion', STANDARD_SCOPE, includedAt);
  }

  /**
   * A service included again after its exclusion (a new Government decision, Art. 6.3): the inclusion
   * clocks that stopped at the exclusion start again from the new inclusion. Met ones stay met.
   */
  async reopenInclusionTerms(manager: EntityManager, standardId: string, includedAt: Date): Promise<void> {
    const lapsed = await manager.find(StatutoryTerm, {
      where: { standardId, scope: STANDARD_SCOPE, status: 'lapsed' },
    });
    for (const term of lapsed) {
      const end = this.endOf(term.kind, includedAt);
      await manager.update(
        StatutoryTerm,
        { id: term.id },
        { status: 'open', startsAt: includedAt, ...end, metAt: null, missedAt: null },
      );
    }
  }

  /**
   * Art. 17.2: public information after adoption, change or cancellation; Art. 10.1: the reglament, within a
   * month of the standard's adoption, so from the day of the approving act (`reglamentFrom`; null for a
   * cancellation, which needs no reglament).
   */
  async openAdoptionTerms(
    manager: EntityManager,
    standardId: string,
    versionId: string,
    inForceFrom: Date,
    reglamentFrom: Date | null,
  ): Promise<void> {
    await this.open(manager, standardId, 'public_information', versionId, inForceFrom);
    if (reglamentFrom) await this.open(manager, standardId, 'reglament', versionId, reglamentFrom);
  }

  /** Where a term of this kind, started at `start`, ends (on another calendar when recounting). */
  endOf(kind: TermKind, start: Date, calendar: TermCalendar = this.calendar): TermEnd {
    return statutoryTermEnd[kind](calendar, start);
  }

  async open(
    manager: EntityManager,
    standardId: string,
    kind: TermKind,
    scope: string,
    startsAt: Date,
  ): Promise<void> {
    const end = this.endOf(kind, startsAt);
    await manager
      .createQueryBuilder()
      .insert()
      .into(StatutoryTerm)
      .values({
        id: randomUUID(),
        standardId,
        kind,
        scope,
        startsAt,
        ...end,
        status: 'open',
        metAt: null,
        missedAt: null,
      })
      .orIgnore()
      .execute();
  }

  /**
   * Records that a term was met at `at`: the start of the day of the act that meets it, not the moment the
   * act was entered. A term that ran out before `at` is missed, whether or not the watcher got to it first:
   * if it did not, the miss is recorded and raised here, once (the row is locked, so the watcher and this
   * never both raise it), and the term ends `met_late`, the miss on record. A term the watcher found run out
   * before its act was entered, but whose act is dated in time, was met: `met`, its `missedAt` kept.
   */
  async meet(
    manager: EntityManager,
    standardId: string,
    kind: TermKind,
    scope: string,
    at: Date,
  ): Promise<void> {
    const term = await manager.findOne(StatutoryTerm, {
      where: { standardId, kind, scope },
      lock: { mode: 'pessimistic_write' },
    });
    if (!term || term.metAt) return;
    if (term.status === 'open' && at > term.dueAt) {
      const { serviceId } = await manager.findOneOrFail(Standard, { where: { id: standardId } });
      await this.markMissed(manager, { ...term, serviceId }, at);
      term.status = 'missed';
    }
    const inTime = at <= term.dueAt;
    const status =
      term.status === 'open' || (term.status === 'missed' && inTime)
        ? 'met'
        : term.status === 'missed'
          ? 'met_late'
          : term.status;
    await manager.update(StatutoryTerm, { id: term.id }, { status, metAt: at });
  }

  /**
   * A term ran out: marked missed (only if still open), audited and raised as `term.missed`, all in the
   * caller's transaction. Returns false when the term was no longer open.
   */
  async markMissed(manager: EntityManager, term: RunOutTerm, now: Date): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE statutory_term SET status = 'missed', missed_at = $2 WHERE id = $1 AND status = 'open'`,
      [term.id, now],
    );
    if (affected === 0) return false;
    await auditStandard(
      manager,
      standardsSystem,
      'term.missed',
      term.standardId,
      now,
      `${term.kind} due ${term.dueDate}`,
    );
    await this.outbox.append(manager, {
      type: StandardsEventTypes.termMissed,
      subject: term.standardId,
      data: {
        standardId: term.standardId,
        serviceId: term.serviceId,
        termId: term.id,
        kind: term.kind,
        article: termArticles[term.kind],
        dueDate: term.dueDate,
        dueAt: term.dueAt.toISOString(),
        missedAt: now.toISOString(),
      },
    });
    return true;
  }

  /**
   * Terms that no longer apply (service excluded, version replaced or cancelled) stop being watched and
   * stop counting as overdue; met ones keep their record, and a lapsed one keeps its `missedAt`.
   */
  async lapse(manager: EntityManager, standardId: string, scope?: string): Promise<void> {
    const builder = manager
      .createQueryBuilder()
      .update(StatutoryTerm)
      .set({ status: 'lapsed' })
      .where("standard_id = :standardId AND status IN ('open', 'missed')", { standardId });
    if (scope) builder.andWhere('scope = :scope', { scope });
    await builder.execute();
  }

  /**
   * After the calendar changed (a decree moved a day off), every open term is counted again from its
   * start on the new calendar; met and missed ones stay as they were decided.
   */
  async recountOpen(manager: EntityManager, calendar: TermCalendar): Promise<number> {
    const open = await manager.find(StatutoryTerm, { where: { status: 'open' } });
    let changed = 0;
    for (const term of open) {
      const end = this.endOf(term.kind, term.startsAt, calendar);
      const same =
        end.dueDate === term.dueDate &&
        end.dueAt.getTime() === term.dueAt.getTime() &&
        end.provisional === term.provisional &&
        // jsonb keeps its own key order, so compare the days, not their JSON text.
        isDeepStrictEqual(end.skipped, term.skipped);
      if (same) continue;
      await manager.update(StatutoryTerm, { id: term.id }, end);
      if (end.dueDate !== term.dueDate) changed += 1;
    }
    return changed;
  }

  find(
    manager: EntityManager,
    standardId: string,
    kind: TermKind,
    scope: string,
  ): Promise<StatutoryTerm | null> {
    return manager.findOne(StatutoryTerm, { where: { standardId, kind, scope } });
  }

  list(manager: EntityManager, standardIds: readonly string[]): Promise<StatutoryTerm[]> {
    if (standardIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(StatutoryTerm, 't')
      .where('t.standard_id IN (:...standardIds)', { standardIds })
      .orderBy('t.due_at', 'ASC')
      .getMany();
  }
}
