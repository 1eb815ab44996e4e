import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '@kzps/db';
import { PlatformModule } from '@kzps/platform';
import type { MonitoringConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';

@Module({})
export class AppModule {
  static forRoot(config: MonitoringConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: 'monitoring-svc', config }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
      ],
    };
  }
}
