import { Module, type OnModuleInit } from '@nestjs/common';
import { ConstraintProblems } from '@kzps/platform';
import { AccreditationsModule } from '../accreditations/accreditations.module';
import { MonitoringReportsController } from './monitoring-reports.controller';
import { monitoringReportsError, MonitoringReportsErrorCode } from './monitoring-reports.errors';
import { MonitoringReportsService } from './monitoring-reports.service';

/** Public monitoring (Art. 23.1, 23.5): state orders to accredited NGOs and NGOs' monitoring reports. */
@Module({
  imports: [AccreditationsModule],
  controllers: [MonitoringReportsController],
  providers: [MonitoringReportsService],
})
export class MonitoringReportsModule implements OnModuleInit {
  constructor(private readonly constraints: ConstraintProblems) {}

  /** Two reports on one order sent at once both pass the check; the unique key refuses the second. */
  onModuleInit(): void {
    this.constraints.register({
      monitoring_report_state_order_key: () =>
        monitoringReportsError(MonitoringReportsErrorCode.MONITORING_REPORT_ALREADY_SUBMITTED),
    });
  }
}
