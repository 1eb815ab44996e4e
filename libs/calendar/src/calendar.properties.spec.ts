import fc from 'fast-check';
import { addDays, addMonths, WorkingCalendar, type LocalDate, type TermUnit } from './index';

const calendar = new WorkingCalendar();

/** Any day of the years with verified data, and the first weeks of the next one. */
const dates: fc.Arbitrary<LocalDate> = fc
  .integer({ min: 0, max: 4 * 366 - 1 })
  .map((offset) => addDays('2024-01-01', offset));

/** Any instant from 1 March 2024 (one offset, UTC+5) to the end of 2027. */
const instants = fc
  .integer({ min: Date.UTC(2024, 1, 29, 19), max: Date.UTC(2027, 11, 31, 18) })
  .map((ms) => new Date(ms));

const dayUnits = fc.constantFrom<TermUnit>('working_days', 'calendar_days', 'months');

describe('calendar properties', () => {
  it('adding N working days lands on a working day exactly N working days later', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (date, n) => {
        const result = calendar.addWorkingDays(date, n);
        return calendar.isWorkingDay(result) && calendar.workingDaysBetween(date, result) === n;
      }),
      { numRuns: 2_000 },
    );
  });

  it('"N working days before" a date is a working day that leaves exactly N working days up to it', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (date, n) => {
        const before = calendar.workingDaysBefore(date, n);
        return (
          before < date && calendar.isWorkingDay(before) && calendar.workingDaysBetween(before, date) === n
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it('an explained answer gives the same date and lists exactly the days off in between', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -40, max: 40 }), (date, n) => {
        const { date: result, skipped } = calendar.explainAddWorkingDays(date, n);
        const [from, to] = n < 0 ? [result, date] : [date, result];
        const daysOff: LocalDate[] = [];
        for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
          if (!calendar.isWorkingDay(day)) daysOff.push(day);
        }
        return (
          result === calendar.addWorkingDays(date, n) &&
          skipped.map((day) => day.date).join() === daysOff.join() &&
          skipped.every((day) => day.reason.kk.length > 0 && day.reason.ru.length > 0)
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a term never ends on a non-working day, and ends at 23:59:59.999 in Kazakhstan', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 1, max: 90 }),
        dayUnits,
        fc.boolean(),
        (start, amount, unit, counts) => {
          const term = calendar.term({
            start,
            amount: unit === 'months' ? 1 + (amount % 12) : amount,
            unit,
            startDayCounts: counts,
          });
          return calendar.isWorkingDay(term.dueDate) && term.due === `${term.dueDate}T23:59:59.999+05:00`;
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('a term of N working days holds exactly N working days from its first day', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 90 }), fc.boolean(), (start, amount, counts) => {
        const term = calendar.term({ start, amount, unit: 'working_days', startDayCounts: counts });
        return calendar.workingDaysBetween(addDays(term.firstDay, -1), term.dueDate) === amount;
      }),
      { numRuns: 2_000 },
    );
  });

  it('a later start never gives an earlier end', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        fc.integer({ min: 1, max: 40 }),
        dayUnits,
        (start, delay, amount, unit) => {
          const later = new Date(Math.min(start.getTime() + delay, Date.UTC(2027, 11, 31, 18)));
          const size = unit === 'months' ? 1 + (amount % 6) : amount;
          return (
            calendar.term({ start, amount: size, unit }).dueDate <=
            calendar.term({ start: later, amount: size, unit }).dueDate
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('a suspension pushes the end by exactly the working days it suspended', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 20 }),
        (start, amount, from, length) => {
          const plain = calendar.term({ start, amount, unit: 'working_days' });
          const suspension = {
            from: addDays(plain.firstDay, from),
            to: addDays(plain.firstDay, from + length),
          };
          const suspended = calendar.term({ start, amount, unit: 'working_days', suspensions: [suspension] });
          return (
            calendar.isWorkingDay(suspended.dueDate) &&
            calendar.workingDaysBetween(plain.dueDate, suspended.dueDate) === suspended.suspendedWorkingDays
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });

  /** The last day of a term in calendar days or months before any move off a non-working day. */
  const lastDayOf = (firstDay: LocalDate, amount: number, unit: TermUnit): LocalDate =>
    unit === 'months' ? addMonths(addDays(firstDay, -1), amount) : addDays(firstDay, amount - 1);

  it.each<TermUnit>(['calendar_days', 'months'])(
    'a suspension of a term in %s pushes its last day by the days suspended, then moves it to a working day',
    (unit) => {
      fc.assert(
        fc.property(
          instants,
          fc.integer({ min: 1, max: 40 }),
          fc.boolean(),
          fc.integer({ min: 0, max: 60 }),
          fc.integer({ min: 0, max: 20 }),
          (start, rawAmount, counts, from, length) => {
            const amount = unit === 'months' ? 1 + (rawAmount % 4) : rawAmount;
            const request = { start, amount, unit, startDayCounts: counts };
            const plain = calendar.term(request);
            const suspension = {
              from: addDays(plain.firstDay, from),
              to: addDays(plain.firstDay, from + length),
            };
            const suspended = calendar.term({ ...request, suspensions: [suspension] });
            const plainLastDay = lastDayOf(plain.firstDay, amount, unit);
            const applies = suspension.from <= plain.dueDate;
            const expected = !applies
              ? plain.dueDate
              : suspension.from <= plainLastDay
                ? calendar.nextWorkingDayFrom(addDays(plainLastDay, length + 1))
                : calendar.nextWorkingDayFrom(addDays(suspension.to, 1));
            return (
              suspended.dueDate === expected &&
              suspended.suspendedDays === (applies ? length + 1 : 0) &&
              calendar.isWorkingDay(suspended.dueDate) &&
              suspended.dueDate >= plain.dueDate &&
              // A term never ends while it is suspended.
              !(suspended.dueDate >= suspension.from && suspended.dueDate <= suspension.to)
            );
          },
        ),
        { numRuns: 1_000 },
      );
    },
  );
});
