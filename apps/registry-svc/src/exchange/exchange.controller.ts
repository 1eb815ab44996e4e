import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, OptionalIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { ApiProblems } from '@kzps/platform';
import { actorOf } from '../common/actor';
import { ApiServiceId } from '../common/api-examples';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import { ServiceEntryDto } from '../services/dto/service-entry-response.dto';
import { AsOfQueryDto } from '../services/dto/service-entry.dto';
import { viewerOf } from '../services/registry-viewer';
import { readOneProblems } from '../services/services.problems';
import { ImportReportDto } from './dto/import-report.dto';
import { registryCsvColumns } from './registry-csv';
import { exchangeError, ExchangeErrorCode } from './exchange.errors';
import { exampleCpsv, exampleCpsvGraph, exampleCsvExport, exampleCsvImport } from './exchange.examples';
import { RegistryExportService } from './registry-export.service';
import { RegistryImportService } from './registry-import.service';

const JSON_LD = 'application/ld+json; charset=utf-8';

/** The import's refusals: a file without the registry's columns, a file with bad rows (nothing written). */
const headerInvalid = exchangeError(
  ExchangeErrorCode.CsvHeaderInvalid,
  'Missing columns: ownerBin, providerBins',
  { expectedColumns: registryCsvColumns },
);
const importRejected = exchangeError(ExchangeErrorCode.ImportRejected, '2 problem(s) in the file', {
  report: {
    status: 'rejected',
    rows: 3,
    imported: 0,
    included: 0,
    errors: [
      {
        line: 3,
        field: 'deliveryForm',
        code: 'VALIDATION_FAILED',
        message: 'deliveryForm must be one of the following values: paper, electronic, paper-and-electronic',
      },
      {
        line: 4,
        field: 'ownerBin',
        code: 'SERVICE_UNKNOWN_ORGANIZATION',
        message: 'No organisation with BIN 010240000048',
      },
    ],
  },
});

@ApiTags('exchange')
@Controller('api/v1/registry')
export class ExchangeController {
  constructor(
    private readonly exports: RegistryExportService,
    private readonly imports: RegistryImportService,
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
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiConsumes('text/csv')
  @ApiBody({
    description:
      'CSV in the export format: organisations by BIN (or by id, for one without a BIN), lists separated by ";", ' +
      'status draft or included with its act (decreeNumber, decreeDate, decreeKind)',
    schema: { type: 'string', example: exampleCsvImport },
  })
  @ApiOperation({
    summary: 'Bulk import from CSV, all or nothing; 422 with the per-row report when any row is bad',
  })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiProblems(headerInvalid, ...guardProblems(REGISTRY_WRITERS), importRejected)
  importCsv(@Body() body: unknown, @CurrentIdentity() identity: Identity): Promise<ImportReportDto> {
    if (typeof body !== 'string') {
      throw exchangeError(ExchangeErrorCode.CsvHeaderInvalid, 'Send the file as text/csv');
    }
    return this.imports.importCsv(body, actorOf(identity));
  }
}
