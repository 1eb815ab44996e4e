import { z } from 'zod';

/**
 * The building blocks of event payloads, so that every event bounds an id, a text and a date the same way.
 * Objects are `z.looseObject`: a consumer accepts the optional fields a producer adds within a version.
 */

/** Identifiers of aggregates: opaque strings (UUIDs today), bounded so a key never balloons. */
export const id = () => z.string().min(1).max(200);

/** A non-empty text of at most `maxLength` characters. */
export const text = (maxLength?: number) =>
  maxLength === undefined ? z.string().min(1) : z.string().min(1).max(maxLength);

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const isoDate = () => z.iso.date();

/** An RFC 3339 timestamp with an explicit offset (`Z` or `+05:00`). */
export const isoDateTime = () => z.iso.datetime({ offset: true });

/** A whole number within the given bounds. */
export const int = (bounds: { min?: number; max?: number } = {}) => {
  const whole = z.int();
  const atLeast = bounds.min === undefined ? whole : whole.min(bounds.min);
  return bounds.max === undefined ? atLeast : atLeast.max(bounds.max);
};

/** A text in Kazakh and Russian. */
export const bilingual = (maxLength?: number) => z.looseObject({ kk: text(maxLength), ru: text(maxLength) });

/** Business identification number of a legal entity: 12 digits. */
export const bin = () => z.string().regex(/^\d{12}$/, 'must be a 12-digit BIN');

/** An individual's IIN masked (`8501******23`): the whole IIN never travels in an event. */
export const maskedIin = () =>
  z.string().regex(/^\d{4}\*{6}\d{2}$/, 'must be a masked IIN like 8501******23');

/** The KATO code of an administrative-territorial unit: 9 digits. */
export const kato = () => z.string().regex(/^\d{9}$/, 'must be a 9-digit KATO code');
