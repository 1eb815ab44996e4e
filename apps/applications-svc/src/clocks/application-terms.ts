import { Injectable } from '@nestjs/common';
import {
  endOfLocalDay,
  localDateOf,
  termUnits,
  type SkippedDay,
  type TermUnit,
  type WorkingCalendar,
} from '@kzps/calendar';
import { CalendarStore } from '@kzps/calendar-store';
import type { ApplicationChannel, PinnedTermV1 } from '@kzps/contracts';

/** Where an application's term ends, and when its result must be at the PSC. */
export interface ApplicationTerm {
  dueDate: string;
  dueAt: Date;
  /** Art. 5.5.5; null outside the PSC channels. */
  handoverDueAt: Date | null;
  /** The days the calendar did not count, each with its reason in Kazakh and Russian. */
  skipped: SkippedDay[];
  /** A year the term touches has no final calendar yet (see @kzps/calendar). */
  provisional: boolean;
}

export function isPscChannel(channel: ApplicationChannel): boolean {
  return channel === 'psc' || channel === 'specialised_psc';
}

/**
 * Art. 14.1: whether the day of acceptance counts, by the rule the pinned standard version carries for the
 * channel (`perChannel`). A version published before the rules were carried per channel had one flag, meant
 * for the PSC channels: elsewhere the term starts the next day (Civil Code Art. 172).
 */
export function acceptanceDayCountsOn(term: PinnedTermV1, channel: ApplicationChannel): boolean {
  const rule = term.perChannel?.find((r) => r.channel === channel);
  return rule ? rule.acceptanceDayCounts : isPscChannel(channel) && term.acceptanceDayCounts;
}

function termUnitOf(unit: string): TermUnit {
  const known = termUnits.find((candidate) => candidate === unit);
  // standards-svc accepts only these units; another one is a broken event, not a client's mistake.
  if (!known) throw new Error(`The standard's term unit ${unit} is not one the calendar counts`);
  return known;
}

/**
 * Art. 5.5.5: the provider sends the result to the PSC no later than a day before the term ends, read as
 * the end of the working day before the last day (the PSC must be open to receive it). A term in minutes
 * or hours, or one whose last day is its first, leaves no day before: the handover is due with the term.
 */
function handoverDue(
  calendar: WorkingCalendar,
  unit: TermUnit,
  firstDay: string,
  dueDate: string,
  dueAt: Date,
): Date {
  if (unit === 'minutes' || unit === 'hours') return dueAt;
  const dayBefore = calendar.workingDaysBefore(dueDate, 1);
  return dayBefore < firstDay ? dueAt : endOfLocalDay(dayBefore);
}

/** Terms remembered per calendar revision; past this many the revision's are forgotten and counted again. */
const REMEMBERED_TERMS = 1_000;

/**
 * The terms of an application on this service's copy of Kazakhstan's calendar (libs/calendar-store, kept by
 * the registry's calendar events). The service never adds days to a Date itself.
 */
@Injectable()
export class ApplicationTerms {
  constructor(private readonly store: CalendarStore) {}

  /**
   * A term counted in days ends the same for every application accepted on the same local day under the same
   * rule, so each is counted once per calendar revision (a WorkingCalendar never changes; an amendment makes
   * a new one, which starts with nothing remembered). Frozen: every receipt of the day shares it.
   */
  private readonly remembered = new WeakMap<WorkingCalendar, Map<string, Readonly<ApplicationTerm>>>();

  /** `calendar`: the copy's current calendar, or a new revision being applied (clocks/calendar-events.consumer.ts). */
  termOf(
    acceptedAt: Date,
    term: PinnedTermV1,
    channel: ApplicationChannel,
    calendar: WorkingCalendar = this.store.current(),
  ): ApplicationTerm {
    const atPsc = isPscChannel(channel);
    const unit = termUnitOf(term.unit);
    const startDayCounts = acceptanceDayCountsOn(term, channel);
    if (unit === 'minutes' || unit === 'hours') {
      return this.count(calendar, acceptedAt, term.value, unit, startDayCounts, atPsc);
    }
    let terms = this.remembered.get(calendar);
    if (!terms || terms.size >= REMEMBERED_TERMS) {
      terms = new Map();
      this.remembered.set(calendar, terms);
    }
    const key = `${localDateOf(acceptedAt)} ${term.value} ${unit} ${startDayCounts} ${atPsc}`;
    let counted = terms.get(key);
    if (!counted) {
      const fresh = this.count(calendar, acceptedAt, term.value, unit, startDayCounts, atPsc);
      counted = Object.freeze({ ...fresh, skipped: Object.freeze(fresh.skipped) as SkippedDay[] });
      terms.set(key, counted);
    }
    return counted;
  }

  private count(
    calendar: WorkingCalendar,
    acceptedAt: Date,
    amount: number,
    unit: TermUnit,
    startDayCounts: boolean,
    atPsc: boolean,
  ): ApplicationTerm {
    const result = calendar.term({
      start: acceptedAt,
      amount,
      unit,
      startDayCounts,
    });
    return {
      dueDate: result.dueDate,
      dueAt: result.dueAt,
      handoverDueAt: atPsc
        ? handoverDue(calendar, unit, result.firstDay, result.dueDate, result.dueAt)
        : null,
      skipped: result.skipped,
      provisional: result.provisional,
    };
  }
}
