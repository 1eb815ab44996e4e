import { Body, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, OptionalIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { IdempotentPost } from '@kzps/db';
import { ApiProblems, malformedId, pageTooLarge, type Page } from '@kzps/platform';
import { OwnerYearQueryDto } from '../common/year.dto';
import {
  DraftAnnualReportDto,
  PublishAnnualReportDto,
  RecordDiscussionDto,
  ReportViolationsQueryDto,
} from './dto/annual-report.dto';
import { annualReportsError, AnnualReportsErrorCode as Code } from './annual-reports.errors';
import { exampleAnnualReport, exampleViolation } from './annual-reports.examples';
import {
  AnnualReportsService,
  REPORT_OVERSEERS,
  type AnnualReportView,
  type ReportViolation,
} from './annual-reports.service';

const owners = ['owner-officer'] as const;
const ownerProblems = [
  ...guardProblems(owners),
  annualReportsError(Code.ANNUAL_REPORT_NOT_YOURS),
  annualReportsError(Code.ANNUAL_REPORT_OWNER_WITHOUT_ORGANIZATION),
];
const reportId = ApiParam({ name: 'id', format: 'uuid', example: exampleAnnualReport.id });
const draft = {
  ...exampleAnnualReport,
  status: 'draft',
  publishedOn: null,
  publicationUrl: null,
  discussions: [],
};

@ApiTags('annual-reports')
@Controller('api/v1/monitoring/annual-reports')
export class AnnualReportsController {
  constructor(private readonly reports: AnnualReportsService) {}

  @IdempotentPost('', 201, owners)
  @ApiCreatedResponse({ schema: { type: 'object', example: draft } })
  @ApiProblems(
    ...ownerProblems,
    annualReportsError(Code.ANNUAL_REPORT_YEAR_NOT_OVER),
    annualReportsError(Code.ANNUAL_REPORT_EXISTS),
  )
  @ApiOperation({
    summary: 'The owner drafts its yearly activity report, the figures from its indicators (Art. 17.6)',
  })
  draft(@CurrentIdentity() caller: Identity, @Body() dto: DraftAnnualReportDto): Promise<AnnualReportView> {
    return this.reports.draft(caller, dto);
  }

  @IdempotentPost(':id/publication', 200, owners)
  @reportId
  @ApiOkResponse({ schema: { type: 'object', example: { ...exampleAnnualReport, discussions: [] } } })
  @ApiProblems(
    malformedId,
    ...ownerProblems,
    annualReportsError(Code.ANNUAL_REPORT_NOT_FOUND),
    annualReportsError(Code.ANNUAL_REPORT_ALREADY_PUBLISHED),
    annualReportsError(Code.ANNUAL_REPORT_DATE_INVALID),
  )
  @ApiOperation({
    summary: 'Record its publication on the owner’s site and the e-government portal (Art. 17.6)',
  })
  publish(
    @CurrentIdentity() caller: Identity,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PublishAnnualReportDto,
  ): Promise<AnnualReportView> {
    return this.reports.publish(caller, id, dto);
  }

  @IdempotentPost(':id/discussions', 201, owners)
  @reportId
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleAnnualReport } })
  @ApiProblems(
    malformedId,
    ...ownerProblems,
    annualReportsError(Code.ANNUAL_REPORT_NOT_FOUND),
    annualReportsError(Code.ANNUAL_REPORT_NOT_PUBLISHED),
    annualReportsError(Code.ANNUAL_REPORT_DATE_INVALID),
  )
  @ApiOperation({
    summary: 'Record a public discussion of the report with providers and interested persons (Art. 17.8)',
  })
  discuss(
    @CurrentIdentity() caller: Identity,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordDiscussionDto,
  ): Promise<AnnualReportView> {
    return this.reports.discuss(caller, id, dto);
  }

  @Get('violations')
  @Roles(...REPORT_OVERSEERS)
  @ApiOkResponse({
    schema: { type: 'object', example: { items: [exampleViolation], total: 1, page: 1, size: 20 } },
  })
  @ApiProblems(...guardProblems(REPORT_OVERSEERS), pageTooLarge)
  @ApiOperation({
    summary: 'Owners without a published and publicly discussed report on the year (Art. 17.6-8)',
  })
  violations(@Query() query: ReportViolationsQueryDto): Promise<Page<ReportViolation>> {
    return this.reports.violations(query);
  }

  @Get()
  @Public()
  @ApiOkResponse({
    schema: { type: 'object', example: { items: [exampleAnnualReport], total: 1, page: 1, size: 20 } },
  })
  @ApiProblems(pageTooLarge)
  @ApiOperation({ summary: 'Published annual reports with their discussions (public)' })
  list(@Query() query: OwnerYearQueryDto): Promise<Page<AnnualReportView>> {
    return this.reports.list(query);
  }

  @Get(':id')
  @Public()
  @reportId
  @ApiOkResponse({ schema: { type: 'object', example: exampleAnnualReport } })
  @ApiProblems(malformedId, annualReportsError(Code.ANNUAL_REPORT_NOT_FOUND))
  @ApiOperation({ summary: 'One report: published ones for everyone, a draft for its owner' })
  get(
    @OptionalIdentity() caller: Identity | undefined,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AnnualReportView> {
    return this.reports.get(caller, id);
  }
}
