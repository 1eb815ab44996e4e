import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@kzps/auth';
import { ApiProblems, ApiUuidParam, type Page } from '@kzps/platform';
import { InspectionsQueryDto } from './dto/inspection-requests.dto';
import type { PublishedInspectionView } from './inspection-views';
import { examplePublished, InspectionExamples as X } from './inspections.examples';
import { InspectionProblems as P } from './inspections.problems';
import { InspectionsService } from './inspections.service';

/** Art. 22.3.2: the results of inspections are published; anyone reads them, without a token. */
@ApiTags('inspections')
@Controller('api/v1/monitoring/inspections/published')
export class PublishedInspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    schema: { type: 'object', example: { items: [examplePublished], total: 1, page: 1, size: 20 } },
  })
  @ApiProblems(...P.published)
  @ApiOperation({
    summary: 'Published results of completed inspections (Art. 22.3.2), newest first; no token',
  })
  list(@Query() query: InspectionsQueryDto): Promise<Page<PublishedInspectionView>> {
    return this.inspections.published(query);
  }

  @Get(':inspectionId')
  @Public()
  @ApiUuidParam('inspectionId', X.inspectionId, 'The inspection')
  @ApiOkResponse({ schema: { type: 'object', example: examplePublished } })
  @ApiProblems(...P.publishedOne)
  @ApiOperation({
    summary: 'One inspection’s published results: findings, orders and their fulfilment; no token',
  })
  get(@Param('inspectionId', ParseUUIDPipe) inspectionId: string): Promise<PublishedInspectionView> {
    return this.inspections.publishedOne(inspectionId);
  }
}
