import { Module, type DynamicModule } from '@nestjs/common';
import {
  OrganizationCopyConsumer,
  REGISTRY_COPY_OPTIONS,
  ServiceCopyConsumer,
  type RegistryCopyOptions,
} from './registry-copy.consumers';

/**
 * The registry's organisations (and, when asked, services) as this service copies them into its own
 * `organization_ref` and `service_ref` tables; needs the service's messaging (inbox) and the tables.
 */
@Module({})
export class RegistryCopyModule {
  static forRoot(options: RegistryCopyOptions): DynamicModule {
    return {
      module: RegistryCopyModule,
      providers: [
        { provide: REGISTRY_COPY_OPTIONS, useValue: options },
        OrganizationCopyConsumer,
        ...(options.services ? [ServiceCopyConsumer] : []),
      ],
    };
  }
}
