import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { ServiceConfigClass } from '@kzps/platform';

/**
 * The settings of a service's deadline watcher (a `SweepWatcher`), for its config class:
 * `class StandardsConfig extends withDeadlineWatch(AuthServiceConfig, { batch: 100 })`.
 */
export function withDeadlineWatch<Base extends ServiceConfigClass>(base: Base, defaults: { batch: number }) {
  class DeadlineWatchConfig extends base {
    /** How often each replica sweeps for what came due; 0 turns the timer off. */
    @Type(() => Number)
    @IsInt()
    @Min(0)
    DEADLINE_WATCH_INTERVAL_MS = 60_000;

    /** Rows claimed per watcher transaction. */
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(10_000)
    DEADLINE_WATCH_BATCH = defaults.batch;
  }
  return DeadlineWatchConfig;
}

/** A service's deadline-watch settings as a sweep takes them (the timer, the batch, a pass at start). */
export function deadlineWatchTiming(config: {
  DEADLINE_WATCH_INTERVAL_MS: number;
  DEADLINE_WATCH_BATCH: number;
}): {
  intervalMs: number;
  batchSize: number;
  runAtStart: true;
} {
  return {
    intervalMs: config.DEADLINE_WATCH_INTERVAL_MS,
    batchSize: config.DEADLINE_WATCH_BATCH,
    runAtStart: true,
  };
}
