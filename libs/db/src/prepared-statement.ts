import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { requestTransaction } from './idempotency/request-transaction';

/**
 * A statement run often enough that parsing and planning it each time shows in PostgreSQL's CPU: prepared
 * once per connection under its name (node-postgres keeps the names each connection has prepared). The name
 * must be unique in the service and the text fixed: a name stands for one text on a connection for its life.
 */
export interface PreparedStatement {
  name: string;
  text: string;
}

/**
 * Runs a prepared statement with `manager`: on its transaction's connection when it has one, else on a
 * connection from the pool, the statement then being a transaction of its own.
 */
export async function runPrepared<R>(
  manager: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<R[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    const result = await client.query<R & object>({ name: statement.name, text: statement.text, values });
    return result.rows;
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

/**
 * The request's transaction when `@Idempotent()` opened one, else the data source's manager, each statement
 * then committing on its own: for a write that is one statement, which needs no transaction of its own.
 */
export function requestManager(dataSource: DataSource): EntityManager {
  return requestTransaction.getStore() ?? dataSource.manager;
}
