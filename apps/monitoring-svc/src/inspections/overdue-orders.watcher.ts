import { Injectable } from '@nestjs/common';
import { deadlineWatchTiming, PeriodicSweep, SweepWatcher } from '@kzps/db';
import { Clock, ServiceMetrics } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { MonitoringConfig } from '../config';
import { InspectionsService, type OrderRow } from './inspections.service';

/**
 * Announces each order whose due date passed without its fulfilment accepted, once: a periodic sweep in every
 * replica claims the open orders `FOR UPDATE SKIP LOCKED`, so two replicas never announce the same one.
 */
@Injectable()
export class OverdueOrdersWatcher extends SweepWatcher {
  protected readonly sweeps: [PeriodicSweep<OrderRow>];

  constructor(
    dataSource: DataSource,
    clock: Clock,
    metrics: ServiceMetrics,
    config: MonitoringConfig,
    inspections: InspectionsService,
  ) {
    super();
    this.sweeps = [
      new PeriodicSweep<OrderRow>({
        dataSource,
        clock,
        metrics,
        ...deadlineWatchTiming(config),
        name: 'inspection_orders_overdue',
        claim: (manager, now, limit) => inspections.dueOrders(manager, now, limit),
        handle: (manager, order, now) => inspections.markOverdue(manager, order, now),
      }),
    ];
  }
}
