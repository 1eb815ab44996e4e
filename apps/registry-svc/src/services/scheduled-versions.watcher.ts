import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { systemActor } from '@kzps/audit';
import { localDateOf } from '@kzps/calendar';
import { Clock } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { recordRegistryAudit } from '../common/audit';
import { RegistryConfig } from '../config';
import { ServiceEntry } from './service-entry.entity';
import { ScheduledVersions } from './scheduled-versions';

const BATCH = 50;

const registrySystem = systemActor('registry-svc');

/**
 * Applies the versions whose effective date has come. Runs in every replica: each batch of entries is
 * claimed with `FOR UPDATE SKIP LOCKED` on the entry rows (the same lock a request takes to change an
 * entry), and the versions are applied, audited and their events written in that transaction, so no
 * version is applied, or its event published, twice. It looks every SCHEDULE_WATCH_INTERVAL_MS (a minute by
 * default: decrees take effect at 00:00 of a day, and the events carry that instant whatever the delay).
 */
@Injectable()
export class ScheduledVersionsWatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ScheduledVersionsWatcher.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduled: ScheduledVersions,
    private readonly config: RegistryConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => {
      this.tick().catch((error: unknown) => this.logger.error({ err: error }, 'scheduled versions failed'));
    };
    // At start too: decrees that took effect while no replica ran apply at once.
    run();
    this.timer = setInterval(run, this.config.SCHEDULE_WATCH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass over every entry with a version due by `now`. Returns how many versions this replica applied. */
  async tick(now: Date = this.clock.now()): Promise<number> {
    // One pass at a time per replica; replicas are kept apart by the row locks.
    if (this.running) return this.running;
    this.running = this.sweep(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sweep(now: Date): Promise<number> {
    let applied = 0;
    for (;;) {
      const batch = await this.claimBatch(now);
      applied += batch.applied;
      if (batch.claimed < BATCH) return applied;
    }
  }

  private claimBatch(now: Date): Promise<{ claimed: number; applied: number }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(ServiceEntry)
        .createQueryBuilder('e')
        .where(
          `EXISTS (SELECT 1 FROM service_entry_version v
                    WHERE v.service_id = e.id AND v.applied_at IS NULL AND v.revoked_at IS NULL
                      AND v.effective_date <= :today)`,
          { today: localDateOf(now) },
        )
        .orderBy('e.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let applied = 0;
      for (const row of rows) {
        // Read again under the lock: another replica may have applied them since this statement began.
        const versions = await this.scheduled.applyDue(manager, row, now);
        for (const version of versions) {
          await recordRegistryAudit(manager, {
            actor: registrySystem,
            action: 'service.version-applied',
            entityType: 'service-entry',
            entityId: row.id,
            changes: {
              version: version.version,
              change: version.change,
              effectiveDate: version.effectiveDate,
            },
          });
        }
        applied += versions.length;
      }
      if (applied > 0) this.logger.log(`${applied} scheduled registry version(s) took effect`);
      return { claimed: rows.length, applied };
    });
  }
}
