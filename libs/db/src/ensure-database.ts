import { Client } from 'pg';

/** The database name a connection URL points at. */
export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`The database URL names no database: ${redactUrl(url)}`);
  return name;
}

/** The same server URL pointed at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** A URL safe to print: the password is replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable url>';
  }
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates the service's database when it does not exist yet. Each service owns one database
 * (docs/architecture.md); on managed clusters the database usually exists already and the role may not
 * be allowed to create one, so "already there" is checked first.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  if (!identifier.test(name)) {
    throw new Error(`Database name "${name}" must be a lower-case SQL identifier`);
  }
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await admin.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
      } catch (error) {
        // Two replicas starting together race here; the loser sees duplicate_database (42P04) or, when
        // both passed the catalogue check, a unique violation on pg_database (23505).
        const code = (error as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw error;
      }
    }
  } finally {
    await admin.end();
  }
}
