/**
 * How query-string values become typed ones. A query parameter always arrives as text (or, repeated, as a
 * list of texts); these conversions accept only the plain forms and leave anything else as it came, so the
 * validator that follows refuses it by name instead of a lenient `Number()` or `Boolean()` guessing.
 */
type TransformInput = { value: unknown };

/** `true` and `false` only; `1`, `yes` or `TRUE` stay text and are refused. */
export const queryBoolean = ({ value }: TransformInput): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** A repeated parameter arrives as a list, a single one as a string: both become a list. */
export const queryList = ({ value }: TransformInput): unknown =>
  value === undefined || Array.isArray(value) ? value : [value];

/** Only plain decimal digits are a number: `0x10`, `1e1`, ` 5` or `5.0` stay text and are refused by name. */
export const queryDecimalInteger = ({ value }: TransformInput): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
