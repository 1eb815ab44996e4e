import { Injectable, Module } from '@nestjs/common';
import { Clock } from '@kzps/platform';
import { IntakeService } from '../intake/intake.service';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { ResultSignatures } from '../lifecycle/result-signature';
import { Transitions } from '../lifecycle/transitions';

/**
 * The instant a demo act of the past is dated: the seeder sets it before each act. Only this module's own
 * intake and lifecycle read it; every request and watcher of the service keeps PlatformModule's clock.
 */
@Injectable()
export class HistoryClock extends Clock {
  private instant: Date | undefined;

  set(instant: Date): void {
    this.instant = new Date(instant.getTime());
  }

  now(): Date {
    if (!this.instant) throw new Error('HistoryClock read before the seeder dated an act');
    return new Date(this.instant.getTime());
  }
}

/** The real intake and lifecycle, as the desks would have run them on a past day. */
@Injectable()
export class DemoHistory {
  constructor(
    private readonly clock: HistoryClock,
    private readonly intake: IntakeService,
    private readonly lifecycle: LifecycleService,
  ) {}

  /** Runs `act` with every instant it records (acceptance, terms, events, audit) at `instant`. */
  async on<T>(
    instant: Date,
    act: (desk: { intake: IntakeService; lifecycle: LifecycleService }) => Promise<T>,
  ): Promise<T> {
    this.clock.set(instant);
    return act({ intake: this.intake, lifecycle: this.lifecycle });
  }
}

/**
 * Months of demo applications (SEED_DEMO_DATA) go through the same intake and lifecycle as a request, so their
 * terms, events and audit are the real ones, dated in the past: monitoring-svc's dashboard then has months to
 * show, and the deadline watcher finds an application overdue as it would in production. The module provides
 * its own `Clock` (a module's own provider wins over the global one), so no request path can move time.
 */
@Module({
  providers: [
    HistoryClock,
    { provide: Clock, useExisting: HistoryClock },
    IntakeService,
    LifecycleService,
    Transitions,
    ResultSignatures,
    DemoHistory,
  ],
  exports: [DemoHistory],
})
export class DemoHistoryModule {}
