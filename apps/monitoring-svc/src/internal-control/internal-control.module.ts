import { Module, type OnModuleInit } from '@nestjs/common';
import { ConstraintProblems } from '@kzps/platform';
import { InternalControlController } from './internal-control.controller';
import { internalControlError, InternalControlErrorCode } from './internal-control.errors';
import { InternalControlService } from './internal-control.service';

/** Internal control of quality (Art. 22.4-5): owners' reports, the authority's requests, late reports listed. */
@Module({
  controllers: [InternalControlController],
  providers: [InternalControlService],
})
export class InternalControlModule implements OnModuleInit {
  constructor(private readonly constraints: ConstraintProblems) {}

  /** Two reports for one period sent at once both pass the check; the unique keys refuse the second. */
  onModuleInit(): void {
    const taken = () =>
      internalControlError(InternalControlErrorCode.INTERNAL_CONTROL_REPORT_ALREADY_SUBMITTED);
    this.constraints.register({
      internal_control_report_half_year_key: taken,
      internal_control_report_request_key: taken,
    });
  }
}
