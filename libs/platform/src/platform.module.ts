import { Global, Module, type DynamicModule } from '@nestjs/common';
import { HealthController } from './health/health.controller';
import { DependencyOutages } from './health/dependency-outages';
import { HealthRegistry } from './health/health.registry';
import { MetricsController } from './metrics/metrics.controller';
import { ServiceMetrics } from './metrics/metrics';
import { ConstraintProblems } from './problem/constraint-problems';
import { Clock, SystemClock } from './time/clock';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/** Health, metrics, the clock and the validated configuration, available to every module of the app. */
@Global()
@Module({})
export class PlatformModule {
  /** `clock`: tests pass a clock they move; otherwise the system clock. */
  static forRoot<C extends object>(options: { service: string; config: C; clock?: Clock }): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController, MetricsController],
      providers: [
        HealthRegistry,
        DependencyOutages,
        ConstraintProblems,
        { provide: ServiceMetrics, useValue: new ServiceMetrics(options.service) },
        { provide: SERVICE_CONFIG, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: options.config.constructor, useValue: options.config },
      ],
      exports: [
        HealthRegistry,
        DependencyOutages,
        ConstraintProblems,
        ServiceMetrics,
        SERVICE_CONFIG,
        Clock,
        options.config.constructor,
      ],
    };
  }
}
