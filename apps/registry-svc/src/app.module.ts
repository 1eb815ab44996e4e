import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '@kzps/db';
import { PlatformModule } from '@kzps/platform';
import type { RegistryConfig } from './config';
import { migrations } from './migrations';

@Module({})
export class AppModule {
  static forRoot(config: RegistryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: 'registry-svc', config }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities: [], migrations })),
      ],
    };
  }
}
