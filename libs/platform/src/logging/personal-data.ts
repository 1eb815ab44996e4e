/**
 * Personal data must never reach the logs (Art. 24: disclosure of protected information). Masking is done
 * at the logger, for every line, rather than trusting each call site.
 */
const PERSONAL_KEYS = new Set([
  'iin',
  'firstname',
  'lastname',
  'middlename',
  'patronymic',
  'fullname',
  'personname',
  'birthdate',
  'dateofbirth',
  'phone',
  'email',
  'address',
  'authorization',
  'password',
  'token',
  'accesstoken',
]);

// An IIN is 12 digits; BINs have the same shape, and masking an organisation's BIN costs nothing.
const TWELVE_DIGITS = /(?<!\d)(\d{4})\d{6}(\d{2})(?!\d)/g;

export function maskText(text: string): string {
  return text.replace(TWELVE_DIGITS, '$1******$2');
}

export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[deep]';
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, depth + 1));
  if (value instanceof Error) {
    return {
      type: value.name,
      message: maskText(value.message),
      stack: value.stack ? maskText(value.stack) : undefined,
    };
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        PERSONAL_KEYS.has(key.toLowerCase().replace(/[_-]/g, ''))
          ? '[redacted]'
          : maskPersonalData(item, depth + 1),
      ]),
    );
  }
  return value;
}
