import { Injectable } from '@nestjs/common';
import { deadlineWatchTiming, PeriodicSweep, SweepWatcher } from '@kzps/db';
import { Clock, ServiceMetrics, type Bilingual } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { auditStandard, standardsSystem } from '../common/audit';
import { StandardsConfig } from '../config';
import { ServiceRef } from '../read-model/service-ref.entity';
import { Standard } from '../standards/standard.entity';
import { StandardVersion } from '../standards/standard-version.entity';
import { EntryIntoForce } from './entry-into-force';

/**
 * What the owner reads on a parked version, in Kazakh and Russian (Art. 3, 5.5.2). Only data the checks of its
 * day let through, or a fault of the system, parks one; the error as raised is kept beside it for support.
 */
export const ENTRY_INTO_FORCE_PARKED: Bilingual = {
  kk: 'Нұсқа өз күнінде күшіне енбеді: оның деректері толық емес немесе қайшы, не жүйе қатесі орын алды. Себебін жойып, ресми жариялануын қайта тіркеңіз.',
  ru: 'Версия не вступила в силу в свой день: её данные неполны или противоречивы либо произошла ошибка системы. Устраните причину и зарегистрируйте официальное опубликование заново.',
};

interface DueVersion {
  standard_id: string;
  version_id: string;
  version_number: number;
}

/**
 * Puts a registered and published version in force at the start of its day (Law "On legal acts", D31), and
 * only then announces it, so applications-svc accepts applications under it from that day and not before.
 * A periodic sweep (libs/db) in every replica: the standard rows are claimed as every request locks them,
 * `FOR UPDATE SKIP LOCKED`, so a version takes effect, and is announced, once whichever replica gets there.
 * A version that fails to take effect is parked with its error (as registry-svc parks a decree it cannot
 * apply), so it is not tried again on every pass and the versions due beside it still take effect.
 */
@Injectable()
export class EntryIntoForceWatcher extends SweepWatcher {
  protected readonly sweeps: [PeriodicSweep<DueVersion>];

  constructor(
    dataSource: DataSource,
    clock: Clock,
    metrics: ServiceMetrics,
    config: StandardsConfig,
    private readonly entryIntoForce: EntryIntoForce,
  ) {
    super();
    this.sweeps = [
      new PeriodicSweep<DueVersion>({
        dataSource,
        clock,
        metrics,
        ...deadlineWatchTiming(config),
        name: 'entry_into_force',
        claim: (manager, now, limit) => this.dueVersions(manager, now, limit),
        handle: (manager, due, now) => this.takeEffect(manager, due, now),
        failed: (manager, due, error, now) => this.park(manager, due, error, now),
      }),
    ];
  }

  private dueVersions(manager: EntityManager, now: Date, limit: number): Promise<DueVersion[]> {
    return manager.query(
      `SELECT s.id AS standard_id, v.id AS version_id, v.number AS version_number
         FROM standard s JOIN standard_version v ON v.id = s.working_version_id
        WHERE v.status = 'registered' AND v.in_force_from <= $1 AND v.entry_into_force_parked_at IS NULL
        ORDER BY v.in_force_from
        LIMIT $2
          FOR UPDATE OF s SKIP LOCKED`,
      [now, limit],
    );
  }

  private async takeEffect(manager: EntityManager, due: DueVersion, now: Date): Promise<boolean> {
    const standard = await manager.findOneByOrFail(Standard, { id: due.standard_id });
    if (!standard.workingVersionId) return false;
    const version = await manager.findOneByOrFail(StandardVersion, { id: standard.workingVersionId });
    if (version.status !== 'registered' || !version.inForceFrom || version.inForceFrom > now) return false;
    const service = await manager.findOneByOrFail(ServiceRef, { id: standard.serviceId });
    await this.entryIntoForce.takeEffect(manager, standard, version, service, standardsSystem, now);
    return true;
  }

  /**
   * A version that could not take effect (data the checks of its day let through, say) is parked with the
   * error, audited, and counted (`periodic_sweep_items_total{sweep="entry_into_force",outcome="failed"}`); its
   * owner reads the error on the version and records the publication again once the cause is fixed.
   */
  private async park(manager: EntityManager, due: DueVersion, error: unknown, now: Date): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await manager.update(
      StandardVersion,
      { id: due.version_id },
      {
        entryIntoForceParkedAt: now,
        entryIntoForceError: message,
        entryIntoForceLocalizedError: ENTRY_INTO_FORCE_PARKED,
      },
    );
    await auditStandard(
      manager,
      standardsSystem,
      'enter-into-force-parked',
      due.standard_id,
      now,
      `Version ${due.version_number} could not enter into force: ${message}`,
    );
  }
}
