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
  since(last: number): Promise<{ last: number; tables: string[] }>;
  remove(): Promise<void>;
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
      const result = await client.query<{ last: string | null; tables: string[] | null }>(
        `SELECT max(w.id)::text AS last,
                array_agg(DISTINCT w.table_name || ' ' || w.operation) FILTER (
                  WHERE NOT EXISTS (SELECT 1 FROM ${WRITE_LOG}.write c
                                     WHERE c.xid = w.xid AND c.table_name = $2 AND c.operation = 'INSERT')
                ) AS tables
           FROM ${WRITE_LOG}.write w WHERE w.id > $1`,
        [last, INBOX],
      );
      const row = result.rows[0];
      return { last: row?.last ? Number(row.last) : last, tables: row?.tables ?? [] };
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
