// TEMPORARY test double, to be deleted once @kzps/calendar exports its API: Asia/Almaty days and weekends
// only, no public holidays or transfers. It lets the integration test exercise every flow while the shared
// calendar does not exist; the service itself never uses it (its TermCalendar is the @kzps/calendar seam).
// With the library wired, the tests that compare API terms with `TermCalendar` check Kazakhstan's holidays.
import { TermCalendar, type TermEnd } from '../clocks/term-calendar';

const DAY = 86_400_000;
const OFFSET = 5 * 3_600_000;

function end(localMidnightUtc: number): TermEnd {
  const dueDate = new Date(localMidnightUtc + OFFSET).toISOString().slice(0, 10);
  return { dueDate, dueAt: new Date(localMidnightUtc + DAY - 1) };
}

export class DevTermCalendar extends TermCalendar {
  private startOf(instant: Date): number {
    const local = new Date(instant.getTime() + OFFSET);
    return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - OFFSET;
  }

  calendarDaysAfter(start: Date, days: number): TermEnd {
    return end(this.startOf(start) + days * DAY);
  }

  workingDaysAfter(start: Date, days: number): TermEnd {
    let t = this.startOf(start);
    let left = days;
    while (left > 0) {
      t += DAY;
      const d = new Date(t + OFFSET).getUTCDay();
      if (d !== 0 && d !== 6) left -= 1;
    }
    return end(t);
  }

  monthsAfter(start: Date, months: number): TermEnd {
    const local = new Date(start.getTime() + OFFSET);
    return end(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + months, local.getUTCDate()) - OFFSET);
  }

  localDate(instant: Date): string {
    return new Date(instant.getTime() + OFFSET).toISOString().slice(0, 10);
  }

  startOfDay(date: string): Date {
    return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET);
  }
}
