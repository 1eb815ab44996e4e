import { Body, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Roles, type Identity } from '@kzps/auth';
import { IdempotentPost } from '@kzps/db';
import { ApiProblems, ApiUuidParam, PageQueryDto, type Page } from '@kzps/platform';
import {
  InternalControlYearQueryDto,
  RequestInternalControlDto,
  SubmitInternalControlReportDto,
} from './dto/internal-control-requests.dto';
import {
  exampleLateReport,
  exampleReport,
  exampleRequest,
  InternalControlExamples as X,
} from './internal-control.examples';
import { InternalControlProblems as P } from './internal-control.problems';
import {
  InternalControlRoles,
  InternalControlService,
  type InternalControlReportView,
  type InternalControlRequestView,
  type LateReportsPage,
} from './internal-control.service';

const readers = [...InternalControlRoles.overseers, ...InternalControlRoles.owners];
const pageOfOne = <T>(item: T) => ({ items: [item], total: 1, page: 1, size: 20 });

@ApiTags('internal control')
@ApiBearerAuth()
@Controller('api/v1/monitoring/internal-control')
export class InternalControlController {
  constructor(private readonly internalControl: InternalControlService) {}

  @IdempotentPost('requests', 201, InternalControlRoles.requester)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleRequest } })
  @ApiProblems(...P.request)
  @ApiOperation({
    summary: 'The quality authority requests an owner’s internal-control results by a due date (Art. 22.5)',
  })
  request(
    @CurrentIdentity() caller: Identity,
    @Body() dto: RequestInternalControlDto,
  ): Promise<InternalControlRequestView> {
    return this.internalControl.request(caller, dto);
  }

  @Get('requests')
  @Roles(...readers)
  @ApiOkResponse({ schema: { type: 'object', example: pageOfOne(exampleRequest) } })
  @ApiProblems(...P.list)
  @ApiOperation({ summary: 'Requests and the reports that answered them; an owner’s officer sees its own' })
  requests(
    @CurrentIdentity() caller: Identity,
    @Query() query: PageQueryDto,
  ): Promise<Page<InternalControlRequestView>> {
    return this.internalControl.requests(caller, query);
  }

  @IdempotentPost('reports', 201, InternalControlRoles.owners)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleReport } })
  @ApiProblems(...P.submit)
  @ApiOperation({
    summary: 'An owner reports internal control of its units and subordinate organisations (Art. 22.4-5)',
    description:
      'For a half-year (due on its 10th working day after, D27) or for a request; late ones are marked.',
  })
  submit(
    @CurrentIdentity() caller: Identity,
    @Body() dto: SubmitInternalControlReportDto,
  ): Promise<InternalControlReportView> {
    return this.internalControl.submit(caller, dto);
  }

  @Get('reports')
  @Roles(...readers)
  @ApiOkResponse({ schema: { type: 'object', example: pageOfOne(exampleReport) } })
  @ApiProblems(...P.list)
  @ApiOperation({ summary: 'Internal-control reports, newest first; an owner’s officer sees its own' })
  reports(
    @CurrentIdentity() caller: Identity,
    @Query() query: InternalControlYearQueryDto,
  ): Promise<Page<InternalControlReportView>> {
    return this.internalControl.reports(caller, query);
  }

  @Get('reports/:reportId')
  @Roles(...readers)
  @ApiUuidParam('reportId', X.reportId, 'The report')
  @ApiOkResponse({ schema: { type: 'object', example: exampleReport } })
  @ApiProblems(...P.read)
  @ApiOperation({ summary: 'One internal-control report with its units' })
  get(
    @CurrentIdentity() caller: Identity,
    @Param('reportId', ParseUUIDPipe) reportId: string,
  ): Promise<InternalControlReportView> {
    return this.internalControl.get(caller, reportId);
  }

  @Get('violations')
  @Roles(...InternalControlRoles.overseers)
  @ApiOkResponse({ schema: { type: 'object', example: { ...pageOfOne(exampleLateReport), year: 2026 } } })
  @ApiProblems(...P.late)
  @ApiOperation({
    summary: 'Owners whose internal-control report was not in by its due date, missing or late (Art. 22.5)',
  })
  violations(@Query() query: InternalControlYearQueryDto): Promise<LateReportsPage> {
    return this.internalControl.late(query);
  }
}
