import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '@kzps/db';
import { PlatformModule } from '@kzps/platform';
import type { ComplaintsConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';

@Module({})
export class AppModule {
  static forRoot(config: ComplaintsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: 'complaints-svc', config }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
      ],
    };
  }
}
