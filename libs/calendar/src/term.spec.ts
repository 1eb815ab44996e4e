import { WorkingCalendar, type TermRequest } from './index';

const calendar = new WorkingCalendar();

describe('terms counted as a lawyer would by hand', () => {
  it.each<[string, TermRequest, string, string[]]>([
    [
      "five working days from New Year's Eve 2024, over the transfer and Christmas",
      { start: '2024-12-31T10:00:00+05:00', amount: 5, unit: 'working_days' },
      '2025-01-10',
      ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-07'],
    ],
    [
      'five working days (Art. 25: a complaint) over Nauryz 2026',
      { start: '2026-03-19T10:00:00+05:00', amount: 5, unit: 'working_days' },
      '2026-03-31',
      ['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-28', '2026-03-29'],
    ],
    [
      "five working days over Women's day on a Sunday",
      { start: '2026-03-06T15:00:00+05:00', amount: 5, unit: 'working_days' },
      '2026-03-16',
      ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-14', '2026-03-15'],
    ],
    [
      'five working days over the May holidays of 2026',
      { start: '2026-05-06T09:00:00+05:00', amount: 5, unit: 'working_days' },
      '2026-05-15',
      ['2026-05-07', '2026-05-09', '2026-05-10', '2026-05-11'],
    ],
    [
      'one working day ending on the Saturday worked in May 2024',
      { start: '2024-05-03T11:00:00+05:00', amount: 1, unit: 'working_days' },
      '2024-05-04',
      [],
    ],
    [
      'two working days over the transferred 8 May 2024',
      { start: '2024-05-06T11:00:00+05:00', amount: 2, unit: 'working_days' },
      '2024-05-13',
      ['2024-05-07', '2024-05-08', '2024-05-09', '2024-05-11', '2024-05-12'],
    ],
    [
      'two working days across the year boundary into 2027',
      { start: '2026-12-30T16:00:00+05:00', amount: 2, unit: 'working_days' },
      '2027-01-05',
      ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'],
    ],
    [
      'thirty calendar days (Art. 9.5: public discussion) ending on Nauryz move to the next working day',
      { start: '2026-02-20T10:00:00+05:00', amount: 30, unit: 'calendar_days' },
      '2026-03-26',
      ['2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25'],
    ],
    [
      'one month from 30 January ends on the last day of February, then moves past the weekend',
      { start: '2026-01-30T10:00:00+05:00', amount: 1, unit: 'months' },
      '2026-03-02',
      ['2026-02-28', '2026-03-01'],
    ],
    [
      'three months (Art. 7.1: a standard) from 21 December end on Nauryz and move',
      { start: '2025-12-21T10:00:00+05:00', amount: 3, unit: 'months' },
      '2026-03-26',
      ['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25'],
    ],
    [
      'three months ending on a working day stay there',
      { start: '2026-02-25T10:00:00+05:00', amount: 3, unit: 'months' },
      '2026-05-25',
      [],
    ],
  ])('%s', (_name, request, dueDate, skipped) => {
    const term = calendar.term(request);
    expect(term.dueDate).toBe(dueDate);
    expect(term.due).toBe(`${dueDate}T23:59:59.999+05:00`);
    expect(term.skipped.map((day) => day.date)).toEqual(skipped);
  });

  it('counts the day of acceptance itself when the law says so (Art. 14.1)', () => {
    const accepted = { start: '2026-03-20T10:00:00+05:00', amount: 1, unit: 'working_days' } as const;
    expect(calendar.term({ ...accepted, startDayCounts: true }).dueDate).toBe('2026-03-20');
    expect(calendar.term(accepted).dueDate).toBe('2026-03-26');
    expect(calendar.term({ ...accepted, startDayCounts: true }).firstDay).toBe('2026-03-20');
  });

  it.each([
    // Counting 31 January equals an event on 30 January: one month later is 28 February (no 30th), a
    // Saturday, so the term ends on Monday 2 March.
    ['2026-01-31T10:00:00+05:00', '2026-03-02', ['2026-02-28', '2026-03-01']],
    // Counting 31 March equals an event on 30 March: 30 April, a Thursday.
    ['2026-03-31T10:00:00+05:00', '2026-04-30', []],
    // Counting 1 March 2027 equals an event on 28 February: 28 March, a Sunday, so Monday 29 March.
    ['2027-03-01T10:00:00+05:00', '2027-03-29', ['2027-03-28']],
  ])(
    'counts a month from %s itself when it counts, even at the end of a month',
    (start, dueDate, skipped) => {
      const term = calendar.term({ start, amount: 1, unit: 'months', startDayCounts: true });
      expect(term.dueDate).toBe(dueDate);
      expect(term.skipped.map((day) => day.date)).toEqual(skipped);
    },
  );

  it('counts calendar days from the day itself when it counts', () => {
    // 1-10 May 2026: the 10th is a Sunday, the 11th the moved Victory Day, so the 12th.
    const term = calendar.term({
      start: '2026-05-01T08:00:00+05:00',
      amount: 10,
      unit: 'calendar_days',
      startDayCounts: true,
    });
    expect(term.dueDate).toBe('2026-05-12');
  });

  it('gives each skipped day its reason in Kazakh and Russian', () => {
    const term = calendar.term({ start: '2026-05-06T09:00:00+05:00', amount: 5, unit: 'working_days' });
    expect(term.skipped[0]).toMatchObject({
      date: '2026-05-07',
      kind: 'holiday',
      reason: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества' },
    });
    expect(term.skipped.find((day) => day.date === '2026-05-11')).toMatchObject({
      kind: 'holiday_shift',
      reason: { ru: expect.stringContaining('День Победы (9 мая 2026 г.)') },
    });
  });

  it('takes the day of the start in Kazakhstan, not in UTC', () => {
    // 20:30 UTC on 19 March is 01:30 on 20 March in Kazakhstan.
    const term = calendar.term({ start: '2026-03-19T20:30:00Z', amount: 1, unit: 'working_days' });
    expect(term.start).toBe('2026-03-20T01:30:00.000+05:00');
    expect(term.dueDate).toBe('2026-03-26');
  });

  it('counts hours and minutes as elapsed time, written in Kazakhstan time', () => {
    const term = calendar.term({ start: '2026-03-20T21:00:00+05:00', amount: 4, unit: 'hours' });
    expect(term.due).toBe('2026-03-21T01:00:00.000+05:00');
    expect(term.dueDate).toBe('2026-03-21');
    expect(calendar.term({ start: '2026-03-20T10:00:00+05:00', amount: 15, unit: 'minutes' }).due).toBe(
      '2026-03-20T10:15:00.000+05:00',
    );
  });

  it('knows Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024', () => {
    // 23:30 on 29 February 2024 after the change (18:30 UTC).
    const after = calendar.term({ start: '2024-02-29T18:30:00Z', amount: 1, unit: 'working_days' });
    expect(after.start).toBe('2024-02-29T23:30:00.000+05:00');
    expect(after.due).toBe('2024-03-01T23:59:59.999+05:00');
    // A term ending before the change ends at midnight UTC+6.
    const before = calendar.term({ start: '2024-02-26T10:00:00+06:00', amount: 1, unit: 'working_days' });
    expect(before.due).toBe('2024-02-27T23:59:59.999+06:00');
    expect(before.dueAt.toISOString()).toBe('2024-02-27T17:59:59.999Z');
  });

  it('marks a term that reaches a year with incomplete data as provisional', () => {
    expect(
      calendar.term({ start: '2026-06-01T10:00:00+05:00', amount: 5, unit: 'working_days' }).provisional,
    ).toBe(false);
    expect(
      calendar.term({ start: '2026-12-30T10:00:00+05:00', amount: 5, unit: 'working_days' }).provisional,
    ).toBe(true);
  });
});

describe('suspension', () => {
  const base = { start: '2026-06-01T10:00:00+05:00', amount: 5, unit: 'working_days' } as const;

  it('pushes the end by the working days suspended', () => {
    expect(calendar.term(base).dueDate).toBe('2026-06-08');
    const term = calendar.term({ ...base, suspensions: [{ from: '2026-06-03', to: '2026-06-04' }] });
    expect(term.dueDate).toBe('2026-06-10');
    expect(term.suspendedWorkingDays).toBe(2);
    expect(term.skipped.filter((day) => day.kind === 'suspension').map((day) => day.date)).toEqual([
      '2026-06-03',
      '2026-06-04',
    ]);
  });

  it('resumes after a suspension that covered the original end', () => {
    // Counted: 2, 3, 4 June; suspended 5-10 June; the remaining two days are 11 and 12 June.
    const term = calendar.term({ ...base, suspensions: [{ from: '2026-06-05', to: '2026-06-10' }] });
    expect(term.dueDate).toBe('2026-06-12');
  });

  it('merges overlapping suspensions and ignores one after the end', () => {
    const term = calendar.term({
      ...base,
      suspensions: [
        { from: '2026-06-04', to: '2026-06-04' },
        { from: '2026-06-03', to: '2026-06-04' },
        { from: '2026-09-01', to: '2026-09-30' },
      ],
    });
    expect(term.dueDate).toBe('2026-06-10');
    expect(term.suspendedWorkingDays).toBe(2);
  });

  it('pushes the last day of a term in calendar days first, then moves it off a non-working day', () => {
    // Thirty calendar days from 20 February 2026 end on Sunday 22 March; 2 March suspended makes the last day
    // 23 March, a Nauryz holiday, and the term ends on the next working day, 26 March (not 27 March).
    const term = calendar.term({
      start: '2026-02-20T10:00:00+05:00',
      amount: 30,
      unit: 'calendar_days',
      suspensions: [{ from: '2026-03-02', to: '2026-03-02' }],
    });
    expect(term.dueDate).toBe('2026-03-26');
    expect(term).toMatchObject({ suspendedDays: 1, suspendedWorkingDays: 1 });
    expect(term.skipped.map((day) => [day.date, day.kind])).toEqual([
      ['2026-03-02', 'suspension'],
      ['2026-03-23', 'holiday'],
      ['2026-03-24', 'holiday_shift'],
      ['2026-03-25', 'holiday_shift'],
    ]);
  });

  it('does not run a term in calendar days on any day of its suspension, weekends included', () => {
    // Ten calendar days from Friday 5 June 2026 end on Monday 15 June; Saturday 13 and Sunday 14 suspended
    // push it to Wednesday 17 June.
    const request = { start: '2026-06-05T10:00:00+05:00', amount: 10, unit: 'calendar_days' } as const;
    expect(calendar.term(request).dueDate).toBe('2026-06-15');
    const term = calendar.term({ ...request, suspensions: [{ from: '2026-06-13', to: '2026-06-14' }] });
    expect(term).toMatchObject({ dueDate: '2026-06-17', suspendedDays: 2, suspendedWorkingDays: 0 });
  });

  it('resumes a term in months after a suspension that covered its last day', () => {
    // One month from 20 May 2026 ends on Saturday 20 June (Monday 22 June after the move). Suspended 15-25
    // June: the remaining six days (15-20 June) run from 26 June, so the last day is 1 July.
    const term = calendar.term({
      start: '2026-05-20T10:00:00+05:00',
      amount: 1,
      unit: 'months',
      suspensions: [{ from: '2026-06-15', to: '2026-06-25' }],
    });
    expect(term).toMatchObject({ dueDate: '2026-07-01', suspendedDays: 11, suspendedWorkingDays: 9 });
  });

  it('does not count suspended holidays twice', () => {
    // 5 working days from 18 March 2026: 19, 20, 26, 27, 30. Suspended 20-26: only 20 and 26 are working days.
    const term = calendar.term({
      start: '2026-03-18T10:00:00+05:00',
      amount: 5,
      unit: 'working_days',
      suspensions: [{ from: '2026-03-20', to: '2026-03-26' }],
    });
    expect(term.suspendedWorkingDays).toBe(2);
    expect(term.dueDate).toBe('2026-04-01');
  });
});

describe('refused requests', () => {
  it.each<[string, Partial<TermRequest>, string, string]>([
    ['no amount', { amount: 0 }, 'CALENDAR_AMOUNT_INVALID', 'amount'],
    ['a fraction', { amount: 1.5 }, 'CALENDAR_AMOUNT_INVALID', 'amount'],
    ['an unknown unit', { unit: 'weeks' as TermRequest['unit'] }, 'CALENDAR_UNIT_INVALID', 'unit'],
    ['a time without its zone', { start: '2026-03-20T10:00' }, 'CALENDAR_INSTANT_INVALID', 'start'],
    ['a day that does not exist', { start: '2026-02-30T10:00:00Z' }, 'CALENDAR_INSTANT_INVALID', 'start'],
    [
      'a year the calendar does not cover',
      { start: '2101-01-01T10:00:00Z' },
      'CALENDAR_OUT_OF_RANGE',
      'start',
    ],
    [
      'a suspension ending before it starts',
      { suspensions: [{ from: '2026-06-05', to: '2026-06-01' }] },
      'CALENDAR_SUSPENSION_INVALID',
      'suspensions[0]',
    ],
    [
      'a suspension longer than a year',
      { suspensions: [{ from: '2026-01-01', to: '2099-12-31' }] },
      'CALENDAR_SUSPENSION_INVALID',
      'suspensions[0]',
    ],
    [
      'more than a hundred suspensions',
      { suspensions: Array.from({ length: 101 }, () => ({ from: '2026-06-02', to: '2026-06-02' })) },
      'CALENDAR_SUSPENSION_INVALID',
      'suspensions',
    ],
    [
      'a term that would end after 2099',
      { start: '2099-12-01T10:00:00+05:00', amount: 60 },
      'CALENDAR_OUT_OF_RANGE',
      'amount',
    ],
    [
      'suspensions that push a term past 2099',
      {
        start: '2099-06-01T10:00:00+05:00',
        suspensions: [{ from: '2099-06-02', to: '2099-12-31' }],
        amount: 100,
      },
      'CALENDAR_OUT_OF_RANGE',
      'suspensions',
    ],
  ])('refuses %s, naming the field', (_name, change, code, field) => {
    const request: TermRequest = {
      start: '2026-06-01T10:00:00+05:00',
      amount: 5,
      unit: 'working_days',
      ...change,
    };
    expect(() => calendar.term(request)).toThrow(
      expect.objectContaining({ code, details: expect.objectContaining({ field }) }),
    );
  });
});
