import { WorkingCalendar } from '@kzps/calendar';
import type { CalendarStore } from '@kzps/calendar-store';
import { acceptanceDayCountsOn, ApplicationTerms } from './application-terms';

describe('the day of acceptance in the term (Art. 14.1)', () => {
  const perChannel = [
    { channel: 'provider', acceptanceDayCounts: false },
    { channel: 'psc', acceptanceDayCounts: true },
  ];

  it('follows the rule the pinned version carries for the channel', () => {
    const term = { value: 5, unit: 'working_days', acceptanceDayCounts: true, perChannel };
    expect(acceptanceDayCountsOn(term, 'psc')).toBe(true);
    expect(acceptanceDayCountsOn(term, 'provider')).toBe(false);
  });

  it('reads a version published before the rules per channel as the PSC channels’ flag', () => {
    const term = { value: 5, unit: 'working_days', acceptanceDayCounts: true };
    expect(acceptanceDayCountsOn(term, 'specialised_psc')).toBe(true);
    expect(acceptanceDayCountsOn(term, 'electronic')).toBe(false);
    expect(acceptanceDayCountsOn({ ...term, acceptanceDayCounts: false }, 'psc')).toBe(false);
  });
});

describe('terms remembered per calendar revision', () => {
  const calendar = new WorkingCalendar();
  // Tuesday 8 December 2026 made a day off, Saturday the 12th a working day.
  const amended = calendar.withAmendments([
    {
      id: 'transfer-2026-12',
      kind: 'transfer',
      from: '2026-12-12',
      to: '2026-12-08',
      legalBasis: { kk: 'Тестілік бұйрық', ru: 'Тестовый приказ' },
    },
  ]);
  const store = { current: () => calendar } as unknown as CalendarStore;
  const days = { value: 3, unit: 'working_days', acceptanceDayCounts: true };

  it('ends a term in days alike for every acceptance of the day, and counts it again on a new revision', () => {
    const terms = new ApplicationTerms(store);
    // Monday 7 December 2026, 09:00 and 17:30 in Astana; the day of acceptance counts at a PSC (Art. 14.1).
    const morning = terms.termOf(new Date('2026-12-07T04:00:00Z'), days, 'psc');
    const evening = terms.termOf(new Date('2026-12-07T12:30:00Z'), days, 'psc');
    expect(evening).toEqual(morning);
    expect(morning.dueDate).toBe('2026-12-09');
    expect(Object.isFrozen(morning.skipped)).toBe(true);
    const onAmended = terms.termOf(new Date('2026-12-07T04:00:00Z'), days, 'psc', amended);
    expect(onAmended.dueDate).toBe('2026-12-10');
    // The next day, and another channel's rule, are their own terms.
    expect(terms.termOf(new Date('2026-12-08T04:00:00Z'), days, 'psc').dueDate).toBe('2026-12-10');
    const atProvider = terms.termOf(new Date('2026-12-07T04:00:00Z'), days, 'provider');
    expect(atProvider.dueDate).toBe('2026-12-10');
    expect(atProvider.handoverDueAt).toBeNull();
  });

  it('counts a term in hours from the moment of acceptance, never from a remembered one', () => {
    const terms = new ApplicationTerms(store);
    const hours = { value: 2, unit: 'hours', acceptanceDayCounts: true };
    const first = terms.termOf(new Date('2026-12-16T04:00:00Z'), hours, 'psc');
    const later = terms.termOf(new Date('2026-12-16T05:15:00Z'), hours, 'psc');
    expect(later.dueAt.getTime() - first.dueAt.getTime()).toBe(75 * 60_000);
  });
});
