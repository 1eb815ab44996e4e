import { Body, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Roles, type Identity } from '@kzps/auth';
import { IdempotentPost } from '@kzps/db';
import { ApiProblems, PageQueryDto, pageTooLarge } from '@kzps/platform';
import { IndicatorReaders } from '../indicators/indicators.service';
import { AnswerSurveyDto } from './dto/answer-survey.dto';
import { surveysError, SurveysErrorCode as Code } from './surveys.errors';
import { SurveysService, type SurveyAnswerView, type SurveyViolationsPage } from './surveys.service';

const recipients = ['recipient'] as const;
const authorities = IndicatorReaders.everything;

const exampleAnswer: SurveyAnswerView = {
  surveyId: 'c0ffee00-0001-4000-8000-00000000c001',
  applicationId: 'e4d3c2b1-0001-4000-8000-00000000a001',
  scores: { timeliness: 5, courtesy: 4, convenience: 5, information: 4, result: 5 },
  comment: 'Анықтама уақытында берілді, рахмет / Справку выдали вовремя, спасибо',
  answeredAt: '2026-07-09T04:00:00.000Z',
};

const exampleViolations: SurveyViolationsPage = {
  items: [{ ownerId: '23c6d681-e6ee-4de8-849f-1b01aed4e952', lastAnsweredAt: '2025-05-14T06:00:00.000Z' }],
  total: 1,
  page: 1,
  size: 20,
  since: '2025-08-10',
};

@ApiTags('surveys')
@ApiBearerAuth()
@Controller('api/v1/monitoring/surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @IdempotentPost('', 201, recipients)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleAnswer } })
  @ApiProblems(
    ...guardProblems(recipients),
    surveysError(Code.SURVEY_APPLICATION_UNKNOWN),
    surveysError(Code.SURVEY_RESULT_NOT_ISSUED),
    surveysError(Code.SURVEY_ALREADY_ANSWERED),
  )
  @ApiOperation({
    summary: 'The recipient rates a delivered service (Art. 5.4.2): five criteria 1-5 and a comment, once',
  })
  answer(@CurrentIdentity() caller: Identity, @Body() dto: AnswerSurveyDto): Promise<SurveyAnswerView> {
    return this.surveys.answer(caller, dto);
  }

  @Get('violations')
  @Roles(...authorities)
  @ApiOkResponse({ schema: { type: 'object', example: exampleViolations } })
  @ApiProblems(...guardProblems(authorities), pageTooLarge)
  @ApiOperation({
    summary: 'Owners whose services no recipient rated in the last twelve months (Art. 5.4.2)',
  })
  violations(@Query() query: PageQueryDto): Promise<SurveyViolationsPage> {
    return this.surveys.violations(query);
  }
}
