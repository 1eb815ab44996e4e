import { Module, type OnModuleInit } from '@nestjs/common';
import { ConstraintProblems } from '@kzps/platform';
import { SurveyApplicationsConsumer } from './survey-applications.consumer';
import { SurveysController } from './surveys.controller';
import { surveysError, SurveysErrorCode } from './surveys.errors';
import { SurveysService } from './surveys.service';

@Module({
  controllers: [SurveysController],
  providers: [SurveyApplicationsConsumer, SurveysService],
})
export class SurveysModule implements OnModuleInit {
  constructor(private readonly constraints: ConstraintProblems) {}

  /** Two answers sent at once both pass the check; the unique key refuses the second with the same code. */
  onModuleInit(): void {
    this.constraints.register({
      survey_answer_application_key: () => surveysError(SurveysErrorCode.SURVEY_ALREADY_ANSWERED),
    });
  }
}
