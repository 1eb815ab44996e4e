import { WorkingCalendar } from '@kzps/calendar';
import type { TermUnit } from '../standards/standard-content';
import { stepsFitTerm, type StepDuration } from './reglament-term';

const calendar = new WorkingCalendar();
// The year from 1 January 2026: New Year, 8 March, Nauryz (21-25 March), the May holidays, ...
const from = '2026-01-01';
const term = (value: number, unit: TermUnit, acceptanceDayCounts = true) => ({
  value,
  unit,
  acceptanceDayCounts,
});
const days = (value: number, unit: StepDuration['unit'] = 'working_days'): StepDuration => ({ value, unit });
const fit = (steps: StepDuration[], against: ReturnType<typeof term>) =>
  stepsFitTerm(steps, against, calendar, from, against.acceptanceDayCounts);

describe('stepsFitTerm (Art. 11.1.2)', () => {
  it.each([
    {
      name: '4 h + 240 min + 2 working days against 3 working days',
      steps: [days(4, 'hours'), days(240, 'minutes'), days(2)],
      against: term(3, 'working_days'),
      fits: true,
      total: 3,
    },
    {
      name: '3 working days + 1 minute against 3 working days',
      steps: [days(3), days(1, 'minutes')],
      against: term(3, 'working_days'),
      fits: false,
      total: 4,
    },
    {
      name: '30 minutes, then 3 working days, against 4 working days',
      steps: [days(30, 'minutes'), days(3)],
      against: term(4, 'working_days'),
      fits: true,
      total: 4,
    },
    {
      name: '3 working days + 9 hours against 4 working days',
      steps: [days(3), days(9, 'hours')],
      against: term(4, 'working_days'),
      fits: false,
      total: 5,
    },
    {
      name: '90 + 30 minutes against 2 hours',
      steps: [days(90, 'minutes'), days(30, 'minutes')],
      against: term(2, 'hours'),
      fits: true,
      total: 2,
    },
    {
      name: '2 hours + 1 minute against 2 hours',
      steps: [days(2, 'hours'), days(1, 'minutes')],
      against: term(2, 'hours'),
      fits: false,
      total: 3,
    },
  ])('$name: fits $fits, $total in the term’s unit', ({ steps, against, fits, total }) => {
    expect(fit(steps, against)).toMatchObject({ fits, total, limit: against.value });
  });

  it('refuses a step counted in days against a term in hours', () => {
    expect(fit([days(1), days(2, 'hours')], term(30, 'hours'))).toMatchObject({
      fits: false,
      incomparableSteps: [0],
    });
  });

  it('never lets 5 working days pass for a 5-calendar-day term: a week-end always falls in some week', () => {
    // By hand: accepted on Thursday 1 January 2026 (a holiday, the day counts): 1-2 January are holidays,
    // 3-4 a week-end, 7 January Christmas, so the five working days are 5, 6, 8, 9 and 12 January; the five
    // calendar days end on Monday 5 January.
    expect(fit([days(5)], term(5, 'calendar_days'))).toMatchObject({
      fits: false,
      total: 12,
      worstCase: { acceptedOn: '2026-01-01', stepsEndOn: '2026-01-12', termEndsOn: '2026-01-05' },
    });
  });

  it('finds the Nauryz week where 5 working days outrun even 7 calendar days', () => {
    // Accepted on Friday 20 March: 21-25 March are Nauryz with its moved days off, so the steps end on
    // 31 March (20, 26, 27, 30, 31) while seven calendar days end on 26 March.
    expect(fit([days(5)], term(7, 'calendar_days'))).toMatchObject({
      fits: false,
      worstCase: { acceptedOn: '2026-03-20', stepsEndOn: '2026-03-31', termEndsOn: '2026-03-26' },
    });
  });

  it('lets 5 working days through against 14 calendar days, the worst week of the year included', () => {
    const result = fit([days(5)], term(14, 'calendar_days'));
    expect(result.fits).toBe(true);
  });

  it('lays steps out in order: a calendar-day wait after working days runs over the week-end', () => {
    // 2 working days, then a 3-day wait for the applicant, against 5 working days.
    expect(fit([days(2), days(3, 'calendar_days')], term(5, 'working_days')).fits).toBe(true);
    // Accepted 6 January: 6, 8, 9, 12 January (7th is Christmas), three days' wait to the 15th; the five
    // working days end on the 13th.
    expect(fit([days(4), days(3, 'calendar_days')], term(5, 'working_days'))).toMatchObject({
      fits: false,
      worstCase: { acceptedOn: '2026-01-06', stepsEndOn: '2026-01-15', termEndsOn: '2026-01-13' },
    });
  });

  it('counts the term and the steps from the day of acceptance only where it counts (Art. 14.1)', () => {
    const counted = fit([days(2)], term(2, 'calendar_days', true)).worstCase;
    const notCounted = fit([days(2)], term(2, 'calendar_days', false)).worstCase;
    if (!counted || !notCounted) throw new Error('no worst case');
    // By hand: the May holidays (7 May, and 9 May moved to Monday 11 May). Counted from the day of
    // acceptance, the worst is accepting on 7 May itself; counted from the next day, accepting on 6 May.
    expect(counted).toEqual({ acceptedOn: '2026-05-07', stepsEndOn: '2026-05-12', termEndsOn: '2026-05-08' });
    expect(notCounted).toEqual({
      acceptedOn: '2026-05-06',
      stepsEndOn: '2026-05-12',
      termEndsOn: '2026-05-08',
    });
    for (const [worst, startDayCounts] of [
      [counted, true],
      [notCounted, false],
    ] as const) {
      const { acceptedOn, termEndsOn } = worst;
      expect(
        calendar.term({
          start: `${acceptedOn}T00:00:00+05:00`,
          amount: 2,
          unit: 'calendar_days',
          startDayCounts,
        }).dueDate,
      ).toBe(termEndsOn);
    }
  });
});
