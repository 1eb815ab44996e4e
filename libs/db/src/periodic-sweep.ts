import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Clock, ServiceMetrics } from '@kzps/platform';
import { Counter } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';

/** What a sweep does with the rows that have come due. */
export interface SweepWork<T> {
  /**
   * Claims up to `limit` due items in the batch's transaction, locking their rows `FOR UPDATE SKIP LOCKED`
   * (the lock a request changing the same rows takes too), so every replica can sweep and none handles an
   * item another replica or a request holds. Leave out what a previous failure parked.
   */
  claim(manager: EntityManager, now: Date, limit: number): Promise<T[]>;
  /**
   * Handles one claimed item in a savepoint of its own: its changes, audit and outbox rows commit with the
   * batch, or none of them if it throws. Returns false for an item it found nothing to do for (another
   * replica or a request got there first).
   */
  handle(manager: EntityManager, item: T, now: Date): Promise<boolean>;
  /**
   * Optional: handles the whole claimed batch set-based (one guarded `UPDATE … RETURNING`, one multi-row
   * insert per table) in a savepoint of its own, and returns how many items it did something for. It must do
   * for each item exactly what `handle` does. If it throws, its savepoint is rolled back and the batch is
   * handled item by item by `handle` (each failure parked by `failed`): a bad item costs its batch the speed,
   * never the other items.
   */
  handleBatch?(manager: EntityManager, items: T[], now: Date): Promise<number>;
  /**
   * Called for an item whose `handle` threw, after its savepoint was rolled back, in the batch's transaction:
   * park it (record the error where its owner sees it) so the next claims leave it out. Without it, the
   * item is claimed again on the next pass.
   */
  failed?(manager: EntityManager, item: T, error: unknown, now: Date): Promise<void>;
}

export interface PeriodicSweepOptions<T> extends SweepWork<T> {
  /** Names the sweep in logs and in the `periodic_sweep_*` metrics (`scheduled_versions`, `deadlines`). */
  name: string;
  dataSource: DataSource;
  clock: Clock;
  /** Milliseconds between passes; 0 runs no timer (`runOnce` still sweeps). */
  intervalMs: number;
  /** Items claimed per transaction. */
  batchSize: number;
  /** Run a pass at once on `start`, for what came due while no replica ran. */
  runAtStart?: boolean;
  metrics?: ServiceMetrics;
}

/** The result of a pass in this replica. */
export interface SweepPass {
  /** Items handled. */
  done: number;
  /** Items whose handling threw (rolled back, and parked where the sweep parks). */
  failed: number;
}

const SAVEPOINT = 'periodic_sweep_item';

/**
 * A periodic sweep over rows that come due: decrees taking effect, statutory terms running out, applications
 * overdue. Every replica runs one; each pass claims batches with `FOR UPDATE SKIP LOCKED` and handles every
 * claimed item in a savepoint of its own, so one item that fails is rolled back (and parked by `failed`)
 * while the others commit. With `handleBatch` a batch is first handled set-based in one savepoint, and item by
 * item only when that fails. One pass at a time per replica; `stop` clears the timer and waits for the pass.
 *
 * Use it from a Nest provider that extends `SweepWatcher`: build the sweeps in the constructor; the watcher
 * starts them on bootstrap, stops them on shutdown, and its `tick()` lets tests sweep on a moved clock.
 *
 * Metrics: `periodic_sweep_runs_total{sweep,outcome}` (passes `ok` or `failed`) and
 * `periodic_sweep_items_total{sweep,outcome}` (items `done` or `failed`). For a deadline watcher an item done is
 * one overdue (or missed, or late) event raised, so `periodic_sweep_items_total{outcome="done"}` is the count of
 * overdue items per sweep; there is no second counter of the same thing in the services.
 */
export class PeriodicSweep<T> {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<SweepPass>;
  private readonly counters?: SweepCounters;

  constructor(private readonly options: PeriodicSweepOptions<T>) {
    this.logger = new Logger(`PeriodicSweep:${options.name}`);
    this.counters = options.metrics ? sweepCounters(options.metrics) : undefined;
    // Every series exists from start at 0, so `increase()` sees the first item and an alert can tell a
    // watcher that never ran from one that is not exported at all.
    for (const outcome of ['ok', 'failed']) this.counters?.runs.inc({ sweep: options.name, outcome }, 0);
    for (const outcome of ['done', 'failed']) this.counters?.items.inc({ sweep: options.name, outcome }, 0);
  }

  start(): void {
    if (this.options.intervalMs <= 0) return;
    const run = () => {
      // A failed pass is logged and counted; the next tick tries again.
      this.runOnce().catch(() => undefined);
    };
    if (this.options.runAtStart) run();
    this.timer = setInterval(run, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One pass over everything due by the clock's now, batch by batch; joins a pass already running. */
  runOnce(): Promise<SweepPass> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<SweepPass> {
    const { name } = this.options;
    const total: SweepPass = { done: 0, failed: 0 };
    try {
      for (;;) {
        const batch = await this.batch(this.options.clock.now());
        total.done += batch.done;
        total.failed += batch.failed;
        // A full batch may have more behind it, unless nothing in it moved (every item failed unparked).
        if (batch.claimed < this.options.batchSize || batch.done + batch.parked === 0) break;
      }
    } catch (error) {
      this.counters?.runs.inc({ sweep: name, outcome: 'failed' });
      this.logger.error({ err: error }, `${name} sweep failed`);
      throw error;
    }
    this.counters?.runs.inc({ sweep: name, outcome: 'ok' });
    if (total.done > 0) this.logger.log(`${name}: ${total.done} item(s) handled`);
    return total;
  }

  private batch(now: Date): Promise<SweepPass & { claimed: number; parked: number }> {
    const { name, claim, handle, failed } = this.options;
    return this.options.dataSource.transaction(async (manager) => {
      const items = await claim(manager, now, this.options.batchSize);
      const result = { claimed: items.length, done: 0, failed: 0, parked: 0 };
      const together = items.length > 0 ? await this.wholeBatch(manager, items, now) : undefined;
      if (together !== undefined) {
        result.done = together;
        if (together > 0) this.counters?.items.inc({ sweep: name, outcome: 'done' }, together);
        return result;
      }
      for (const item of items) {
        await manager.query(`SAVEPOINT ${SAVEPOINT}`);
        try {
          const did = await handle(manager, item, now);
          await manager.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
          if (did) {
            result.done += 1;
            this.counters?.items.inc({ sweep: name, outcome: 'done' });
          }
        } catch (error) {
          await manager.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
          result.failed += 1;
          this.counters?.items.inc({ sweep: name, outcome: 'failed' });
          this.logger.error({ err: error }, `${name}: an item failed; the others go on`);
          if (failed && (await this.park(manager, item, error, now))) result.parked += 1;
        }
      }
      return result;
    });
  }

  /** The batch set-based, in a savepoint; undefined (rolled back) when there is no `handleBatch` or it threw. */
  private async wholeBatch(manager: EntityManager, items: T[], now: Date): Promise<number | undefined> {
    const { handleBatch, name } = this.options;
    if (!handleBatch) return undefined;
    await manager.query(`SAVEPOINT ${SAVEPOINT}`);
    try {
      const done = await handleBatch(manager, items, now);
      await manager.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      return done;
    } catch (error) {
      await manager.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      this.logger.warn({ err: error }, `${name}: the batch failed as a whole; handling its items one by one`);
      return undefined;
    }
  }

  /** Parks a failed item in a savepoint too: a failure to park leaves it to the next pass, not the batch. */
  private async park(manager: EntityManager, item: T, error: unknown, now: Date): Promise<boolean> {
    await manager.query(`SAVEPOINT ${SAVEPOINT}`);
    try {
      await this.options.failed?.(manager, item, error, now);
      await manager.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      return true;
    } catch (parkError) {
      await manager.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      this.logger.error({ err: parkError }, `${this.options.name}: a failed item could not be parked`);
      return false;
    }
  }
}

/**
 * A Nest provider running periodic sweeps (a service's deadline watcher): each starts on bootstrap and is
 * stopped on shutdown, waiting for its pass. `tick()` runs one pass of each, in order, as the timer would.
 */
export abstract class SweepWatcher implements OnApplicationBootstrap, OnModuleDestroy {
  protected abstract readonly sweeps: ReadonlyArray<Pick<PeriodicSweep<never>, 'start' | 'stop' | 'runOnce'>>;

  onApplicationBootstrap(): void {
    for (const sweep of this.sweeps) sweep.start();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.sweeps.map((sweep) => sweep.stop()));
  }

  /** One pass of every sweep; how many items this replica handled. */
  async tick(): Promise<number> {
    let done = 0;
    for (const sweep of this.sweeps) done += (await sweep.runOnce()).done;
    return done;
  }
}

interface SweepCounters {
  runs: Counter<'sweep' | 'outcome'>;
  items: Counter<'sweep' | 'outcome'>;
}

/** The counters live in the app's registry, shared by every sweep of the app. */
function sweepCounters(metrics: ServiceMetrics): SweepCounters {
  const counter = (name: string, help: string): Counter<'sweep' | 'outcome'> =>
    (metrics.registry.getSingleMetric(name) as Counter<'sweep' | 'outcome'> | undefined) ??
    new Counter({ name, help, labelNames: ['sweep', 'outcome'], registers: [metrics.registry] });
  return {
    runs: counter('periodic_sweep_runs_total', 'Passes of a periodic sweep, ok or failed'),
    items: counter(
      'periodic_sweep_items_total',
      'Items a periodic sweep handled (done) or rolled back (failed)',
    ),
  };
}
