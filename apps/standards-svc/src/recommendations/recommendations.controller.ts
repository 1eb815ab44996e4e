import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Public, Roles } from '@kzps/auth';
import { ApiProblems, malformedId, pageTooLarge, type Page } from '@kzps/platform';
import { exampleIds } from '../common/api-examples';
import { ownerOfficerProblems, standardNotFound } from '../common/api-problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { AnswerRecommendationDto, RecommendationsQueryDto } from './dto/recommendation.dto';
import { RecommendationLedger } from './recommendation-ledger';
import type { StandardRecommendationView } from './recommendation.view';
import { recommendationError, RecommendationErrorCode as Code } from './recommendations.errors';
import { exampleRecommendationId, exampleStandardRecommendation } from './recommendations.examples';

const standardId = ApiParam({ name: 'id', format: 'uuid', example: exampleIds.standard });

@ApiTags('recommendations')
@Controller('api/v1/standards/:id/recommendations')
export class RecommendationsController {
  constructor(private readonly ledger: RecommendationLedger) {}

  @Get()
  @Public()
  @standardId
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: { items: [exampleStandardRecommendation], total: 1, page: 1, size: 20 },
    },
  })
  @ApiProblems(malformedId, pageTooLarge, standardNotFound)
  @ApiOperation({
    summary: 'Recommendations to adopt, change or cancel the standard (Art. 7.5), pending first (public)',
  })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: RecommendationsQueryDto,
  ): Promise<Page<StandardRecommendationView>> {
    return this.ledger.list(id, query);
  }

  @Post(':recommendationId/answer')
  @HttpCode(201)
  @Roles(...StandardsRoles.owner)
  @standardId
  @ApiParam({ name: 'recommendationId', format: 'uuid', example: exampleRecommendationId })
  @ApiCreatedResponse({
    schema: {
      type: 'object',
      example: {
        ...exampleStandardRecommendation,
        status: 'rejected',
        versionId: null,
        reasons: {
          kk: 'Анықтама мемлекеттік дерекқорда жоқ, сондықтан тізбеде қалады',
          ru: 'Справки нет в государственной базе данных, поэтому она остается в перечне',
        },
      },
    },
  })
  @ApiProblems(
    malformedId,
    ...ownerOfficerProblems,
    standardNotFound,
    recommendationError(Code.RECOMMENDATION_NOT_FOUND),
    recommendationError(Code.RECOMMENDATION_ALREADY_ANSWERED),
  )
  @ApiOperation({
    summary: 'The owner accepts a recommendation or rejects it with reasons (Art. 7.5; owner officers)',
    description:
      'The answer goes back to monitoring-svc. Citing it in an amendment or cancellation accepts it.',
  })
  answer(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('recommendationId', ParseUUIDPipe) recommendationId: string,
    @Body() body: AnswerRecommendationDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<StandardRecommendationView> {
    return this.ledger.answer(id, recommendationId, caller, body);
  }
}
