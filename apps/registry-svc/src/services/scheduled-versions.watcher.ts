import { Injectable } from '@nestjs/common';
import { systemActor } from '@kzps/audit';
import { localDateOf } from '@kzps/calendar';
import { PeriodicSweep, SweepWatcher } from '@kzps/db';
import { InvalidEventError } from '@kzps/messaging';
import { Clock, ServiceMetrics, type Bilingual } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { recordRegistryAudit } from '../common/audit';
import { RegistryConfig } from '../config';
import { ServiceEntry } from './service-entry.entity';
import { ScheduledVersions } from './scheduled-versions';

const BATCH = 50;

const registrySystem = systemActor('registry-svc');

/** A version whose effective date has come, claimed with its entry's row lock. */
interface DueVersion {
  serviceId: string;
  version: number;
}

/**
 * What the authority reads on a parked version, in Kazakh and Russian (Art. 3, 5.5.2): a broken event contract
 * names its fields (as the request-time check SERVICE_EVENT_UNPUBLISHABLE does); anything else is a fault of
 * the system. Either way the authority revokes the act and records it again.
 */
export function parkedReasonOf(error: unknown): Bilingual {
  if (error instanceof InvalidEventError) {
    const fields = [...new Set(error.problems.map((problem) => problem.split(' ')[0] ?? 'payload'))].join(
      ', ',
    );
    return {
      kk: `Акт өз күнінде қолданылмады: оның оқиғасы тізілім оқиғаларының келісіміне сәйкес келмейді (өрістер: ${fields}). Актінің күшін жойып, оны қайта тіркеңіз.`,
      ru: `Акт не применён в день вступления в силу: его событие нарушает контракт событий реестра (поля: ${fields}). Отмените акт и зарегистрируйте его заново.`,
    };
  }
  return {
    kk: 'Акт өз күнінде жүйе қатесі салдарынан қолданылмады. Актінің күшін жойып, оны қайта тіркеңіз немесе қолдау қызметіне хабарласыңыз.',
    ru: 'Акт не применён в день вступления в силу из-за ошибки системы. Отмените акт и зарегистрируйте его заново или обратитесь в службу поддержки.',
  };
}

/**
 * Applies the versions whose effective date has come, through the periodic sweep (libs/db). Runs in every
 * replica: the versions are claimed with `FOR UPDATE SKIP LOCKED` on their entry rows (the same lock a
 * request takes to change an entry), and each is applied, audited and its event written in a savepoint of
 * its own, so no version is applied, or its event published, twice, and one that fails is parked and does
 * not hold back the other entries. It looks every SCHEDULE_WATCH_INTERVAL_MS (a minute by default: decrees take effect at 00:00
 * of a day, and the events carry that instant whatever the delay), and once at start.
 */
@Injectable()
export class ScheduledVersionsWatcher extends SweepWatcher {
  protected readonly sweeps: [PeriodicSweep<DueVersion>];

  constructor(
    dataSource: DataSource,
    clock: Clock,
    metrics: ServiceMetrics,
    config: RegistryConfig,
    private readonly scheduled: ScheduledVersions,
  ) {
    super();
    this.sweeps = [
      new PeriodicSweep<DueVersion>({
        name: 'scheduled_versions',
        dataSource,
        clock,
        metrics,
        intervalMs: config.SCHEDULE_WATCH_INTERVAL_MS,
        batchSize: BATCH,
        runAtStart: true,
        claim: (manager, now, limit) => this.claim(manager, now, limit),
        handle: (manager, due, now) => this.apply(manager, due, now),
        failed: (manager, due, error, now) => this.park(manager, due, error, now),
      }),
    ];
  }

  private claim(manager: EntityManager, now: Date, limit: number): Promise<DueVersion[]> {
    return manager.query(
      `SELECT v.service_id AS "serviceId", v.version
         FROM service_entry_version v JOIN service_entry e ON e.id = v.service_id
        WHERE v.applied_at IS NULL AND v.revoked_at IS NULL AND v.effective_date <= $1
          AND NOT EXISTS (SELECT 1 FROM service_entry_version p
                           WHERE p.service_id = v.service_id AND p.version <= v.version
                             AND p.parked_at IS NOT NULL AND p.applied_at IS NULL AND p.revoked_at IS NULL)
        ORDER BY v.service_id, v.version
        LIMIT $2
          FOR UPDATE OF e SKIP LOCKED`,
      [localDateOf(now), limit],
    );
  }

  private async apply(manager: EntityManager, due: DueVersion, now: Date): Promise<boolean> {
    const row = await manager.getRepository(ServiceEntry).findOneByOrFail({ id: due.serviceId });
    // Read again under the lock: a request may have applied it since the claim's statement began.
    const version = await this.scheduled.applyNext(manager, row, due.version, now);
    if (!version) return false;
    await recordRegistryAudit(manager, {
      actor: registrySystem,
      action: 'service.version-applied',
      entityType: 'service-entry',
      entityId: row.id,
      changes: { version: version.version, change: version.change, effectiveDate: version.effectiveDate },
    });
    return true;
  }

  /**
   * A version that could not be applied (its event breaks the contract: recorded before that was checked)
   * is parked with the error, audited, and counted (`periodic_sweep_items_total{outcome="failed"}`); the
   * authority sees it on the entry's versions and revokes it. The other decrees due that day apply.
   */
  private async park(manager: EntityManager, due: DueVersion, error: unknown, now: Date): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.scheduled.park(
      manager,
      due.serviceId,
      due.version,
      { error: message, reason: parkedReasonOf(error) },
      now,
    );
    await recordRegistryAudit(manager, {
      actor: registrySystem,
      action: 'service.version-parked',
      entityType: 'service-entry',
      entityId: due.serviceId,
      changes: { version: due.version, error: message },
    });
  }
}
