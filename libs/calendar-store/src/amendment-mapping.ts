import { datedHolidayIds, type CalendarAmendment, type DatedHolidayId } from '@kzps/calendar';
import type { CalendarAmendmentV1 } from '@kzps/contracts';
import type { CalendarAmendmentRow } from './calendar-amendment.entity';

/**
 * Only a religious day off dated each year can be an amendment's holiday; anything else (never accepted by the
 * registry since it checks the kind) stays an extra day off without one rather than stopping the copy.
 */
function holidayIdOf(value: string | null | undefined): DatedHolidayId | undefined {
  return datedHolidayIds.find((known) => known === value);
}

/** A stored row as the calendar library's amendment (shape checked by the library when applied). */
export function amendmentOfRow(row: CalendarAmendmentRow): CalendarAmendment {
  return amendmentOf(contractOfRow(row));
}

/** An amendment from an event (or a row) as the calendar library's type. */
export function amendmentOf(v1: CalendarAmendmentV1): CalendarAmendment {
  const name = { kk: v1.nameKk ?? '', ru: v1.nameRu ?? '' };
  // An event published before the act had two languages carries it once: it stands for both.
  const legalBasis = { kk: v1.legalBasisKk ?? v1.legalBasis, ru: v1.legalBasisRu ?? v1.legalBasis };
  const base = { id: v1.id, legalBasis };
  switch (v1.kind) {
    case 'transfer':
      return { ...base, kind: 'transfer', from: v1.from ?? '', to: v1.to ?? '' };
    case 'day_off': {
      const holidayId = holidayIdOf(v1.holidayId);
      return { ...base, kind: 'day_off', date: v1.date ?? '', name, ...(holidayId ? { holidayId } : {}) };
    }
    case 'working_day':
      return { ...base, kind: 'working_day', date: v1.date ?? '', name };
  }
}

export function contractOfRow(row: CalendarAmendmentRow): CalendarAmendmentV1 {
  const v1: CalendarAmendmentV1 = {
    id: row.id,
    kind: row.kind,
    legalBasis: row.legalBasisRu,
    legalBasisKk: row.legalBasisKk,
    legalBasisRu: row.legalBasisRu,
    recordedAt: row.recordedAt.toISOString(),
  };
  if (row.dateFrom) v1.from = row.dateFrom;
  if (row.dateTo) v1.to = row.dateTo;
  if (row.date) v1.date = row.date;
  if (row.nameKk) v1.nameKk = row.nameKk;
  if (row.nameRu) v1.nameRu = row.nameRu;
  if (row.holidayId) v1.holidayId = row.holidayId;
  return v1;
}

/** The columns of a row for an amendment received in an event. */
export function rowValuesOf(v1: CalendarAmendmentV1): Partial<CalendarAmendmentRow> {
  return {
    id: v1.id,
    kind: v1.kind,
    dateFrom: v1.from ?? null,
    dateTo: v1.to ?? null,
    date: v1.date ?? null,
    nameKk: v1.nameKk ?? null,
    nameRu: v1.nameRu ?? null,
    holidayId: v1.holidayId ?? null,
    legalBasisKk: v1.legalBasisKk ?? v1.legalBasis,
    legalBasisRu: v1.legalBasisRu ?? v1.legalBasis,
    recordedAt: new Date(v1.recordedAt),
    recordedBy: null,
    revokedAt: null,
    revokedBy: null,
    revocationBasis: null,
  };
}
