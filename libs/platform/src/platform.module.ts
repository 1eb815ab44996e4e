import { Global, Module, type DynamicModule } from '@nestjs/common';
import { HealthController } from './health/health.controller';
import { HealthRegistry } from './health/health.registry';
import { MetricsController } from './metrics/metrics.controller';
import { ServiceMetrics } from './metrics/metrics';
import { ConstraintProblems } from './problem/constraint-problems';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/** Health, metrics and the validated configuration, available to every module of the app. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot<C extends object>(options: { service: string; config: C }): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController, MetricsController],
      providers: [
        HealthRegistry,
        ConstraintProblems,
        { provide: ServiceMetrics, useValue: new ServiceMetrics(options.service) },
        { provide: SERVICE_CONFIG, useValue: options.config },
        { provide: options.config.constructor, useValue: options.config },
      ],
      exports: [
        HealthRegistry,
        ConstraintProblems,
        ServiceMetrics,
        SERVICE_CONFIG,
        options.config.constructor,
      ],
    };
  }
}
