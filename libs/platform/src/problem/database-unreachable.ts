/** Socket errors of a connection that cannot be made or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);

/**
 * SQLSTATE classes 08 (connection exception) and 57P (operator intervention: the server shut down or a
 * backend was terminated), and 53300 (too many connections): the database, not the request, is at fault.
 */
const SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

/** What node-postgres and its pool throw, without a code, when a connection ends or cannot be had. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

/** Whether an error means the database cannot be reached (an outage), rather than that a query is wrong. */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnreachable);
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
  return typeof message === 'string' && DRIVER_MESSAGES.some((known) => message.startsWith(known));
}
