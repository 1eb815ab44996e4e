import { Injectable } from '@nestjs/common';
import { deadlineWatchTiming, PeriodicSweep, SweepWatcher } from '@kzps/db';
import { Clock, ServiceMetrics } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { standardsSystem } from '../common/audit';
import { StandardsConfig } from '../config';
import { ServiceRef } from '../read-model/service-ref.entity';
import { Standard } from '../standards/standard.entity';
import { StandardVersion } from '../standards/standard-version.entity';
import { EntryIntoForce } from './entry-into-force';

interface DueVersion {
  standard_id: string;
}

/**
 * Puts a registered and published version in force at the start of its day (Law "On legal acts", D31), and
 * only then announces it, so applications-svc accepts applications under it from that day and not before.
 * A periodic sweep (libs/db) in every replica: the standard rows are claimed as every request locks them,
 * `FOR UPDATE SKIP LOCKED`, so a version takes effect, and is announced, once whichever replica gets there.
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
      }),
    ];
  }

  private dueVersions(manager: EntityManager, now: Date, limit: number): Promise<DueVersion[]> {
    return manager.query(
      `SELECT s.id AS standard_id
         FROM standard s JOIN standard_version v ON v.id = s.working_version_id
        WHERE v.status = 'registered' AND v.in_force_from <= $1
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
}
