import { Body, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Public, type Identity } from '@kzps/auth';
import { IdempotentPost } from '@kzps/db';
import { ApiProblems, malformedId, pageTooLarge, type Page } from '@kzps/platform';
import { IssueRecommendationDto, RecommendationsQueryDto } from './dto/recommendation.dto';
import type { RecommendationView } from './recommendation.mapper';
import { recommendationsError, RecommendationsErrorCode as Code } from './recommendations.errors';
import { exampleRecommendation } from './recommendations.examples';
import { RECOMMENDATION_ISSUERS, RecommendationsService } from './recommendations.service';

@ApiTags('recommendations')
@Controller('api/v1/monitoring/recommendations')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @IdempotentPost('', 201, RECOMMENDATION_ISSUERS)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleRecommendation } })
  @ApiProblems(
    ...guardProblems(RECOMMENDATION_ISSUERS),
    recommendationsError(Code.RECOMMENDATION_SOURCE_NOT_YOURS),
    recommendationsError(Code.RECOMMENDATION_ISSUER_WITHOUT_ORGANIZATION),
    recommendationsError(Code.RECOMMENDATION_FIELD_NOT_FOR_SOURCE),
    recommendationsError(Code.RECOMMENDATION_REPORT_NOT_FOUND),
    recommendationsError(Code.RECOMMENDATION_REPORT_NOT_ACCREDITED),
    recommendationsError(Code.RECOMMENDATION_REPORT_OTHER_SERVICE),
    recommendationsError(Code.RECOMMENDATION_COMPLAINT_NOT_DECIDED),
    recommendationsError(Code.RECOMMENDATION_COMPLAINT_OTHER_SERVICE),
  )
  @ApiOperation({
    summary: 'Recommend that the owner adopt, change or cancel a service’s standard (Art. 7.5, 19.5, 23.5)',
    description:
      'The quality authority on its own findings, on an accredited NGO’s monitoring results or on complaints ' +
      'decided; the informatization authority on its own. standards-svc shows it on the standard; the ' +
      'owner’s answer comes back here.',
  })
  issue(
    @CurrentIdentity() caller: Identity,
    @Body() dto: IssueRecommendationDto,
  ): Promise<RecommendationView> {
    return this.recommendations.issue(caller, dto);
  }

  @Get()
  @Public()
  @ApiOkResponse({
    schema: { type: 'object', example: { items: [exampleRecommendation], total: 1, page: 1, size: 20 } },
  })
  @ApiProblems(pageTooLarge)
  @ApiOperation({
    summary: 'The register of recommendations with the owners’ answers, newest first (public)',
  })
  list(@Query() query: RecommendationsQueryDto): Promise<Page<RecommendationView>> {
    return this.recommendations.list(query);
  }

  @Get(':id')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid', example: exampleRecommendation.id })
  @ApiOkResponse({ schema: { type: 'object', example: exampleRecommendation } })
  @ApiProblems(malformedId, recommendationsError(Code.RECOMMENDATION_NOT_FOUND))
  @ApiOperation({ summary: 'One recommendation, its source and the owner’s answer (public)' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RecommendationView> {
    return this.recommendations.get(id);
  }
}
