import { stepsFitTerm } from './reglament-term';

const term = (value: number, unit: 'minutes' | 'hours' | 'working_days' | 'calendar_days') => ({
  value,
  unit,
  acceptanceDayCounts: true,
});

describe('stepsFitTerm (Art. 11.1.2)', () => {
  it('accepts steps that add up to exactly the term', () => {
    const fit = stepsFitTerm(
      [
        { value: 4, unit: 'hours' },
        { value: 240, unit: 'minutes' },
        { value: 2, unit: 'working_days' },
      ],
      term(3, 'working_days'),
    );
    expect(fit).toMatchObject({ fits: true, total: 3, limit: 3 });
  });

  it('refuses steps one minute longer than the term', () => {
    const fit = stepsFitTerm(
      [
        { value: 3, unit: 'working_days' },
        { value: 1, unit: 'minutes' },
      ],
      term(3, 'working_days'),
    );
    expect(fit).toMatchObject({ fits: false, total: 4, limit: 3 });
  });

  it('refuses a step counted in days against a term in hours', () => {
    const fit = stepsFitTerm([{ value: 1, unit: 'working_days' }], term(30, 'hours'));
    expect(fit).toMatchObject({ fits: false, incomparableSteps: [0] });
  });

  it('counts each working day as at least one calendar day against a calendar-day term', () => {
    expect(stepsFitTerm([{ value: 10, unit: 'working_days' }], term(10, 'calendar_days')).fits).toBe(true);
    expect(
      stepsFitTerm(
        [
          { value: 10, unit: 'working_days' },
          { value: 30, unit: 'minutes' },
        ],
        term(10, 'calendar_days'),
      ).fits,
    ).toBe(false);
  });
});
