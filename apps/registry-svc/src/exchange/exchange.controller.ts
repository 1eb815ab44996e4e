import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentIdentity, guardProblems, OptionalIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { Idempotent } from '@kzps/db';
import { ApiProblems, ApiUuidParam, malformedId } from '@kzps/platform';
import { actorOf } from '../common/actor';
import { ApiServiceId } from '../common/api-examples';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import { ByRegistryAuthority, registryAuthorityNotYours } from '../common/registry-authority';
import { ServiceEntryDto } from '../services/dto/service-entry-response.dto';
import { AsOfQueryDto } from '../services/dto/service-entry.dto';
import { viewerOf } from '../services/registry-viewer';
import { readOneProblems } from '../services/services.problems';
import { ImportJobDto } from './dto/import-job.dto';
import { registryCsvColumns } from './registry-csv';
import { exchangeError, ExchangeErrorCode } from './exchange.errors';
import {
  exampleCpsv,
  exampleCpsvGraph,
  exampleCsvExport,
  exampleCsvImport,
  exampleImportJob,
} from './exchange.examples';
import { RegistryExportService } from './registry-export.service';
import { ImportJobsService } from './import-jobs.service';

const JSON_LD = 'application/ld+json; charset=utf-8';

/** The import's refusals in the request: a file without the registry's columns, or not well-formed CSV. */
const headerInvalid = exchangeError(
  ExchangeErrorCode.CsvHeaderInvalid,
  'Missing columns: ownerBin, providerBins',
  { expectedColumns: registryCsvColumns },
);
const importRejected = exchangeError(ExchangeErrorCode.ImportRejected, '2 problem(s) in the file', {
  report: {
    status: 'rejected',
    rows: 4,
    imported: 0,
    included: 0,
    errors: [
      { line: 2, code: 'CSV_CELL_COUNT_MISMATCH', message: 'Line 2 has 24 cell(s); the header has 23' },
      {
        line: 3,
        code: 'CSV_QUOTE_NOT_CLOSED',
        message: 'The record starting on line 3 opens a quote that is never closed',
      },
    ],
  },
});
const importNotFound = exchangeError(ExchangeErrorCode.ImportNotFound, `No import ${exampleImportJob.id}`);

@ApiTags('exchange')
@Controller('api/v1/registry')
export class ExchangeController {
  constructor(
    private readonly exports: RegistryExportService,
    private readonly jobs: ImportJobsService,
  ) {}

  @Get('exports/services.csv')
  @Public()
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="registry-services.csv"')
  @ApiOperation({
    summary: 'The registry (included and amended entries) as CSV: the import format, organisations by BIN',
    description:
      "An organisation without a BIN (an individual provider, Art. 5.2.2) is named by its id, never by its IIN. A cell beginning with = + - @ is prefixed with ' (spreadsheet formula injection).",
  })
  @ApiOkResponse({
    description: 'CSV with a header row, one entry a row',
    content: { 'text/csv': { schema: { type: 'string' }, example: exampleCsvExport } },
  })
  csv(): Promise<string> {
    return this.exports.csv();
  }

  @Get('exports/services.json')
  @Public()
  @ApiOperation({ summary: 'The registry (included and amended entries) as JSON' })
  @ApiOkResponse({ type: [ServiceEntryDto] })
  json(): Promise<ServiceEntryDto[]> {
    return this.exports.all();
  }

  @Get('exports/services.jsonld')
  @Public()
  @Header('content-type', JSON_LD)
  @ApiOperation({ summary: 'The registry as CPSV-AP 3 JSON-LD (@graph of cpsv:PublicService)' })
  @ApiOkResponse({
    description: 'JSON-LD document: the context once, every entry in @graph',
    content: { 'application/ld+json': { schema: { type: 'object' }, example: exampleCpsvGraph } },
  })
  async jsonLd(): Promise<string> {
    return JSON.stringify(await this.exports.cpsvGraph());
  }

  @Get('services/:id/cpsv')
  @Public()
  @Header('content-type', JSON_LD)
  @ApiOperation({ summary: 'One entry as a CPSV-AP 3 cpsv:PublicService (JSON-LD)' })
  @ApiServiceId()
  @ApiOkResponse({
    description: 'JSON-LD document',
    content: { 'application/ld+json': { schema: { type: 'object' }, example: exampleCpsv } },
  })
  @ApiProblems(...readOneProblems)
  async cpsv(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AsOfQueryDto,
    @OptionalIdentity() identity?: Identity,
  ): Promise<string> {
    return JSON.stringify(await this.exports.cpsvOf(id, viewerOf(identity), query.asOf));
  }

  @Post('imports')
  @HttpCode(202)
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiConsumes('text/csv')
  @ApiBody({
    description:
      'CSV in the export format: organisations by BIN (or by id, for one without a BIN), lists separated by ";", ' +
      'status draft or included with its act (decreeNumber, decreeDate, decreeKind)',
    schema: { type: 'string', example: exampleCsvImport },
  })
  @ApiOperation({
    summary: 'Bulk import from CSV as a job, all or nothing; follow Location for progress and the report',
    description:
      'The file is checked here (the columns, well-formed CSV: 400 or 422 with the lines) and queued; the answer ' +
      'is 202 with the job, and its URL in Location. The job imports every row in one transaction, or none when ' +
      'a row has a problem (status rejected, the report naming each). The same file sent again, or the same ' +
      'Idempotency-Key, answers the same job instead of importing twice.',
  })
  @ApiAcceptedResponse({
    type: ImportJobDto,
    headers: {
      Location: {
        description: 'The job: GET it for progress and the report',
        schema: { type: 'string', example: `/api/v1/registry/imports/${exampleImportJob.id}` },
      },
    },
  })
  @ApiProblems(headerInvalid, ...guardProblems(REGISTRY_WRITERS), registryAuthorityNotYours, importRejected)
  @Idempotent()
  async importCsv(
    @Body() body: unknown,
    @CurrentIdentity() identity: Identity,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportJobDto> {
    if (typeof body !== 'string') {
      throw exchangeError(ExchangeErrorCode.CsvHeaderInvalid, 'Send the file as text/csv');
    }
    const job = await this.jobs.enqueue(body, actorOf(identity));
    void reply.header('location', `/api/v1/registry/imports/${job.id}`);
    return job;
  }

  @Get('imports/:id')
  @Roles(...REGISTRY_WRITERS)
  // The report names the rows of a registry write: read by the officers of the body that keeps it (Art. 6.3).
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'An import job: its status, progress and, once finished, its report',
    description: 'For the officers of the designated public-services authority, as the import itself.',
  })
  @ApiUuidParam('id', exampleImportJob.id, 'The import job (from the Location of POST /imports)')
  @ApiOkResponse({ type: ImportJobDto, example: exampleImportJob })
  @ApiProblems(malformedId, ...guardProblems(REGISTRY_WRITERS), registryAuthorityNotYours, importNotFound)
  importJob(@Param('id', ParseUUIDPipe) id: string): Promise<ImportJobDto> {
    return this.jobs.get(id);
  }
}
