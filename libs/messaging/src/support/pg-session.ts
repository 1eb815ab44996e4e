import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Connection settings for a dedicated pg connection beside the service's TypeORM pool. The relay needs one
 * of its own: LISTEN and a session-level advisory lock live as long as the connection.
 */
export function pgConfigOf(dataSource: DataSource, applicationName: string): ClientConfig {
  const options = dataSource.options;
  if (options.type !== 'postgres') throw new Error(`The event bus needs PostgreSQL, not ${options.type}`);
  return {
    connectionString: options.url,
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
    // TypeORM's TlsOptions is what pg passes on to tls.connect.
    ssl: options.ssl as ClientConfig['ssl'],
    application_name: applicationName,
    // Without keep-alive a silently dropped connection (NAT, failover) would keep a dead relay "leader".
    keepAlive: true,
  };
}

export function newPgClient(config: ClientConfig): Client {
  return new Client(config);
}

/** 32-bit FNV-1a: a stable advisory-lock id from a name (PostgreSQL's hashtext is not a public API). */
export function lockIdOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index += 1) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
