import { Module } from '@nestjs/common';
import { ReadModelService } from './read-model.service';

/** Lookups on the local copies of registry services and organisations. */
@Module({ providers: [ReadModelService], exports: [ReadModelService] })
export class ReadModelModule {}
