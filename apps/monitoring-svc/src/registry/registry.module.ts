import { Global, Module } from '@nestjs/common';
import { RegistryCopyModule } from '@kzps/registry-copy';
import { DesignatedBodiesService } from './designated-bodies.service';

/**
 * The registry's organisations as this service copies them (D12: libs/registry-copy), with their parent, and
 * the designated bodies among them (D18).
 */
@Global()
@Module({
  imports: [RegistryCopyModule.forRoot({ organizations: ['parentId'] })],
  providers: [DesignatedBodiesService],
  exports: [DesignatedBodiesService],
})
export class RegistryModule {}
