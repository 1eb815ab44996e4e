import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { Client } from 'pg';
import { installWriteLog, settled, unrecordedWrites, type RecordedRefusal } from './write-log';
import { writeOperationsOf } from './hostile-corpus';
import type { DocumentedOperation, OpenApiDocument } from './openapi-document';
import {
  boundRoles,
  type RelationCaller,
  type RelationEntry,
  type RelationFixture,
} from './relation-matrix-check';
import { generatedRequests, type GeneratedRequest } from './schema-fuzz';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** How long one request may take before it counts as a hang (a refusal takes milliseconds). */
const REQUEST_BOUND_MS = 10_000;

/**
 * Where the service's relation fixtures make real resources: for an operation with a fixture, half the
 * requests change the body of a request on the resource the fixture made, as a caller allowed on it (the
 * first role its matrix row binds), so they reach the handler and its domain rules instead of a 404.
 */
export interface RealResources<Caller extends RelationCaller> {
  matrix: readonly RelationEntry[];
  /** By operation (`METHOD /path`), as `relationMismatches` takes them. */
  fixtures: Readonly<Record<string, RelationFixture<Caller>>>;
  token(caller: Caller): Promise<string>;
}

export interface GeneratedInputOptions<Caller extends RelationCaller = RelationCaller> {
  databaseUrl: string;
  /** Headers every request carries (the caller's token). */
  headers: Record<string, string>;
  /** How many requests in all, spread evenly over the write operations. */
  requests: number;
  /** The run's seed: `FUZZ_SEED` overrides it, so a failure's printed seed reproduces it. */
  seed: number;
  /**
   * Tables whose rows the service's own background work updates on a schedule of its own (registry-svc's
   * import runner beats a heartbeat): only a row added or removed there counts against a request.
   */
  backgroundUpdates?: readonly string[];
  /** Headers a request needs that depend on it (a signed callback's signature), when the service asks for them. */
  headersFor?: (request: GeneratedRequest) => Record<string, string>;
  realResources?: RealResources<Caller>;
  /**
   * Refusals the Law requires the service to record: the only 4xx answers that may write, and only their
   * record (see `unrecordedWrites`). Every other refusal must still write nothing.
   */
  recordedRefusals?: readonly RecordedRefusal[];
}

export interface GeneratedInputReport {
  sent: number;
  /** Requests whose change the schema allows: the ones that can reach the domain rules. */
  allowed: number;
  /** Of those, answered anything but 401, 403 or 404: past the guards and the lookup of the path's resource. */
  reached: number;
  /** How many answers of each status (with its problem's code, but for a 400). */
  statuses: Record<string, number>;
  /** Sent on a real resource of the service's fixtures (`realResources`). */
  sentOnRealResources: number;
  operations: number;
  /** Write operations that take input but have no example to generate from. */
  uncovered: string[];
  /** One line per operation whose property failed: the request, the answer, and how to reproduce it. */
  failures: string[];
}

/** FNV-1a of the text: an operation's own seed, stable when other operations are added. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const character of text) value = Math.imul(value ^ (character.codePointAt(0) ?? 0), 0x01000193);
  return value >>> 0;
}

function withinBound<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer within ${REQUEST_BOUND_MS} ms`)),
      REQUEST_BOUND_MS,
    );
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

function problemCode(response: LightMyRequestResponse): string {
  try {
    return String(response.json<{ code?: unknown }>().code);
  } catch {
    return 'not JSON';
  }
}

/** What is wrong with an answer to a generated request: a 5xx, an accepted refusal, an error not a problem. */
function answerProblem(request: GeneratedRequest, response: LightMyRequestResponse): string | undefined {
  if (response.statusCode >= 500) return `answered ${response.statusCode}`;
  if (response.statusCode < 400)
    return request.refused ? `took a body the schema forbids (${response.statusCode})` : undefined;
  if (!String(response.headers['content-type'] ?? '').startsWith('application/problem+json')) {
    return `answered ${response.statusCode} as ${String(response.headers['content-type'])}, not a problem+json`;
  }
  const problem = response.json<{ status?: unknown; code?: unknown }>();
  if (typeof problem.code !== 'string' || problem.status !== response.statusCode) {
    return `answered ${response.statusCode} with a problem without its code or status`;
  }
  return undefined;
}

/**
 * Issue 20: sends requests generated from the app's own OpenAPI document (`generatedRequests`) to every write
 * operation, one fast-check property per operation with a seed of its own, and checks each answer: never a
 * 5xx, never longer than the bound, every error a problem+json with its code, no row of the app's database
 * written by a refused request (a trigger on every table logs each row written) but a refusal the Law requires
 * to be recorded, and that only its record (`recordedRefusals`). The first failing request of each operation
 * is reported with the seed that reproduces it.
 */
export async function sendGeneratedInput<Caller extends RelationCaller>(
  inject: Inject,
  options: GeneratedInputOptions<Caller>,
): Promise<GeneratedInputReport> {
  const document = (await inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : options.seed;
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  const report: GeneratedInputReport = {
    sent: 0,
    allowed: 0,
    reached: 0,
    statuses: {},
    sentOnRealResources: 0,
    operations: 0,
    uncovered: [],
    failures: [],
  };
  try {
    const log = await installWriteLog(client, options.backgroundUpdates ?? []);
    let logged = (await log.since(0)).last;
    const operations = writeOperationsOf(document);
    const perOperation = Math.ceil(options.requests / Math.max(1, operations.length));
    for (const operation of operations) {
      const title = `${operation.method.toUpperCase()} ${operation.path}`;
      const plain = generatedRequests(document, operation);
      if (!plain) {
        report.uncovered.push(title);
        continue;
      }
      const onResource = await realResourceRequests(options.realResources, document, operation, title);
      // The fixture's writes are its own, not the requests'.
      logged = await settled(log, (await log.since(logged)).last);
      const requests = onResource ? fc.oneof(plain, onResource) : plain;
      report.operations += 1;
      const operationSeed = (seed ^ hash(title)) | 0;
      const property = fc.asyncProperty(requests, async (request) => {
        report.sent += 1;
        if (request.name.includes(' on a real resource')) report.sentOnRealResources += 1;
        const response = await withinBound(
          inject({
            method: request.method as InjectOptions['method'],
            url: request.url,
            headers: {
              ...options.headers,
              ...request.headers,
              ...(request.contentType ? { 'content-type': request.contentType } : {}),
              ...options.headersFor?.(request),
            },
            ...(request.payload !== undefined ? { payload: request.payload } : {}),
          }),
          request.name,
        );
        const answer = `${response.statusCode}${response.statusCode >= 400 && response.statusCode !== 400 ? ` ${problemCode(response)}` : ''}`;
        report.statuses[answer] = (report.statuses[answer] ?? 0) + 1;
        if (!request.refused) {
          report.allowed += 1;
          if (![401, 403, 404].includes(response.statusCode)) report.reached += 1;
        }
        const wrong = answerProblem(request, response);
        const after = await log.since(logged);
        logged = after.last;
        // What an accepted request set going (a queued import, the relay) finishes before the next is judged.
        if (response.statusCode < 400) logged = await settled(log, logged);
        const written =
          response.statusCode >= 400 ? unrecordedWrites(answer, after, options.recordedRefusals ?? []) : [];
        if (wrong || written.length > 0) {
          const wrote = written.length > 0 ? `; refused but wrote ${written.join(', ')}` : '';
          throw new Error(
            `${request.name}: ${wrong ?? 'refused'}${wrote}: ${response.body.slice(0, 300)}` +
              ` (sent ${(request.payload ?? '').slice(0, 300)})`,
          );
        }
      });
      const details = await fc.check(property, {
        seed: operationSeed,
        numRuns: perOperation,
        endOnFailure: true,
      });
      if (details.failed) {
        const message =
          details.errorInstance instanceof Error
            ? details.errorInstance.message
            : String(details.errorInstance);
        report.failures.push(
          `${message} [FUZZ_SEED=${seed}, fast-check seed ${details.seed}, path ${details.counterexamplePath}]`,
        );
      }
    }
    await log.remove();
  } finally {
    await client.end();
  }
  return report;
}

/**
 * `sendGeneratedInput` as a test's assertions: every operation covered, every answer and database as it must
 * be. It prints how many requests reached a handler, the measure of how deep the generated input goes.
 */
export async function expectGeneratedInputHandled<Caller extends RelationCaller>(
  inject: Inject,
  options: GeneratedInputOptions<Caller>,
): Promise<GeneratedInputReport> {
  const report = await sendGeneratedInput(inject, options);
  console.info(
    `generated input: ${report.reached} of ${report.allowed} requests the schema allows reached a handler ` +
      `(not 401/403/404); ${report.sentOnRealResources} of ${report.sent} on real resources; ` +
      `statuses ${JSON.stringify(report.statuses)}`,
  );
  expect(report.failures).toEqual([]);
  expect(report.uncovered).toEqual([]);
  expect(report.sent).toBeGreaterThanOrEqual(options.requests);
  return report;
}

/** The requests on a real resource of the operation's fixture, when there is one. */
async function realResourceRequests<Caller extends RelationCaller>(
  resources: RealResources<Caller> | undefined,
  document: OpenApiDocument,
  operation: DocumentedOperation,
  title: string,
): Promise<fc.Arbitrary<GeneratedRequest> | undefined> {
  const fixture = resources?.fixtures[title];
  const row = resources?.matrix.find((entry) => entry.operation === title && entry.relation === 'own');
  const [role] = row ? boundRoles(row) : [];
  if (!resources || !fixture || role === undefined) return undefined;
  const cell = await fixture.cell(role);
  const token = await resources.token(cell.own);
  return generatedRequests(document, operation, {
    values: cell.values,
    ...(cell.body === undefined ? {} : { body: cell.body }),
    headers: { authorization: `Bearer ${token}` },
  });
}
