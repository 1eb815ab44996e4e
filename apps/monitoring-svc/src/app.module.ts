import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, authOptionsFromConfig } from '@kzps/auth';
import { CalendarStoreModule } from '@kzps/calendar-store';
import { Topics } from '@kzps/contracts';
import { DatabaseModule } from '@kzps/db';
import { MessagingModule, messagingOptionsFromConfig } from '@kzps/messaging';
import { PlatformModule, type Clock } from '@kzps/platform';
import { SERVICE_NAME } from './common/service-name';
import type { MonitoringConfig } from './config';
import { entities } from './entities';
import { AccreditationsModule } from './accreditations/accreditations.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { InspectionsModule } from './inspections/inspections.module';
import { InternalControlModule } from './internal-control/internal-control.module';
import { migrations } from './migrations';
import { MonitoringReportsModule } from './monitoring-reports/monitoring-reports.module';
import { RegistryModule } from './registry/registry.module';
import { SurveysModule } from './surveys/surveys.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { AnnualReportsModule } from './annual-reports/annual-reports.module';

export interface AppOverrides {
  /** Tests move time with their own clock instead of sleeping. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: MonitoringConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, config, clock: overrides.clock }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
        MessagingModule.forRoot(
          messagingOptionsFromConfig(SERVICE_NAME, config, [
            Topics.monitoringInspections,
            Topics.monitoringSurveys,
            Topics.monitoringAccreditations,
            Topics.monitoringReports,
            Topics.monitoringRecommendations,
            Topics.monitoringEvaluations,
          ]),
        ),
        AuthModule.forRoot(authOptionsFromConfig(config)),
        // Every service keeps its own copy of the working-day calendar (docs/architecture.md D11).
        CalendarStoreModule.forRoot({ consumeChanges: true }),
        RegistryModule,
        IndicatorsModule,
        SurveysModule,
        InspectionsModule,
        AccreditationsModule,
        MonitoringReportsModule,
        InternalControlModule,
        RecommendationsModule,
        EvaluationsModule,
        AnnualReportsModule,
      ],
    };
  }
}
