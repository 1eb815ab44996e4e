import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '@kzps/db';
import { PlatformModule } from '@kzps/platform';
import type { StandardsConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';

@Module({})
export class AppModule {
  static forRoot(config: StandardsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: 'standards-svc', config }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
      ],
    };
  }
}
