import { acceptanceDayCountsOn } from './application-terms';

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
