import { Module, type OnModuleInit } from '@nestjs/common';
import { ConstraintProblems } from '@kzps/platform';
import { EvaluationsController } from './evaluations.controller';
import { evaluationsError, EvaluationsErrorCode } from './evaluations.errors';
import { EvaluationsService } from './evaluations.service';

@Module({ controllers: [EvaluationsController], providers: [EvaluationsService] })
export class EvaluationsModule implements OnModuleInit {
  constructor(private readonly constraints: ConstraintProblems) {}

  /** A second publication of the year that passed the check concurrently meets the key with the same code. */
  onModuleInit(): void {
    this.constraints.register({
      evaluation_year_pkey: () => evaluationsError(EvaluationsErrorCode.EVALUATION_YEAR_PUBLISHED),
    });
  }
}
