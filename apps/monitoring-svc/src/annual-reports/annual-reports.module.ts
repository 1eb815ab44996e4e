import { Module, type OnModuleInit } from '@nestjs/common';
import { ConstraintProblems } from '@kzps/platform';
import { AnnualReportsController } from './annual-reports.controller';
import { annualReportsError, AnnualReportsErrorCode } from './annual-reports.errors';
import { AnnualReportsService } from './annual-reports.service';

@Module({ controllers: [AnnualReportsController], providers: [AnnualReportsService] })
export class AnnualReportsModule implements OnModuleInit {
  constructor(private readonly constraints: ConstraintProblems) {}

  /** Two drafts of one year sent at once: the key refuses the second with the check's code. */
  onModuleInit(): void {
    this.constraints.register({
      annual_report_owner_year_key: () => annualReportsError(AnnualReportsErrorCode.ANNUAL_REPORT_EXISTS),
    });
  }
}
