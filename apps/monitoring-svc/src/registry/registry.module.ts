import { Global, Module } from '@nestjs/common';
import { DesignatedBodiesService } from './designated-bodies.service';
import { OrganizationsConsumer } from './organizations.consumer';

/** The registry's organisations as this service copies them, and the designated bodies among them (D18). */
@Global()
@Module({
  providers: [OrganizationsConsumer, DesignatedBodiesService],
  exports: [DesignatedBodiesService],
})
export class RegistryModule {}
