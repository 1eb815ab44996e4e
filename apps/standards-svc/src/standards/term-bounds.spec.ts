import { CalendarError, WorkingCalendar } from '@kzps/calendar';
import { termAmountLimits } from './term-bounds';

describe('term bounds', () => {
  const calendar = new WorkingCalendar();
  const start = '2026-01-05T10:00:00+05:00';

  it.each(Object.entries(termAmountLimits))(
    'lets a term of %s reach exactly as far as the calendar library counts (%i)',
    (unit, limit) => {
      const counted = (amount: number) => () =>
        calendar.term({ start, amount, unit: unit as keyof typeof termAmountLimits });
      expect(counted(limit)).not.toThrow();
      expect(counted(limit + 1)).toThrow(CalendarError);
    },
  );
});
