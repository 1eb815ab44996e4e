import { Logger } from '@nestjs/common';
import { ServiceMetrics } from '@kzps/platform';
import { createTestDatabase, TestClock, type TestDatabase } from '@kzps/testing';
import { DataSource, type EntityManager } from 'typeorm';
import { serviceDataSourceOptions } from './data-source-options';
import { PeriodicSweep, type SweepWork } from './periodic-sweep';

interface Due {
  id: number;
  label: string;
}

const DAY_ONE = new Date('2099-01-01T00:00:00Z');

/** Items due on a day; `poison` makes handling throw after it wrote, like a contract refusing an event. */
function dueWork(options: { park: boolean }): SweepWork<Due> {
  return {
    claim: (manager, now, limit) =>
      manager.query(
        `SELECT id, label FROM due_item
          WHERE done_at IS NULL AND parked_error IS NULL AND due_at <= $1
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      ),
    handle: async (manager, item, now) => {
      await manager.query(`UPDATE due_item SET done_at = $2 WHERE id = $1`, [item.id, now]);
      await manager.query(`INSERT INTO due_log (item_id) VALUES ($1)`, [item.id]);
      if (item.label === 'poison') throw new Error(`item ${item.id} refused by its contract`);
      return true;
    },
    ...(options.park
      ? {
          failed: async (manager: EntityManager, item: Due, error: unknown) => {
            await manager.query(`UPDATE due_item SET parked_error = $2 WHERE id = $1`, [
              item.id,
              (error as Error).message,
            ]);
          },
        }
      : {}),
  };
}

/** The same work set-based: one guarded update for the batch, one multi-row insert; counts its calls. */
function batchedWork(): SweepWork<Due> & { calls: { batches: number; items: number } } {
  const single = dueWork({ park: true });
  const calls = { batches: 0, items: 0 };
  return {
    ...single,
    calls,
    handle: (manager, item, now) => {
      calls.items += 1;
      return single.handle(manager, item, now);
    },
    handleBatch: async (manager, items, now) => {
      calls.batches += 1;
      const [updated]: [Array<{ id: number }>, number] = await manager.query(
        `UPDATE due_item SET done_at = $2 WHERE id = ANY($1::int[]) AND done_at IS NULL RETURNING id`,
        [items.map((item) => item.id), now],
      );
      await manager.query(`INSERT INTO due_log (item_id) SELECT unnest($1::int[])`, [
        updated.map((row) => row.id),
      ]);
      const poison = items.find((item) => item.label === 'poison');
      if (poison) throw new Error(`item ${poison.id} refused by its contract`);
      return updated.length;
    },
  };
}

describe('PeriodicSweep', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const clock = new TestClock(DAY_ONE);

  const sweep = (work: SweepWork<Due>, extra: { batchSize?: number; metrics?: ServiceMetrics } = {}) =>
    new PeriodicSweep<Due>({
      name: 'due_items',
      dataSource,
      clock,
      intervalMs: 0,
      batchSize: extra.batchSize ?? 2,
      metrics: extra.metrics,
      ...work,
    });

  const rows = (): Promise<Array<{ id: number; done: boolean; parked_error: string | null }>> =>
    dataSource.query(`SELECT id, done_at IS NOT NULL AS done, parked_error FROM due_item ORDER BY id`);

  beforeAll(async () => {
    database = await createTestDatabase('db_periodic_sweep');
    dataSource = new DataSource(
      serviceDataSourceOptions({ url: database.url, entities: [], migrations: [] }),
    );
    await dataSource.initialize();
    await dataSource.query(
      `CREATE TABLE due_item (id int PRIMARY KEY, label text NOT NULL, due_at timestamptz NOT NULL,
         done_at timestamptz, parked_error text)`,
    );
    await dataSource.query(`CREATE TABLE due_log (item_id int NOT NULL)`);
  });

  beforeEach(async () => {
    clock.set(DAY_ONE);
    await dataSource.query(`TRUNCATE due_item, due_log`);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function insert(...items: Array<[number, string, string]>): Promise<void> {
    for (const [id, label, dueAt] of items) {
      await dataSource.query(`INSERT INTO due_item (id, label, due_at) VALUES ($1, $2, $3)`, [
        id,
        label,
        dueAt,
      ]);
    }
  }

  it('handles every item due by the clock, batch by batch, and leaves the later ones', async () => {
    await insert(
      [1, 'a', '2098-12-31T00:00:00Z'],
      [2, 'b', '2099-01-01T00:00:00Z'],
      [3, 'c', '2098-12-30T00:00:00Z'],
      [4, 'd', '2099-01-02T00:00:00Z'],
    );
    expect(await sweep(dueWork({ park: true })).runOnce()).toEqual({ done: 3, failed: 0 });
    expect((await rows()).map((row) => row.done)).toEqual([true, true, true, false]);

    clock.set('2099-01-02T00:00:00Z');
    expect(await sweep(dueWork({ park: true })).runOnce()).toEqual({ done: 1, failed: 0 });
  });

  it('rolls back only the item that fails, parks it with its error, and commits the others of its batch', async () => {
    await insert(
      [1, 'a', '2099-01-01T00:00:00Z'],
      [2, 'poison', '2099-01-01T00:00:00Z'],
      [3, 'c', '2099-01-01T00:00:00Z'],
    );
    const metrics = new ServiceMetrics('sweep-test');
    expect(await sweep(dueWork({ park: true }), { batchSize: 10, metrics }).runOnce()).toEqual({
      done: 2,
      failed: 1,
    });
    expect(await rows()).toEqual([
      { id: 1, done: true, parked_error: null },
      { id: 2, done: false, parked_error: 'item 2 refused by its contract' },
      { id: 3, done: true, parked_error: null },
    ]);
    // The failed item's own writes went with its savepoint.
    expect(await dataSource.query(`SELECT item_id FROM due_log ORDER BY item_id`)).toEqual([
      { item_id: 1 },
      { item_id: 3 },
    ]);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/periodic_sweep_items_total\{[^}]*sweep="due_items"[^}]*outcome="done"[^}]*\} 2/);
    expect(text).toMatch(/periodic_sweep_items_total\{[^}]*sweep="due_items"[^}]*outcome="failed"[^}]*\} 1/);
    expect(text).toMatch(/periodic_sweep_runs_total\{[^}]*sweep="due_items"[^}]*outcome="ok"[^}]*\} 1/);

    // Parked, it is left out of the next passes.
    expect(await sweep(dueWork({ park: true })).runOnce()).toEqual({ done: 0, failed: 0 });
  });

  it('exports its run and item counters at 0 before its first pass, so an alert sees the first overdue item', async () => {
    const metrics = new ServiceMetrics('sweep-test');
    sweep(dueWork({ park: true }), { metrics });
    const text = await metrics.registry.metrics();
    for (const [counter, outcome] of [
      ['periodic_sweep_runs_total', 'ok'],
      ['periodic_sweep_runs_total', 'failed'],
      ['periodic_sweep_items_total', 'done'],
      ['periodic_sweep_items_total', 'failed'],
    ]) {
      expect(text).toMatch(
        new RegExp(`${counter}\\{[^}]*sweep="due_items"[^}]*outcome="${outcome}"[^}]*\\} 0\n`),
      );
    }
  });

  it('ends a pass whose full batch only failed, and tries the unparked item again next pass', async () => {
    await insert([1, 'poison', '2099-01-01T00:00:00Z'], [2, 'poison', '2099-01-01T00:00:00Z']);
    const unparked = sweep(dueWork({ park: false }));
    expect(await unparked.runOnce()).toEqual({ done: 0, failed: 2 });
    expect(await unparked.runOnce()).toEqual({ done: 0, failed: 2 });
  });

  it('runs one pass at a time in a replica, and never hands an item to two replicas', async () => {
    await insert(
      ...Array.from({ length: 9 }, (_, i): [number, string, string] => [i + 1, 'x', '2099-01-01T00:00:00Z']),
    );
    const replicaA = sweep(dueWork({ park: true }));
    const replicaB = sweep(dueWork({ park: true }));
    const [first, joined, other] = await Promise.all([
      replicaA.runOnce(),
      replicaA.runOnce(),
      replicaB.runOnce(),
    ]);
    expect(joined).toBe(first);
    expect(first.done + other.done).toBe(9);
    expect(
      await dataSource.query(`SELECT count(*)::int AS n, count(DISTINCT item_id)::int AS items FROM due_log`),
    ).toEqual([{ n: 9, items: 9 }]);
  });

  it('handles a claimed batch set-based in one call, each item exactly once across two replicas', async () => {
    await insert(
      ...Array.from({ length: 9 }, (_, i): [number, string, string] => [i + 1, 'x', '2099-01-01T00:00:00Z']),
    );
    const workA = batchedWork();
    const workB = batchedWork();
    const [a, b] = await Promise.all([sweep(workA).runOnce(), sweep(workB).runOnce()]);
    expect(a.done + b.done).toBe(9);
    expect(a.failed + b.failed).toBe(0);
    expect(workA.calls.items + workB.calls.items).toBe(0);
    expect(workA.calls.batches + workB.calls.batches).toBeGreaterThanOrEqual(5); // batches of 2
    expect(
      await dataSource.query(`SELECT count(*)::int AS n, count(DISTINCT item_id)::int AS items FROM due_log`),
    ).toEqual([{ n: 9, items: 9 }]);
    expect((await rows()).every((row) => row.done)).toBe(true);
  });

  it('handles a batch that fails as a whole item by item: only the failing item is rolled back and parked', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await insert(
      [1, 'a', '2099-01-01T00:00:00Z'],
      [2, 'poison', '2099-01-01T00:00:00Z'],
      [3, 'c', '2099-01-01T00:00:00Z'],
    );
    const work = batchedWork();
    expect(await sweep(work, { batchSize: 10 }).runOnce()).toEqual({ done: 2, failed: 1 });
    expect(work.calls).toEqual({ batches: 1, items: 3 });
    expect(await rows()).toEqual([
      { id: 1, done: true, parked_error: null },
      { id: 2, done: false, parked_error: 'item 2 refused by its contract' },
      { id: 3, done: true, parked_error: null },
    ]);
    // The failed batch's writes went with its savepoint: each item is logged once, by its own handling.
    expect(await dataSource.query(`SELECT item_id FROM due_log ORDER BY item_id`)).toEqual([
      { item_id: 1 },
      { item_id: 3 },
    ]);
    // Parked, it is left out of the next passes.
    expect(await sweep(batchedWork()).runOnce()).toEqual({ done: 0, failed: 0 });
  });

  it('waits for the running pass on stop', async () => {
    await insert([1, 'a', '2099-01-01T00:00:00Z']);
    const stopping = sweep(dueWork({ park: true }));
    const pass = stopping.runOnce();
    await stopping.stop();
    expect(await rows()).toEqual([{ id: 1, done: true, parked_error: null }]);
    await expect(pass).resolves.toEqual({ done: 1, failed: 0 });
  });
});
