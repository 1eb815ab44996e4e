import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { exampleRequests, sendExample } from './example-requests';
import { rowCounts } from './hostile-corpus';
import { operationsOf, type OpenApiDocument } from './openapi-document';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** A token the service must refuse, and what is wrong with it (`hostileTokens` of @kzps/auth/testing). */
export interface RefusedToken {
  name: string;
  token: string;
}

/**
 * Issue 20: sends each token to every operation the app's OpenAPI document says needs one (reads and writes,
 * from their examples) and lists each answer that is not a 401 problem+json with its code; the row count of
 * every table before and after shows nothing was written.
 */
export async function sendRefusedTokens(
  inject: Inject,
  { databaseUrl, tokens }: { databaseUrl: string; tokens: RefusedToken[] },
): Promise<{
  sent: number;
  wrong: string[];
  rowsBefore: Record<string, number>;
  rowsAfter: Record<string, number>;
}> {
  const document = (await inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();
  const rowsBefore = await rowCounts(databaseUrl);
  const wrong: string[] = [];
  let sent = 0;
  const secured = operationsOf(document).filter(({ operation }) => (operation.security ?? []).length > 0);
  for (const operation of secured) {
    const [request] = exampleRequests(document, operation);
    if (!request) continue;
    for (const { name, token } of tokens) {
      sent += 1;
      const response = await sendExample(inject, request, { authorization: `Bearer ${token}` });
      const problem = String(response.headers['content-type'] ?? '').startsWith('application/problem+json');
      const code = problem ? response.json<{ code?: unknown }>().code : undefined;
      if (response.statusCode !== 401 || typeof code !== 'string') {
        wrong.push(
          `${request.name} with a token ${name}: ${response.statusCode} ${response.body.slice(0, 200)}`,
        );
      }
    }
  }
  return { sent, wrong, rowsBefore, rowsAfter: await rowCounts(databaseUrl) };
}

/** `sendRefusedTokens` as a test's assertions: every answer a 401 problem+json, every table as it was. */
export async function expectTokensRefused(
  inject: Inject,
  target: { databaseUrl: string; tokens: RefusedToken[] },
): Promise<void> {
  const report = await sendRefusedTokens(inject, target);
  expect(report.wrong).toEqual([]);
  expect(report.sent).toBeGreaterThanOrEqual(target.tokens.length);
  expect(report.rowsAfter).toEqual(report.rowsBefore);
}
