import { addDays, calendarDaysBetween, WorkingCalendar } from './index';

const calendar = new WorkingCalendar();

/** Each row counted by hand from the acts and the e-government portal's calendar for the year. */
describe('days off of the five-day week', () => {
  it.each([
    // New Year and Christmas
    ['2024-01-01', false, 'holiday'],
    ['2024-01-02', false, 'holiday'],
    ['2024-01-07', false, 'religious_holiday'], // a Sunday: religious days off are not moved (Labour Code 84.5)
    ['2024-01-08', true, null],
    ['2025-01-03', false, 'transfer'], // the day off of Sunday 5 January 2025 moved onto Friday
    ['2025-01-05', true, 'transfer'], // ...and that Sunday worked
    ['2025-01-07', false, 'religious_holiday'],
    ['2026-01-02', false, 'holiday'],
    ['2026-01-05', true, null], // no transfer in January 2026
    ['2027-01-02', false, 'holiday'], // a Saturday...
    ['2027-01-04', false, 'holiday_shift'], // ...so Monday is off (Law "On holidays", Art. 5)
    // Women's day and Nauryz
    ['2025-03-10', false, 'holiday_shift'], // 8 March 2025 was a Saturday
    ['2026-03-09', false, 'holiday_shift'], // 8 March 2026 was a Sunday
    ['2024-03-25', false, 'holiday_shift'], // 23 March 2024 was a Saturday
    ['2024-03-26', true, null],
    ['2026-03-21', false, 'holiday'],
    ['2026-03-23', false, 'holiday'],
    ['2026-03-24', false, 'holiday_shift'], // for 21 March (Saturday)
    ['2026-03-25', false, 'holiday_shift'], // for 22 March (Sunday)
    ['2026-03-26', true, null],
    ['2027-03-24', false, 'holiday_shift'], // 21 March 2027 is a Sunday; 22 and 23 are holidays
    ['2027-03-25', true, null],
    // The May holidays
    ['2024-05-04', true, 'transfer'], // Saturday worked...
    ['2024-05-08', false, 'transfer'], // ...for Wednesday off
    ['2025-05-08', true, null], // not moved in 2025
    ['2026-05-11', false, 'holiday_shift'], // 9 May 2026 was a Saturday
    ['2026-05-27', false, 'religious_holiday'], // first day of Kurban Ait 2026
    ['2027-05-03', false, 'holiday_shift'], // 1 May 2027 is a Saturday
    ['2027-05-10', false, 'holiday_shift'], // 9 May 2027 is a Sunday
    // Summer and autumn
    ['2024-06-16', false, 'religious_holiday'], // Kurban Ait 2024 on a Sunday: no day moved
    ['2024-06-17', true, null],
    ['2024-07-08', false, 'holiday_shift'],
    ['2025-07-07', false, 'holiday_shift'],
    ['2025-09-01', false, 'holiday_shift'],
    ['2025-10-27', false, 'holiday_shift'],
    ['2026-07-06', false, 'holiday'],
    ['2026-08-31', false, 'holiday_shift'],
    ['2026-10-26', false, 'holiday_shift'],
    ['2026-12-16', false, 'holiday'],
    ['2026-12-17', true, null], // not a holiday since 2022
    ['2026-12-01', true, null], // nor is 1 December
    ['2026-12-31', true, null],
  ])('%s: working %s (%s)', (date, working, kind) => {
    const day = calendar.day(date);
    expect(day.working).toBe(working);
    expect(day.reasons[0]?.kind ?? null).toBe(kind);
  });

  it('explains a moved day off with the holiday, its date and the article, in Kazakh and Russian', () => {
    const [reason] = calendar.day('2026-03-24').reasons;
    expect(reason).toMatchObject({ kind: 'holiday_shift', holidayId: 'nauryz' });
    expect(reason?.text.ru).toBe(
      'Перенесённый выходной день: Наурыз мейрамы (21 марта 2026 г.) совпал с выходным днём',
    );
    expect(reason?.text.kk).toContain('2026 жылғы 21 наурыз');
    expect(reason?.source?.ru).toContain('статья 5');
  });

  it('keeps both reasons of a holiday on a weekend, the holiday first', () => {
    expect(calendar.day('2026-03-08').reasons.map((reason) => reason.kind)).toEqual(['holiday', 'weekend']);
  });

  it('names the act of a transfer on both of its days', () => {
    expect(calendar.day('2025-01-03').reasons[0]?.text.ru).toBe('День отдыха перенесён с 5 января 2025 г.');
    expect(calendar.day('2025-01-05').reasons[0]?.text.ru).toBe(
      'Рабочий день: день отдыха перенесён на 3 января 2025 г.',
    );
    expect(calendar.day('2025-01-03').reasons[0]?.source?.ru).toContain('О переносе дня отдыха в 2025 году');
  });
});

describe('working-day arithmetic', () => {
  it.each([
    ['2024-12-31', 1, '2025-01-05'], // 1-3 January off, Sunday 5 January 2025 worked
    ['2024-12-31', 3, '2025-01-08'], // 7 January is Christmas
    ['2026-03-20', 1, '2026-03-26'], // over Nauryz and its two moved days
    ['2026-04-30', 3, '2026-05-06'],
    ['2026-05-06', 5, '2026-05-15'], // 7, 9 (Saturday) and 11 May off
    ['2026-12-30', 2, '2027-01-05'], // across the year: 1, 2 (Saturday) and 4 January off
    ['2026-03-20', 0, '2026-03-20'],
  ])('%s + %i working days = %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
    expect(calendar.workingDaysBetween(date, expected)).toBe(n);
  });

  it.each([
    ['2026-03-27', 3, '2026-03-19'], // Thursday 26, Friday 27 and Friday 20 remain after Thursday 19
    ['2026-06-26', 3, '2026-06-23'], // an ordinary week
    ['2026-06-10', 3, '2026-06-05'], // Monday, Tuesday, Wednesday remain: Friday, not the Sunday before
    ['2025-01-08', 2, '2025-01-05'], // 6 and 8 January; the 7th is off; Sunday 5 January 2025 was worked
    ['2026-03-26', 3, '2026-03-18'], // a term ending just after Nauryz: 19, 20 and 26 March remain
    ['2026-03-27', 1, '2026-03-26'],
    ['2026-03-26', 1, '2026-03-20'], // not Wednesday 25 March, the moved day off
    ['2026-05-12', 3, '2026-05-05'], // over the May holidays of 2026: 6, 8 and 12 May remain
    ['2024-05-13', 2, '2024-05-06'], // over 7, 8 (transferred) and 9 May 2024: 10 and 13 May remain
    ['2027-01-05', 2, '2026-12-30'], // across the New Year: 31 December and 5 January remain
    ['2026-06-14', 3, '2026-06-09'], // from a Sunday: 10, 11 and 12 June remain
    ['2026-06-10', 0, '2026-06-10'],
  ])('%s minus %i working days is %s, a working day', (date, n, expected) => {
    expect(calendar.workingDaysBefore(date, n)).toBe(expected);
    expect(calendar.addWorkingDays(date, -n)).toBe(expected);
    expect(calendar.isWorkingDay(expected)).toBe(true);
    expect(calendar.workingDaysBetween(expected, date)).toBe(n);
  });

  it('counts calendar days between two days across a month, a leap day and a year', () => {
    expect(calendarDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(calendarDaysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(calendarDaysBetween('2026-03-26', '2026-03-20')).toBe(-6);
    expect(calendarDaysBetween('2026-03-26', '2026-03-26')).toBe(0);
  });

  it('counts working days backwards as a negative number', () => {
    expect(calendar.workingDaysBetween('2026-03-26', '2026-03-20')).toBe(-1);
  });

  it('rolls a day off forward to the next working day, and leaves a working day alone', () => {
    expect(calendar.nextWorkingDayFrom('2026-03-21')).toBe('2026-03-26');
    expect(calendar.nextWorkingDayFrom('2026-03-26')).toBe('2026-03-26');
  });
});

describe('working-day answers that explain themselves', () => {
  it('lists the days off a count of working days passed over, with their reasons', () => {
    const answer = calendar.explainAddWorkingDays('2026-03-20', 1);
    expect(answer.date).toBe('2026-03-26');
    expect(answer.skipped.map((day) => [day.date, day.kind])).toEqual([
      ['2026-03-21', 'holiday'],
      ['2026-03-22', 'holiday'],
      ['2026-03-23', 'holiday'],
      ['2026-03-24', 'holiday_shift'],
      ['2026-03-25', 'holiday_shift'],
    ]);
    expect(answer.skipped[3]?.reason.ru).toContain('Наурыз мейрамы (21 марта 2026 г.)');
    expect(answer.skipped[0]?.source?.kk).toContain('№ 267-II');
  });

  it('explains "N working days before" with the days off between the answer and the date', () => {
    expect(calendar.explainWorkingDaysBefore('2026-05-12', 3)).toEqual({
      date: '2026-05-05',
      skipped: [
        expect.objectContaining({ date: '2026-05-07', kind: 'holiday' }),
        expect.objectContaining({ date: '2026-05-09', kind: 'holiday' }),
        expect.objectContaining({ date: '2026-05-10', kind: 'weekend' }),
        expect.objectContaining({ date: '2026-05-11', kind: 'holiday_shift' }),
      ],
    });
  });

  it('explains a count of working days, either way round, and a count back', () => {
    const forward = calendar.explainWorkingDaysBetween('2024-12-31', '2025-01-08');
    expect(forward.count).toBe(3);
    expect(forward.skipped.map((day) => day.date)).toEqual([
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-04',
      '2025-01-07',
    ]);
    expect(forward.skipped[2]).toMatchObject({
      kind: 'transfer',
      source: { ru: expect.stringContaining('2025') },
    });
    const backward = calendar.explainWorkingDaysBetween('2025-01-08', '2024-12-31');
    expect(backward).toEqual({ count: -3, skipped: forward.skipped });
    expect(calendar.explainAddWorkingDays('2025-01-08', -3)).toEqual({
      date: '2024-12-31',
      skipped: forward.skipped,
    });
  });
});

describe('a year at a glance', () => {
  it('lists 2026 non-working days with reasons, and no worked weekend', () => {
    const year = calendar.yearOverview(2026);
    expect(year.provisional).toBe(false);
    expect(year.workingDays).toEqual([]);
    expect(year.nonWorkingDays.map((day) => day.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-09',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-08-30',
      '2026-08-31',
      '2026-10-25',
      '2026-10-26',
      '2026-12-16',
    ]);
    // 261 weekdays, 15 of them off (the 15 extra days off the e-government portal announced for 2026).
    expect(year.workingDayCount).toBe(246);
    expect(year.workingDayCount + year.nonWorkingDayCount).toBe(365);
  });

  it('shows the worked Sunday of 2025 and its 246 working days', () => {
    const year = calendar.yearOverview(2025);
    expect(year.workingDays.map((day) => day.date)).toEqual(['2025-01-05']);
    expect(year.workingDayCount).toBe(246);
  });

  it('marks 2027 provisional until the date of Kurban Ait is announced', () => {
    const year = calendar.yearOverview(2027);
    expect(year.provisional).toBe(true);
    expect(year.pending).toEqual([expect.objectContaining({ year: 2027, id: 'kurban_ait' })]);
  });

  it('computes a year outside the verified data from the statutory rules, marked provisional', () => {
    const year = calendar.yearOverview(2028);
    expect(year.provisional).toBe(true);
    // 1 January 2028 is a Saturday: Monday 3 January is off under Art. 5.
    expect(calendar.day('2028-01-03')).toMatchObject({
      working: false,
      reasons: [{ kind: 'holiday_shift' }],
    });
  });
});

describe("against the Ministry of Labour's published balance of working time (five-day week)", () => {
  const monthly = (year: number): number[] =>
    Array.from({ length: 12 }, (_, index) => {
      const last = (month: number): string =>
        addDays(`${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`, -1);
      return calendar.workingDaysBetween(last(index), last(index + 1));
    });

  it('2024 month by month, with Kurban Ait where it finally fell', () => {
    // The ministry's balance for 2024 (approved in advance): 21 21 17 22 20 19 22 21 21 22 21 21 = 248. It
    // counted Kurban Ait on Monday 17 June, the date first announced; the Spiritual Administration then fixed
    // Sunday 16 June, a religious day off that does not move, so June has 20 working days and the year 249.
    // The transfer of 4 to 8 May (order of 17 April 2024) leaves May at 20.
    expect(monthly(2024)).toEqual([21, 21, 17, 22, 20, 20, 22, 21, 21, 22, 21, 21]);
    expect(calendar.yearOverview(2024).workingDayCount).toBe(249);
  });

  it('November 2025: 20 working days; January 2026: 19', () => {
    expect(monthly(2025)[10]).toBe(20);
    expect(monthly(2026)[0]).toBe(19);
  });
});

describe('refused input', () => {
  it.each([
    ['2026-13-01', 'CALENDAR_DATE_INVALID'],
    ['2026-02-29', 'CALENDAR_DATE_INVALID'],
    ['26-01-01', 'CALENDAR_DATE_INVALID'],
    ['2100-01-01', 'CALENDAR_OUT_OF_RANGE'],
  ])('%s is refused with %s', (date, code) => {
    expect(() => calendar.day(date)).toThrow(expect.objectContaining({ code }));
  });

  it('names the field and gives Kazakh and Russian text', () => {
    try {
      calendar.workingDaysBetween('2026-01-01', 'soon');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toMatchObject({ code: 'CALENDAR_DATE_INVALID', details: { field: 'to', value: 'soon' } });
      expect(error).toHaveProperty('localizedMessage.kk');
      expect(error).toHaveProperty('localizedMessage.ru');
    }
  });
});
