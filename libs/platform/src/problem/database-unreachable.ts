/** Socket errors of a connection that cannot be made or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * SQLSTATE classes meaning "the database is unavailable", not "this request is wrong": 08 connection
 * exception, 57P operator intervention (shutdown, a terminated backend), 53 insufficient resources.
 */
const OUTAGE_SQLSTATE = /^(08|57P|53)/;

/** TypeORM's errors for a query on a released runner (through the runner, or through its entity manager). */
const RELEASED_RUNNER = /^QueryRunner(Provider)?AlreadyReleasedError$/;

/** What node-postgres and its pool throw, without a code, when a connection ends or cannot be had. */
const DRIVER_MESSAGES =
  /Connection terminated|connection timeout|Connection ended|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i;

/**
 * Whether an error means the database cannot be reached (an outage) rather than that a query or an event is
 * wrong: requests answer 503 to it, consumers retry without using up attempts.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnreachable);
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || OUTAGE_SQLSTATE.test(code))) return true;
  // TypeORM releases a query runner whose connection the driver saw end; the request's next query on it then
  // throws one of these instead of the driver's error (found by `npm run proof` restarting PostgreSQL, issue 20).
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && RELEASED_RUNNER.test(name)) return true;
  return DRIVER_MESSAGES.test(typeof message === 'string' ? message : String(error));
}
