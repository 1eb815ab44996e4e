import { Body, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Roles, type Identity } from '@kzps/auth';
import { IdempotentPost } from '@kzps/db';
import { ApiProblems, ApiUuidParam, PageQueryDto, type Page } from '@kzps/platform';
import {
  IssueStateOrderDto,
  MonitoringReportsQueryDto,
  SubmitMonitoringReportDto,
} from './dto/monitoring-report-requests.dto';
import {
  exampleReport,
  exampleStateOrder,
  MonitoringReportExamples as X,
} from './monitoring-reports.examples';
import { MonitoringReportProblems as P, stateOrderReaders } from './monitoring-reports.problems';
import {
  MonitoringReportRoles,
  MonitoringReportsService,
  type MonitoringReportView,
  type StateOrderView,
} from './monitoring-reports.service';

const pageOfOne = <T>(item: T) => ({ items: [item], total: 1, page: 1, size: 20 });

@ApiTags('public monitoring')
@ApiBearerAuth()
@Controller('api/v1/monitoring/monitoring-reports')
export class MonitoringReportsController {
  constructor(private readonly reports: MonitoringReportsService) {}

  @IdempotentPost('state-orders', 201, MonitoringReportRoles.orderer)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleStateOrder } })
  @ApiProblems(...P.issueOrder)
  @ApiOperation({
    summary: 'The quality authority orders monitoring from an NGO accredited today (Art. 23.1)',
  })
  issueStateOrder(
    @CurrentIdentity() caller: Identity,
    @Body() dto: IssueStateOrderDto,
  ): Promise<StateOrderView> {
    return this.reports.issueStateOrder(caller, dto);
  }

  @Get('state-orders')
  @Roles(...stateOrderReaders)
  @ApiOkResponse({ schema: { type: 'object', example: pageOfOne(exampleStateOrder) } })
  @ApiProblems(...P.stateOrders)
  @ApiOperation({ summary: 'State orders and the reports that answered them; an NGO’s monitor sees its own' })
  stateOrders(
    @CurrentIdentity() caller: Identity,
    @Query() query: PageQueryDto,
  ): Promise<Page<StateOrderView>> {
    return this.reports.stateOrders(caller, query);
  }

  @IdempotentPost('', 201, MonitoringReportRoles.monitors)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleReport } })
  @ApiProblems(...P.submit)
  @ApiOperation({
    summary: 'An NGO submits its monitoring report with findings per service and provider',
    description:
      'On a state order: only the accredited NGO it was given to, while the accreditation is in force; the ' +
      'result is accredited (Art. 23.5). On its own initiative: any NGO; kept apart from accredited results.',
  })
  submit(
    @CurrentIdentity() caller: Identity,
    @Body() dto: SubmitMonitoringReportDto,
  ): Promise<MonitoringReportView> {
    return this.reports.submit(caller, dto);
  }

  @Get()
  @Roles(...MonitoringReportRoles.readers)
  @ApiOkResponse({ schema: { type: 'object', example: pageOfOne(exampleReport) } })
  @ApiProblems(...P.list)
  @ApiOperation({
    summary: 'Accredited monitoring results (default), or own-initiative monitoring with accredited=false',
  })
  list(@Query() query: MonitoringReportsQueryDto): Promise<Page<MonitoringReportView>> {
    return this.reports.list(query);
  }

  @Get(':reportId')
  @Roles(...MonitoringReportRoles.readers)
  @ApiUuidParam('reportId', X.reportId, 'The monitoring report')
  @ApiOkResponse({ schema: { type: 'object', example: exampleReport } })
  @ApiProblems(...P.read)
  @ApiOperation({ summary: 'One monitoring report with its findings' })
  get(@Param('reportId', ParseUUIDPipe) reportId: string): Promise<MonitoringReportView> {
    return this.reports.get(reportId);
  }
}
