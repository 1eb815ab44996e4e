import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/** The transaction an idempotent request opened; the write it answers runs inside it. */
export const requestTransaction = new AsyncLocalStorage<EntityManager>();

/**
 * Runs a write in the request's transaction when `@Idempotent()` opened one (so the stored answer commits or
 * rolls back with the write), else in a transaction of its own.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const manager = requestTransaction.getStore();
  return manager ? work(manager) : dataSource.transaction(work);
}

/**
 * Runs `work` in one transaction that every `inTransaction` write inside it joins: several writes of the
 * services' own, committed together or not at all (a demo seed made of filings and decisions).
 */
export function inOneTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction((manager) => requestTransaction.run(manager, () => work(manager)));
}
