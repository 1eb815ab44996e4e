import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Roles, type Identity } from '@kzps/auth';
import { ApiProblems, pageTooLarge, type Page } from '@kzps/platform';
import { IndicatorsQueryDto } from './dto/indicators-query.dto';
import { indicatorsCsv } from './indicators-csv';
import { indicatorsError, IndicatorsErrorCode as Code } from './indicators.errors';
import { exampleIndicatorPage, exampleIndicatorRow } from './indicators.examples';
import { groupingsOf, IndicatorReaders, IndicatorsService, type IndicatorRow } from './indicators.service';

const readers = [...IndicatorReaders.everything, ...IndicatorReaders.ownServices];
const readProblems = [
  ...guardProblems(readers),
  pageTooLarge,
  indicatorsError(Code.INDICATOR_MONTHS_INVERTED),
  indicatorsError(Code.INDICATOR_OWNER_NOT_YOURS),
  indicatorsError(Code.INDICATOR_READER_WITHOUT_ORGANIZATION),
];

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('api/v1/monitoring/indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @Roles(...readers)
  @ApiOkResponse({ schema: { type: 'object', example: exampleIndicatorPage } })
  @ApiProblems(...readProblems)
  @ApiOperation({
    summary: 'Quality indicators by month and facet, from the applications and complaints events',
    description:
      'Filters by service, owner, provider, PSC, region and channel, months in Asia/Almaty; an owner’s ' +
      'officer reads the owner’s own services only. Complaints carry no channel or PSC, queue tickets no owner.',
  })
  list(@CurrentIdentity() caller: Identity, @Query() query: IndicatorsQueryDto): Promise<Page<IndicatorRow>> {
    return this.indicators.page(caller, query);
  }

  @Get('export.csv')
  @Roles(...readers)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="indicators.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV with a header row, one row a group; page and size are ignored',
    content: {
      'text/csv': {
        schema: { type: 'string' },
        example: indicatorsCsv(['month', 'service'], [exampleIndicatorRow]),
      },
    },
  })
  @ApiProblems(...readProblems)
  @ApiOperation({ summary: 'The same table as CSV, every row, for the analyst’s own tools' })
  async csv(@CurrentIdentity() caller: Identity, @Query() query: IndicatorsQueryDto): Promise<string> {
    return indicatorsCsv(groupingsOf(query), await this.indicators.all(caller, query));
  }
}
