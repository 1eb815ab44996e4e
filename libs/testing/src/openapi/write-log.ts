import type { Client } from 'pg';
import { eventually } from '../eventually';

/**
 * Tables whose rows a service's own background work updates without a request (the relay marks outbox rows
 * sent): only a row added or removed there counts as a write.
 */
const INSERTS_ONLY = /(^|_)(outbox|inbox)/;
const WRITE_LOG = 'generated_input_audit';
/** The table a consumer records each event it handled in, in the transaction of what the event changed. */
const INBOX = 'inbox_message';

/**
 * Puts a trigger on every table of the app's public schema that records each row written (in a schema of its
 * own, which the app never reads): a write a refused request committed shows as a new line, however small,
 * and a rolled-back one leaves none. Returns how to read the log and how to take it away.
 */
export interface WriteLog {
  /**
   * The last line of the log, and what was written after the line given. Writes of a transaction that also
   * recorded an event in the inbox are left out: that is a consumer applying an event (one a fixture
   * published, or the app's own, relayed a moment later), which no request does, and which may land at any
   * time however long the app was quiet before.
   */
  since(last: number): Promise<LoggedWrites>;
  remove(): Promise<void>;
}

/** What the log shows after a line: every `table OPERATION` written, and the same by transaction. */
export interface LoggedWrites {
  last: number;
  tables: string[];
  /** Each committed transaction's distinct `table OPERATION`s, in the order they began writing. */
  transactions: string[][];
}

/**
 * A refusal the Law requires to be kept (Art. 14.2: a desk's refusal of an incomplete document set is recorded,
 * and monitoring counts it): the one 4xx answer allowed to commit, and only its own record.
 */
export interface RecordedRefusal {
  /** The answer that reports it: `422 DOCUMENTS_INCOMPLETE`. */
  answer: string;
  /** The table of the refusal's record, inserted in the refusal's one transaction (or nothing written at all). */
  record: string;
  /**
   * What the same transaction may write beside the record, as `table OPERATION` (`outbox_message INSERT`: its
   * event; `idempotency_key UPDATE`: the answer stored on the key it claimed).
   */
  alongside: readonly string[];
  /** Why the refusal is kept, with its article: it says in a failure which rule let the write be. */
  law: string;
}

/**
 * What a refused request answered `answer` (`422 CODE`, `400`) wrote that it may not: everything it wrote, but
 * for a recorded refusal (`RecordedRefusal`) answered so, which may write one transaction inserting its record
 * and writing what its `alongside` names; any other table or operation, a second transaction, or writes
 * alongside with no record beside them are reported.
 */
export function unrecordedWrites(
  answer: string,
  writes: LoggedWrites,
  recordedRefusals: readonly RecordedRefusal[],
): string[] {
  const rule = recordedRefusals.find((refusal) => refusal.answer === answer);
  if (!rule) return writes.tables;
  const record = `${rule.record} INSERT`;
  const allowed = new Set([record, ...rule.alongside]);
  const [first, ...others] = writes.transactions;
  if (!first) return [];
  const stray = [...new Set(writes.transactions.flat().filter((write) => !allowed.has(write)))];
  if (others.length > 0) stray.push(`${writes.transactions.length} transactions (${rule.law})`);
  if (!first.includes(record))
    stray.push(`no ${rule.record} record beside ${first.join(', ')} (${rule.law})`);
  return stray;
}

export async function installWriteLog(
  client: Client,
  backgroundUpdates: readonly string[],
): Promise<WriteLog> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  await client.query(`DROP SCHEMA IF EXISTS ${WRITE_LOG} CASCADE`);
  await client.query(`CREATE SCHEMA ${WRITE_LOG}`);
  await client.query(
    `CREATE TABLE ${WRITE_LOG}.write (id bigserial PRIMARY KEY, table_name text NOT NULL, operation text NOT NULL,
       xid bigint NOT NULL DEFAULT txid_current())`,
  );
  await client.query(
    `CREATE FUNCTION ${WRITE_LOG}.record() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO ${WRITE_LOG}.write (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END
     $$`,
  );
  for (const { name } of tables.rows) {
    const updatedInBackground = INSERTS_ONLY.test(name) || backgroundUpdates.includes(name);
    const operations = updatedInBackground ? 'INSERT OR DELETE' : 'INSERT OR UPDATE OR DELETE';
    await client.query(
      `CREATE TRIGGER ${WRITE_LOG} AFTER ${operations} ON public."${name.replaceAll('"', '""')}"
         FOR EACH ROW EXECUTE FUNCTION ${WRITE_LOG}.record()`,
    );
  }
  return {
    since: async (last) => {
      const result = await client.query<{ last: string | null; transactions: string[][] | null }>(
        `WITH fresh AS (SELECT * FROM ${WRITE_LOG}.write WHERE id > $1),
              requests AS (
                SELECT min(w.id) AS first, array_agg(DISTINCT w.table_name || ' ' || w.operation) AS writes
                  FROM fresh w
                 WHERE NOT EXISTS (SELECT 1 FROM ${WRITE_LOG}.write c
                                    WHERE c.xid = w.xid AND c.table_name = $2 AND c.operation = 'INSERT')
                 GROUP BY w.xid)
         SELECT (SELECT max(id) FROM fresh)::text AS last,
                (SELECT json_agg(writes ORDER BY first) FROM requests) AS transactions`,
        [last, INBOX],
      );
      const row = result.rows[0];
      const transactions = row?.transactions ?? [];
      return {
        last: row?.last ? Number(row.last) : last,
        tables: [...new Set(transactions.flat())].sort(),
        transactions,
      };
    },
    // Dropping the function drops every trigger with it.
    remove: async () => {
      await client.query(`DROP SCHEMA ${WRITE_LOG} CASCADE`);
    },
  };
}

/** Returns once the app has written nothing for a few polls in a row: its background work is done. */
export async function settled(log: WriteLog, from: number): Promise<number> {
  let last = from;
  let quiet = 0;
  await eventually(
    async () => {
      const now = (await log.since(last)).last;
      quiet = now === last ? quiet + 1 : 0;
      last = now;
      return quiet >= 2;
    },
    "the app's background writes to settle",
    { timeoutMs: 10_000, intervalMs: 25 },
  );
  return last;
}
