import type { Exchange } from './verdicts';

export interface Answer<T> {
  status: number | undefined;
  body: T | undefined;
  code?: string;
}

/** Longer than the gateway's upstream time-out (10 s): the gateway must answer 504 before the harness gives up. */
const REQUEST_TIMEOUT_MS = 20_000;

/** Every call through the gateway, recorded for the verdicts whatever came back. */
export class GatewayClient {
  readonly exchanges: Exchange[] = [];

  constructor(readonly baseUrl: string) {}

  async call<T>(
    operation: string,
    method: string,
    path: string,
    { token, body, headers = {} }: { token?: string; body?: object; headers?: Record<string, string> } = {},
  ): Promise<Answer<T>> {
    const startedAt = Date.now();
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      const code =
        contentType.startsWith('application/problem+json') && parsed && typeof parsed === 'object'
          ? String((parsed as { code?: unknown }).code ?? '')
          : undefined;
      this.exchanges.push({
        operation,
        startedAt,
        endedAt: Date.now(),
        status: response.status,
        contentType,
        ...(code !== undefined ? { code } : {}),
      });
      return { status: response.status, body: parsed as T, ...(code !== undefined ? { code } : {}) };
    } catch (error) {
      const cause =
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : '';
      this.exchanges.push({
        operation,
        startedAt,
        endedAt: Date.now(),
        status: undefined,
        contentType: '',
        error: cause,
      });
      return { status: undefined, body: undefined };
    }
  }
}

/** An answer the caller cannot act on: nothing came back, or the system said it could not decide now. */
export function isAmbiguous(answer: Answer<unknown>): boolean {
  return answer.status === undefined || answer.status >= 500;
}
