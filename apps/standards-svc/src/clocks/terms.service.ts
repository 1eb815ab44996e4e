import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TermCalendar, type TermEnd } from './term-calendar';
import { StatutoryTerm, type TermKind } from './statutory-term.entity';

export const STANDARD_SCOPE = 'standard';

/** How long each statutory term runs, in the calendar's own counting. */
const termRules: Record<TermKind, (calendar: TermCalendar, start: Date) => TermEnd> = {
  // Art. 7.1: the standard within three months of inclusion in the registry.
  standard_adoption: (calendar, start) => calendar.monthsAfter(start, 3),
  // Art. 9.5: the public discussion within thirty calendar days of inclusion.
  public_discussion: (calendar, start) => calendar.calendarDaysAfter(start, 30),
  // Art. 17.2: public information within three working days of adoption or change.
  public_information: (calendar, start) => calendar.workingDaysAfter(start, 3),
  // Art. 10.1: the reglament within a month of the standard's adoption.
  reglament: (calendar, start) => calendar.monthsAfter(start, 1),
};

/** Opens, meets and lists statutory terms; the arithmetic is the calendar library's. */
@Injectable()
export class TermsService {
  constructor(private readonly calendar: TermCalendar) {}

  /** Art. 7.1 and 9.5: both clocks start when the service enters the registry. */
  async openInclusionTerms(manager: EntityManager, standardId: string, includedAt: Date): Promise<void> {
    await this.open(manager, standardId, 'standard_adoption', STANDARD_SCOPE, includedAt);
    await this.open(manager, standardId, 'public_discussion', STANDARD_SCOPE, includedAt);
  }

  /** Art. 17.2: public information after adoption, change or cancellation; Art. 10.1: the reglament. */
  async openAdoptionTerms(
    manager: EntityManager,
    standardId: string,
    versionId: string,
    inForceFrom: Date,
    withReglament: boolean,
  ): Promise<void> {
    await this.open(manager, standardId, 'public_information', versionId, inForceFrom);
    if (withReglament) await this.open(manager, standardId, 'reglament', versionId, inForceFrom);
  }

  /** Where a term of this kind, started at `start`, ends (on another calendar when recounting). */
  endOf(kind: TermKind, start: Date, calendar: TermCalendar = this.calendar): TermEnd {
    return termRules[kind](calendar, start);
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
        dueDate: end.dueDate,
        dueAt: end.dueAt,
        status: 'open',
        metAt: null,
        missedAt: null,
      })
      .orIgnore()
      .execute();
  }

  /** Records that a term was met; a term already missed keeps that status but gets the late date. */
  async meet(
    manager: EntityManager,
    standardId: string,
    kind: TermKind,
    scope: string,
    at: Date,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(StatutoryTerm)
      .set({ status: () => `CASE WHEN status = 'open' THEN 'met' ELSE status END`, metAt: at })
      .where('standard_id = :standardId AND kind = :kind AND scope = :scope AND met_at IS NULL', {
        standardId,
        kind,
        scope,
      })
      .execute();
  }

  /** Open terms that no longer apply stop being watched; met and missed ones keep their record. */
  async lapse(manager: EntityManager, standardId: string, scope?: string): Promise<void> {
    const builder = manager
      .createQueryBuilder()
      .update(StatutoryTerm)
      .set({ status: 'lapsed' })
      .where("standard_id = :standardId AND status = 'open'", { standardId });
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
      if (end.dueDate === term.dueDate && end.dueAt.getTime() === term.dueAt.getTime()) continue;
      await manager.update(StatutoryTerm, { id: term.id }, { dueDate: end.dueDate, dueAt: end.dueAt });
      changed += 1;
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
