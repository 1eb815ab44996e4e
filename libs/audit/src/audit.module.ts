import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Provides AuditService; needs the service's TypeORM DataSource (DatabaseModule) in the app. */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
