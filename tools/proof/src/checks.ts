import { consumersOf, serviceNames } from '@kzps/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import type { EmbeddedSystem } from './system';
import { judgeEvents, type EventRow, type InvariantRow } from './verdicts';
import type { WorkloadRecord } from './workload';

type ServiceName = (typeof serviceNames)[number];

async function query<T>(
  system: EmbeddedSystem,
  service: ServiceName,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: system.databaseUrl(service) });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The rows the workload's writes could have added, counted before it starts. */
export interface Baseline {
  applications: Set<string>;
  complaints: Set<string>;
  intakeRefusals: number;
}

const ids = async (system: EmbeddedSystem, service: ServiceName, table: string): Promise<Set<string>> =>
  new Set((await query<{ id: string }>(system, service, `SELECT id FROM ${table}`)).map((row) => row.id));

async function intakeRefusals(system: EmbeddedSystem): Promise<number> {
  const [row] = await query<{ count: string }>(
    system,
    'applications-svc',
    'SELECT count(*) FROM intake_refusal',
  );
  return Number(row?.count ?? 0);
}

export async function baseline(system: EmbeddedSystem): Promise<Baseline> {
  return {
    applications: await ids(system, 'applications-svc', 'application'),
    complaints: await ids(system, 'complaints-svc', 'complaint'),
    intakeRefusals: await intakeRefusals(system),
  };
}

const sample = (items: string[]): string[] =>
  items.length > 5 ? [...items.slice(0, 5), `... and ${items.length - 5} more`] : items;

/**
 * Every keyed write against the service's database: the rows that appeared during the run are exactly those
 * a 201 answered (plus at most one per write the system never decided on); a 4xx wrote nothing but the intake
 * refusal the law makes it record.
 */
export async function judgeWrites(
  system: EmbeddedSystem,
  before: Baseline,
  record: WorkloadRecord,
): Promise<InvariantRow> {
  const problems: string[] = [];
  const undecided = record.writes.filter((write) => write.status === undefined);
  for (const [kind, service, table, known] of [
    ['application', 'applications-svc', 'application', before.applications],
    ['complaint', 'complaints-svc', 'complaint', before.complaints],
  ] as const) {
    const answered = new Set(
      record.writes.filter((w) => w.kind === kind && w.status === 201).map((w) => w.id ?? ''),
    );
    const appeared = [...(await ids(system, service, table))].filter((id) => !known.has(id));
    const lost = [...answered].filter((id) => !appeared.includes(id));
    const extra = appeared.filter((id) => !answered.has(id));
    const undecidedOfKind = undecided.filter((w) => w.kind === kind).length;
    for (const id of lost) problems.push(`${kind} ${id} answered 201 but not in ${table}`);
    if (extra.length > undecidedOfKind)
      problems.push(`${extra.length} ${table} rows no 201 answered (${undecidedOfKind} writes undecided)`);
  }
  const refusedAtDesk = record.writes.filter((w) => w.code === 'DOCUMENTS_INCOMPLETE').length;
  const refusals = (await intakeRefusals(system)) - before.intakeRefusals;
  const undecidedIntake = undecided.filter((w) => w.kind === 'application').length;
  if (refusals < refusedAtDesk || refusals > refusedAtDesk + undecidedIntake)
    problems.push(`${refusedAtDesk} desk refusals answered 422, ${refusals} intake_refusal rows written`);
  // Sent again with the same Idempotency-Key after a 5xx or no answer: the path a fault exercises.
  const retried = record.writes.filter((w) => w.status !== undefined && w.attempts > 1).length;
  const by = (predicate: (status: number) => boolean): number =>
    record.writes.filter((w) => w.status !== undefined && predicate(w.status)).length;
  return {
    invariant: 'writes answered 2xx/4xx applied exactly as answered',
    counted: `${by((s) => s < 300)} 2xx, ${by((s) => s >= 400)} 4xx (${refusedAtDesk} desk refusals), ${retried} decided on a retry, ${undecided.length} undecided`,
    holds: problems.length === 0,
    detail: sample(problems),
  };
}

/** Every application the workload moved is where the answers left it, and no status was entered twice. */
export async function judgeLifecycle(system: EmbeddedSystem, record: WorkloadRecord): Promise<InvariantRow> {
  const tracked = record.applications;
  const rows = await query<{ id: string; status: string }>(
    system,
    'applications-svc',
    'SELECT id, status FROM application WHERE id = ANY($1)',
    [tracked.map((a) => a.id)],
  );
  const actual = new Map(rows.map((row) => [row.id, row.status]));
  const problems: string[] = [];
  for (const application of tracked) {
    const status = actual.get(application.id);
    if (status !== application.status && status !== application.undecided)
      problems.push(`${application.id}: answered ${application.status}, database ${status ?? 'no row'}`);
  }
  const doubled = await query<{ application_id: string; to_status: string; count: string }>(
    system,
    'applications-svc',
    `SELECT application_id, to_status, count(*) FROM application_status_change
      WHERE application_id = ANY($1) GROUP BY 1, 2 HAVING count(*) > 1`,
    [tracked.map((a) => a.id)],
  );
  for (const row of doubled)
    problems.push(`${row.application_id} entered ${row.to_status} ${row.count} times`);
  for (const lost of record.lostReads) problems.push(lost);
  const { decided, undecided, resolvedByRead } = record.steps;
  return {
    invariant: 'lifecycle steps and reads agree with the answers',
    counted: `${tracked.length} applications, ${decided} steps decided, ${resolvedByRead} by a read after a retry, ${undecided} undecided`,
    holds: problems.length === 0,
    detail: sample(problems),
  };
}

/** What every service's outbox published and every consumer's inbox applied, and the outboxes' backlog. */
export async function eventLedger(system: EmbeddedSystem): Promise<{ rows: EventRow[]; unsent: number }> {
  const published = new Map<string, string>();
  const applied = new Map<string, Map<string, string>>();
  let unsent = 0;
  for (const service of serviceNames) {
    for (const row of await query<{ event_id: string; event_type: string; sent: boolean }>(
      system,
      service,
      'SELECT event_id, event_type, sent_at IS NOT NULL AS sent FROM outbox_message',
    )) {
      published.set(row.event_id, row.event_type);
      if (!row.sent) unsent += 1;
    }
    for (const row of await query<{ consumer: string; event_id: string; event_type: string }>(
      system,
      service,
      'SELECT consumer, event_id, event_type FROM inbox_message',
    )) {
      const inbox = applied.get(row.consumer) ?? new Map<string, string>();
      inbox.set(row.event_id, row.event_type);
      applied.set(row.consumer, inbox);
    }
  }
  return { rows: judgeEvents(published, applied, consumersOf), unsent };
}

/** Messages parked on every dead-letter topic (`<topic>.dlq`). */
export async function deadLetters(system: EmbeddedSystem): Promise<Map<string, number>> {
  const kafka = new Kafka({ clientId: 'proof', brokers: [system.brokers], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const parked = new Map<string, number>();
    for (const topic of (await admin.listTopics()).filter((name) => name.endsWith('.dlq'))) {
      const offsets = await admin.fetchTopicOffsets(topic);
      parked.set(
        topic,
        offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0),
      );
    }
    return parked;
  } finally {
    await admin.disconnect();
  }
}
