import { inspect } from 'node:util';

export interface EventuallyOptions {
  /** How long to keep polling before giving up. */
  timeoutMs?: number;
  /** Pause between two polls. */
  intervalMs?: number;
}

type Polled<T> = T | undefined | false;

/**
 * Polls `probe` until it returns something other than `undefined` or `false` and returns that value. A probe
 * that throws (a failed `expect`, a refused connection) is polled again. Tests wait on a signal with it (a
 * row, an event, an answer), never on a fixed sleep; on time-out the error names `what` and shows the last
 * value or error the probe gave, so a failure says what was seen instead of only that time ran out.
 */
export async function eventually<T>(
  probe: () => Polled<T> | Promise<Polled<T>>,
  what: string,
  { timeoutMs = 20_000, intervalMs = 50 }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: { value: unknown } | { error: unknown } | undefined;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${lastSeen(last)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function lastSeen(last: { value: unknown } | { error: unknown } | undefined): string {
  if (last === undefined) return 'the probe never answered';
  if ('error' in last) {
    const error = last.error;
    return `last error: ${error instanceof Error ? error.message : inspect(error)}`;
  }
  return `last value: ${inspect(last.value, { depth: 4 })}`;
}
