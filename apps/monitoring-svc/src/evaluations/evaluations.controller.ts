import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Public, type Identity } from '@kzps/auth';
import { IdempotentPost } from '@kzps/db';
import { ApiProblems, malformedId, pageTooLarge, type Page } from '@kzps/platform';
import { designatedBodiesError, DesignatedBodiesErrorCode } from '../registry/designated-bodies.errors';
import { OwnerYearQueryDto } from '../common/year.dto';
import { AdoptMethodologyDto, PublishEvaluationDto } from './dto/evaluation.dto';
import { evaluationsError, EvaluationsErrorCode as Code } from './evaluations.errors';
import { exampleEvaluation, exampleMethodology, exampleRatings } from './evaluations.examples';
import {
  EvaluationsService,
  type EvaluationView,
  type MethodologyView,
  type RatingsView,
} from './evaluations.service';

/** Art. 21: the quality authority evaluates; the registry says which body that is (D18). */
const evaluators = ['quality-authority'] as const;
const evaluatorProblems = [
  ...guardProblems(evaluators),
  designatedBodiesError(DesignatedBodiesErrorCode.QUALITY_AUTHORITY_UNDESIGNATED),
  designatedBodiesError(DesignatedBodiesErrorCode.QUALITY_AUTHORITY_NOT_YOURS),
];
const page = <T>(item: T) => ({ type: 'object', example: { items: [item], total: 1, page: 1, size: 20 } });

@ApiTags('evaluations')
@Controller('api/v1/monitoring/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @IdempotentPost('methodologies', 201, evaluators)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleMethodology } })
  @ApiProblems(
    ...evaluatorProblems,
    evaluationsError(Code.EVALUATION_CRITERION_REPEATED),
    evaluationsError(Code.EVALUATION_WEIGHTS_NOT_100),
    evaluationsError(Code.EVALUATION_CRITERION_WORST_MISSING),
    evaluationsError(Code.EVALUATION_BANDS_INVALID),
    evaluationsError(Code.EVALUATION_METHODOLOGY_DATE_INVALID),
  )
  @ApiOperation({
    summary: 'Adopt the next version of the evaluation methodology: criteria, weights, score bands (Art. 21)',
  })
  adopt(@CurrentIdentity() caller: Identity, @Body() dto: AdoptMethodologyDto): Promise<MethodologyView> {
    return this.evaluations.adoptMethodology(caller, dto);
  }

  @Get('methodologies')
  @Public()
  @ApiOkResponse({ schema: page(exampleMethodology) })
  @ApiProblems(pageTooLarge)
  @ApiOperation({ summary: 'Every version of the methodology, newest first (public)' })
  methodologies(@Query() query: OwnerYearQueryDto): Promise<Page<MethodologyView>> {
    return this.evaluations.methodologies(query);
  }

  @Get('methodologies/:version')
  @Public()
  @ApiParam({ name: 'version', type: Number, example: 2 })
  @ApiOkResponse({ schema: { type: 'object', example: exampleMethodology } })
  @ApiProblems(evaluationsError(Code.EVALUATION_METHODOLOGY_NOT_FOUND))
  @ApiOperation({ summary: 'One version of the methodology (public)' })
  methodology(@Param('version', ParseIntPipe) version: number): Promise<MethodologyView> {
    return this.evaluations.methodology(version);
  }

  @IdempotentPost('', 201, evaluators)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleRatings } })
  @ApiProblems(
    ...evaluatorProblems,
    evaluationsError(Code.EVALUATION_YEAR_NOT_OVER),
    evaluationsError(Code.EVALUATION_YEAR_PUBLISHED),
    evaluationsError(Code.EVALUATION_METHODOLOGY_NONE),
    evaluationsError(Code.EVALUATION_YEAR_EMPTY),
  )
  @ApiOperation({
    summary: 'Evaluate and publish a year that is over: every owner’s score, band and place (Art. 20-21)',
    description:
      'Under the methodology adopted by the year’s start, from the indicators, surveys and completed ' +
      'inspections; a criterion with nothing measured is left out of the weights and says so.',
  })
  publish(@CurrentIdentity() caller: Identity, @Body() dto: PublishEvaluationDto): Promise<RatingsView> {
    return this.evaluations.publish(caller, dto);
  }

  @Get('ratings/:year')
  @Public()
  @ApiParam({ name: 'year', type: Number, example: 2026 })
  @ApiOkResponse({ schema: { type: 'object', example: exampleRatings } })
  @ApiProblems(evaluationsError(Code.EVALUATION_NOT_FOUND))
  @ApiOperation({ summary: 'The owners’ rating for a year, best first (public)' })
  ratings(@Param('year', ParseIntPipe) year: number): Promise<RatingsView> {
    return this.evaluations.ratings(year);
  }

  @Get()
  @Public()
  @ApiOkResponse({ schema: page(exampleEvaluation) })
  @ApiProblems(pageTooLarge)
  @ApiOperation({ summary: 'Published evaluations with their explanations, by year and owner (public)' })
  list(@Query() query: OwnerYearQueryDto): Promise<Page<EvaluationView>> {
    return this.evaluations.list(query);
  }

  @Get(':id')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid', example: exampleEvaluation.id })
  @ApiOkResponse({ schema: { type: 'object', example: exampleEvaluation } })
  @ApiProblems(malformedId, evaluationsError(Code.EVALUATION_NOT_FOUND))
  @ApiOperation({
    summary: 'One owner’s evaluation: the figures, weights and points behind its score (public)',
  })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<EvaluationView> {
    return this.evaluations.get(id);
  }
}
