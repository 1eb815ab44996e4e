import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { Client } from 'pg';
import { exampleRequests, sendExample, type ParameterValues } from './example-requests';
import { operationsOf, type OpenApiDocument } from './openapi-document';
import { installWriteLog, settled } from './write-log';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** What the relation check reads of a row of the authorisation matrix (`AUTHORIZATION_MATRIX`). */
export interface RelationEntry {
  operation: string;
  who: readonly string[] | 'anyone';
  relation: 'role' | 'own';
  /** Of `who`, the roles the relation binds (all of `who` when absent); anyone's row names them here. */
  ownFor?: readonly string[];
  refusedWith?: readonly string[];
  /** 404 codes that answer a caller in another relation from whom the record's existence is kept. */
  hiddenWith?: readonly string[];
}

/** A caller as a token names it: the check reads only its roles (each cell's callers must hold the role). */
export interface RelationCaller {
  roles: readonly string[];
}

/** One cell of the relation: a real resource the operation concerns, and two callers of the same role. */
export interface RelationCell<Caller extends RelationCaller> {
  /** The path (and query) parameters that name the resource; the operation's examples fill the rest. */
  values: ParameterValues;
  /** The body to send, when the operation's first example would not concern the resource. */
  body?: unknown;
  /** The caller acting for the organisation concerned, or the person concerned: not refused by the relation. */
  own: Caller;
  /** A caller of the same role acting for another organisation or being another person: refused. */
  other: Caller;
}

/** How a service obtains the resource of one `own` operation, fresh for each role the relation binds. */
export interface RelationFixture<Caller extends RelationCaller> {
  cell(role: string): Promise<RelationCell<Caller>>;
}

export interface RelationTarget<Caller extends RelationCaller> {
  matrix: readonly RelationEntry[];
  /** The service's paths: its `own` rows must each have a fixture. */
  pathPrefix: string;
  /** By operation (`METHOD /path`): one for every `own` row under the prefix. */
  fixtures: Readonly<Record<string, RelationFixture<Caller>>>;
  token(caller: Caller): Promise<string>;
  databaseUrl: string;
  /** Tables the service's background work updates on its own schedule (see `GeneratedInputOptions`). */
  backgroundUpdates?: readonly string[];
}

export interface RelationReport {
  /** The cells judged, one per `own` row and role: the operation, the role and both answers (`403 CODE / 200`). */
  cells: string[];
  mismatches: string[];
}

/** The roles an `own` row binds: its `ownFor`, or all of `who`. */
export function boundRoles(row: RelationEntry): readonly string[] {
  return row.ownFor ?? (row.who === 'anyone' ? [] : row.who);
}

/**
 * Issue 20: the relation cells of the authorisation matrix for one service, generated from its `own` rows.
 * For each row and each role it allows, the service's fixture makes a real resource (an application of a
 * provider, a standard of an owner, an inspection of a quality authority); a caller of that role acting for
 * another organisation (or another person) must be refused 403 with one of the row's `refusedWith` codes (or
 * told 404 with one of its `hiddenWith`, where the record's existence is kept from such a caller) and
 * write nothing (a trigger on every table logs each row written), and the caller acting for the right one must
 * get past the relation (any answer but 401, 403 or a 5xx: a 4xx for the resource's state is the service's
 * answer to it). An `own` row without a fixture, a fixture without an `own` row, an `own` row without its
 * refusal codes and a fixture whose callers do not hold the role are mismatches too.
 */
export async function relationMismatches<Caller extends RelationCaller>(
  inject: Inject,
  target: RelationTarget<Caller>,
): Promise<RelationReport> {
  const document = (await inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();
  const operations = new Map(
    operationsOf(document).map((operation) => [
      `${operation.method.toUpperCase()} ${operation.path}`,
      operation,
    ]),
  );
  const rows = target.matrix.filter(
    (row) => row.relation === 'own' && (row.operation.split(' ')[1] ?? '').startsWith(target.pathPrefix),
  );
  const report: RelationReport = { cells: [], mismatches: [] };
  const ownOperations = new Set(rows.map((row) => row.operation));
  for (const name of Object.keys(target.fixtures)) {
    if (!ownOperations.has(name)) report.mismatches.push(`${name}: a fixture, but no \`own\` row names it`);
  }
  const client = new Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    const log = await installWriteLog(client, target.backgroundUpdates ?? []);
    for (const row of rows) {
      const operation = operations.get(row.operation);
      const fixture = target.fixtures[row.operation];
      const refusedWith = row.refusedWith ?? [];
      if (!operation) continue; // the role check names a row the document lacks
      if (!fixture) {
        report.mismatches.push(`${row.operation}: an \`own\` row, but no fixture obtains its resource`);
        continue;
      }
      if (refusedWith.length === 0 && (row.hiddenWith ?? []).length === 0) {
        report.mismatches.push(`${row.operation}: an \`own\` row without the codes that refuse another`);
        continue;
      }
      const roles = boundRoles(row);
      if (roles.length === 0)
        report.mismatches.push(`${row.operation}: anyone may call it; no role is bound`);
      const stray = row.who === 'anyone' ? [] : roles.filter((role) => !row.who.includes(role));
      if (stray.length > 0) report.mismatches.push(`${row.operation}: binds ${stray.join(', ')}, not in who`);
      for (const role of roles) {
        const name = `${row.operation} as ${role}`;
        const cell = await fixture.cell(role);
        if (!cell.own.roles.includes(role) || !cell.other.roles.includes(role)) {
          report.mismatches.push(`${name}: the fixture's callers do not both hold the role`);
          continue;
        }
        const [example] = exampleRequests(document, operation, cell.values);
        if (!example) {
          report.mismatches.push(`${name}: the operation has no example to send`);
          continue;
        }
        const request =
          cell.body === undefined
            ? example
            : { ...example, contentType: 'application/json', payload: JSON.stringify(cell.body) };
        const before = await settled(log, (await log.since(0)).last);
        const refused = await sendExample(inject, request, {
          authorization: `Bearer ${await target.token(cell.other)}`,
        });
        const code =
          refused.statusCode === 403 || refused.statusCode === 404
            ? refused.json<{ code?: string }>().code
            : undefined;
        const expected = refused.statusCode === 403 ? refusedWith : (row.hiddenWith ?? []);
        if (!code || !expected.includes(code)) {
          report.mismatches.push(
            `${name}: another organisation or person answered ${refused.statusCode} ${refused.body.slice(0, 200)}`,
          );
        }
        const written = (await log.since(before)).tables;
        if (refused.statusCode >= 400 && written.length > 0) {
          report.mismatches.push(`${name}: refused another, yet wrote ${written.join(', ')}`);
        }
        const allowed = await sendExample(inject, request, {
          authorization: `Bearer ${await target.token(cell.own)}`,
        });
        report.cells.push(`${name}: ${refused.statusCode} ${code ?? ''} / ${allowed.statusCode}`);
        if (allowed.statusCode === 401 || allowed.statusCode === 403 || allowed.statusCode >= 500) {
          report.mismatches.push(
            `${name}: the organisation or person concerned answered ${allowed.statusCode} ${allowed.body.slice(0, 200)}`,
          );
        }
      }
    }
    await log.remove();
  } finally {
    await client.end();
  }
  return report;
}
