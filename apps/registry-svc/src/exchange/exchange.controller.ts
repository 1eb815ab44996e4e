import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, OptionalIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { actorOf } from '../common/actor';
import { ApiProblems } from '../common/api-problems.decorator';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import { ServiceEntryDto } from '../services/dto/service-entry-response.dto';
import { AsOfQueryDto } from '../services/dto/service-entry.dto';
import { viewerOf } from '../services/registry-viewer';
import { ImportReportDto } from './dto/import-report.dto';
import { exchangeError, ExchangeErrorCode } from './exchange.errors';
import { RegistryExportService } from './registry-export.service';
import { RegistryImportService } from './registry-import.service';

const JSON_LD = 'application/ld+json; charset=utf-8';

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
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The registry (included and amended entries) as CSV: the import format, organisations by BIN',
    description: "A cell beginning with = + - @ is prefixed with ' (spreadsheet formula injection)",
  })
  @ApiOkResponse({ description: 'CSV with a header row', schema: { type: 'string' } })
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
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: 'The registry as CPSV-AP 3 JSON-LD (@graph of cpsv:PublicService)' })
  @ApiOkResponse({ description: 'JSON-LD document', schema: { type: 'object' } })
  async jsonLd(): Promise<string> {
    return JSON.stringify(await this.exports.cpsvGraph());
  }

  @Get('services/:id/cpsv')
  @Public()
  @Header('content-type', JSON_LD)
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: 'One entry as a CPSV-AP 3 cpsv:PublicService (JSON-LD)' })
  @ApiOkResponse({
    description: 'JSON-LD document',
    schema: { type: 'object', example: { '@type': 'cpsv:PublicService', identifier: '01.01-001' } },
  })
  @ApiProblems(400, 404)
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
  @ApiBody({ description: 'CSV in the export format', schema: { type: 'string' } })
  @ApiOperation({
    summary: 'Bulk import from CSV, all or nothing; 422 with the per-row report when any row is bad',
  })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiProblems(400, 401, 403)
  importCsv(@Body() body: unknown, @CurrentIdentity() identity: Identity): Promise<ImportReportDto> {
    if (typeof body !== 'string') {
      throw exchangeError(ExchangeErrorCode.CsvHeaderInvalid, 'Send the file as text/csv');
    }
    return this.imports.importCsv(body, actorOf(identity));
  }
}
