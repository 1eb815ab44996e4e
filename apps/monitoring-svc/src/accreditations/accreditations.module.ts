import { Module, type OnModuleInit } from '@nestjs/common';
import { ConstraintProblems } from '@kzps/platform';
import { AccreditationsController } from './accreditations.controller';
import { accreditationsError, AccreditationsErrorCode } from './accreditations.errors';
import { AccreditationsService } from './accreditations.service';

/** Accreditation of NGOs for public monitoring (Art. 23.3-4). */
@Module({
  controllers: [AccreditationsController],
  providers: [AccreditationsService],
  exports: [AccreditationsService],
})
export class AccreditationsModule implements OnModuleInit {
  constructor(private readonly constraints: ConstraintProblems) {}

  /** Two applications sent at once both pass the check; the partial unique index refuses the second. */
  onModuleInit(): void {
    this.constraints.register({
      accreditation_ngo_open_key: () =>
        accreditationsError(AccreditationsErrorCode.ACCREDITATION_ALREADY_HELD),
    });
  }
}
