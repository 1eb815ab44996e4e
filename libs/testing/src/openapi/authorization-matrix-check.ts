import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { exampleRequests, sendExample } from './example-requests';
import { operationsOf, type OpenApiDocument } from './openapi-document';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** What the check reads of a row of the authorisation matrix (`AUTHORIZATION_MATRIX` of @kzps/auth/testing). */
export interface MatrixEntry {
  operation: string;
  who: readonly string[] | 'anyone';
  refusedWith?: readonly string[];
  hiddenWith?: readonly string[];
}

export interface MatrixTarget {
  matrix: readonly MatrixEntry[];
  /** Every role there is: each is sent to each operation. */
  roles: readonly string[];
  /** A bearer token for a caller holding this role alone. */
  tokenFor(role: string): Promise<string>;
  /** The service's paths: rows under it must name an operation the document has. */
  pathPrefix: string;
}

function documentedCodes(
  operation: ReturnType<typeof operationsOf>[number],
  status: '403' | '404',
): string[] {
  const problem = operation.operation.responses?.[status]?.content?.['application/problem+json'];
  return Object.keys(problem?.examples ?? {});
}

/**
 * Issue 20: every cell of the matrix for one service against the running app. Lists each operation the matrix
 * does not mention (and each row naming one the document lacks), each operation whose need of a token
 * disagrees with the row, each role the row forbids that the app let past (anything but a 403), each role the
 * row allows that the role check refused (403 ROLE_FORBIDDEN), and each relation refusal (403) or hiding (404)
 * the row names that the operation does not document.
 */
export async function matrixMismatches(inject: Inject, target: MatrixTarget): Promise<string[]> {
  const document = (await inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();
  const rows = new Map(target.matrix.map((row) => [row.operation, row]));
  const mismatches: string[] = [];
  const operations = operationsOf(document);
  const named = new Set(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`));
  for (const row of target.matrix) {
    const path = row.operation.split(' ')[1] ?? '';
    if (path.startsWith(target.pathPrefix) && !named.has(row.operation)) {
      mismatches.push(`${row.operation}: in the matrix, but the service does not document it`);
    }
  }
  const tokens = new Map<string, string>();
  for (const role of target.roles) tokens.set(role, await target.tokenFor(role));
  for (const operation of operations) {
    const name = `${operation.method.toUpperCase()} ${operation.path}`;
    const row = rows.get(name);
    if (!row) {
      mismatches.push(`${name}: not in the authorisation matrix`);
      continue;
    }
    const isPublic = (operation.operation.security ?? []).length === 0;
    if (isPublic !== (row.who === 'anyone')) {
      mismatches.push(
        `${name}: the matrix says ${isPublic ? 'a token is needed' : 'anyone'}, the service does not`,
      );
      continue;
    }
    const codes = documentedCodes(operation, '403');
    for (const code of row.refusedWith ?? []) {
      if (!codes.includes(code))
        mismatches.push(`${name}: refuses another relation with ${code}, undocumented`);
    }
    const hidden = documentedCodes(operation, '404');
    for (const code of row.hiddenWith ?? []) {
      if (!hidden.includes(code))
        mismatches.push(`${name}: hides from another relation with ${code}, undocumented`);
    }
    if (row.who === 'anyone') continue;
    const [request] = exampleRequests(document, operation);
    if (!request) continue;
    for (const role of target.roles) {
      const response = await sendExample(inject, request, {
        authorization: `Bearer ${tokens.get(role) ?? ''}`,
      });
      const allowed = row.who.includes(role);
      const code = response.statusCode === 403 ? response.json<{ code?: string }>().code : undefined;
      if (!allowed && response.statusCode !== 403) {
        mismatches.push(`${name}: ${role} is not in the matrix, yet answered ${response.statusCode}`);
      }
      if (allowed && (response.statusCode === 401 || code === 'ROLE_FORBIDDEN')) {
        mismatches.push(
          `${name}: ${role} is in the matrix, yet refused ${response.statusCode} ${code ?? ''}`,
        );
      }
    }
  }
  return mismatches;
}
