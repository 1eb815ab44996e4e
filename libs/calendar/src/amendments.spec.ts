import { WorkingCalendar, type CalendarAmendment } from './index';

const builtIn = new WorkingCalendar();

// Expected on Sunday 16 May 2027; recorded here as an administrator would once it is announced.
const kurbanAit2027: CalendarAmendment = {
  id: 'kurban-ait-2027',
  kind: 'day_off',
  date: '2027-05-16',
  name: { kk: 'Құрбан айттың бірінші күні', ru: 'Первый день Курбан айта' },
  holidayId: 'kurban_ait',
  legalBasis: { kk: 'Тест: жарияланған күн', ru: 'Тест: объявленная дата' },
};

const decemberTransfer: CalendarAmendment = {
  id: 'transfer-2026-12',
  kind: 'transfer',
  from: '2026-12-19',
  to: '2026-12-18',
  legalBasis: {
    kk: 'ҚР Еңбек және халықты әлеуметтік қорғау министрінің бұйрығы (тестілік)',
    ru: 'Приказ Министра труда и социальной защиты населения РК (тестовый)',
  },
};

describe('runtime amendments', () => {
  it('moves a day off: the Friday becomes a day off, the Saturday a working day, each citing the act', () => {
    const amended = builtIn.withAmendments([decemberTransfer]);
    expect(amended.day('2026-12-18')).toMatchObject({
      working: false,
      reasons: [{ kind: 'transfer', amendmentId: 'transfer-2026-12', source: decemberTransfer.legalBasis }],
    });
    expect(amended.isWorkingDay('2026-12-19')).toBe(true);
    // The built-in calendar is untouched: amendments give a new calendar.
    expect(builtIn.isWorkingDay('2026-12-18')).toBe(true);
  });

  it('changes a term that runs over the amended days', () => {
    const request = { start: '2026-12-17T10:00:00+05:00', amount: 1, unit: 'working_days' } as const;
    expect(builtIn.term(request).dueDate).toBe('2026-12-18');
    // 18 December is now off and Saturday 19 December worked.
    const amended = builtIn.withAmendments([decemberTransfer]).term(request);
    expect(amended.dueDate).toBe('2026-12-19');
    expect(amended.skipped).toEqual([expect.objectContaining({ date: '2026-12-18', kind: 'transfer' })]);
  });

  it('records the announced date of Kurban Ait on a Sunday and makes the year final', () => {
    // Labour Code Art. 84.5: a religious day off on a day off is not moved, but the date is still a fact.
    expect(() => builtIn.assertApplicable(kurbanAit2027)).not.toThrow();
    const amended = builtIn.withAmendments([kurbanAit2027]);
    expect(amended.yearOverview(2027)).toMatchObject({ provisional: false, pending: [] });
    expect(amended.day('2027-05-16')).toMatchObject({
      working: false,
      reasons: [
        { kind: 'religious_holiday', holidayId: 'kurban_ait', amendmentId: 'kurban-ait-2027' },
        { kind: 'weekend' },
      ],
    });
    // Not moved: Monday 17 May 2027 stays a working day.
    expect(amended.isWorkingDay('2027-05-17')).toBe(true);
  });

  it('records Kurban Ait on a weekday, and a moved day off steps over it', () => {
    // Victory Day 2027 is a Sunday, so Monday 10 May is off (Art. 5); were Kurban Ait on that Monday, the
    // moved day off would go to Tuesday 11 May.
    const onMonday = { ...kurbanAit2027, date: '2027-05-10' };
    expect(() => builtIn.assertApplicable(onMonday)).not.toThrow();
    const amended = builtIn.withAmendments([onMonday]);
    expect(amended.day('2027-05-10').reasons[0]).toMatchObject({ kind: 'religious_holiday' });
    expect(amended.day('2027-05-11').reasons[0]).toMatchObject({
      kind: 'holiday_shift',
      holidayId: 'victory_day',
    });
  });

  it('refuses a second Kurban Ait in a year that already has one', () => {
    const second = { ...kurbanAit2027, id: 'second', date: '2027-05-17' };
    expect(() => builtIn.withAmendments([kurbanAit2027]).assertApplicable(second)).toThrow(
      expect.objectContaining({
        code: 'CALENDAR_AMENDMENT_INVALID',
        details: expect.objectContaining({ field: 'holidayId' }),
      }),
    );
    // 2026's date is built in.
    expect(() => builtIn.assertApplicable({ ...kurbanAit2027, date: '2026-05-28' })).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: 'holidayId' }) }),
    );
  });

  it('makes a day off a working day when a date is withdrawn', () => {
    const onMonday = { ...kurbanAit2027, date: '2027-05-17' };
    const amended = builtIn.withAmendments([
      onMonday,
      {
        id: 'withdrawn',
        kind: 'working_day',
        date: '2027-05-17',
        name: { kk: 'Жұмыс күні', ru: 'Рабочий день' },
        legalBasis: { kk: 'Түзету', ru: 'Исправление' },
      },
    ]);
    expect(amended.isWorkingDay('2027-05-17')).toBe(true);
    expect(amended.day('2027-05-17').reasons.map((reason) => reason.kind)).toEqual([
      'decree',
      'religious_holiday',
    ]);
  });

  it.each<[string, CalendarAmendment, string]>([
    ['a transfer from a working day', { ...decemberTransfer, from: '2026-12-17' }, 'from'],
    ['a transfer onto a day off', { ...decemberTransfer, to: '2026-12-16' }, 'to'],
    [
      'an extra day off on a holiday',
      {
        id: 'x',
        kind: 'day_off',
        date: '2027-05-09',
        name: { kk: 'x', ru: 'x' },
        legalBasis: { kk: 'x', ru: 'x' },
      },
      'date',
    ],
    [
      'a holiday the law dates itself',
      { ...kurbanAit2027, holidayId: 'nauryz' as unknown as 'kurban_ait' },
      'holidayId',
    ],
    [
      'a working day that already is one',
      {
        id: 'w',
        kind: 'working_day',
        date: '2026-12-17',
        name: { kk: 'x', ru: 'x' },
        legalBasis: { kk: 'x', ru: 'x' },
      },
      'date',
    ],
    [
      'an amendment without its act',
      { ...decemberTransfer, legalBasis: { kk: ' ', ru: ' ' } },
      'legalBasis.kk',
    ],
    [
      'an act cited only in Kazakh (Art. 5)',
      { ...decemberTransfer, legalBasis: { kk: decemberTransfer.legalBasis.kk, ru: '' } },
      'legalBasis.ru',
    ],
    ['a day off without a Kazakh name', { ...kurbanAit2027, name: { kk: '', ru: 'Выходной' } }, 'name.kk'],
  ])('refuses %s, naming the field', (_name, amendment, field) => {
    expect(() => builtIn.assertApplicable(amendment)).toThrow(
      expect.objectContaining({
        code: 'CALENDAR_AMENDMENT_INVALID',
        details: expect.objectContaining({ field }),
      }),
    );
  });
});
