import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '@kzps/platform';
import type { GatewayConfig } from './config';

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ service: 'gateway', config })],
    };
  }
}
