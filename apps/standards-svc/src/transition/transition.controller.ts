import { CurrentIdentity, guardProblems, Roles } from '@kzps/auth';
import { Idempotent } from '@kzps/db';
import { ApiProblems } from '@kzps/platform';
import { Body, Controller, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiCreatedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CallerIdentity } from '../common/identity';
import { ImportQueryDto, ImportStandardsDto, StandardsImportReportDto } from './dto/standards-import.dto';
import { importedStandardExample } from './transition.examples';
import { transitionProblems as problems } from './transition.problems';
import { TransitionService } from './transition.service';

const authority = ['public-services-authority'] as const;

@ApiTags('transition')
@ApiBearerAuth()
@Controller('api/v1/standards/imports')
export class TransitionController {
  constructor(private readonly transition: TransitionService) {}

  @Post()
  @HttpCode(200)
  @Roles(...authority)
  @ApiOperation({
    summary: 'Import standards already in force, with their acts, registration and reglaments (Art. 25)',
    description:
      'For officers of the public-services authority the registry names. All or nothing: every standard is ' +
      'checked (the registry’s service, the eleven items of Art. 8, the dates of its act, registration and ' +
      'entry into force, the register number, the reglament’s adopting bodies) and the report names each ' +
      'problem in Kazakh and Russian. Imported history starts no clock and raises no miss; a standard in force ' +
      'before the law gets the three months of Art. 25 from the law’s entry into force. `dryRun=true` answers ' +
      'the report (200) and writes nothing; an import answers 201 and publishes each standard in force.',
  })
  @ApiBody({
    type: ImportStandardsDto,
    examples: {
      stock: {
        summary: 'The Ministry of Labour’s standard of 2019 for 01.02-002, with its reglament',
        value: { standards: [importedStandardExample] },
      },
    },
  })
  @ApiOkResponse({ type: StandardsImportReportDto, description: 'A dry run: the report, nothing written' })
  @ApiCreatedResponse({ type: StandardsImportReportDto, description: 'Imported' })
  @ApiProblems(problems.empty, ...guardProblems(authority), problems.notTheAuthority, problems.rejected)
  @Idempotent()
  async import(
    @Body() body: ImportStandardsDto,
    @Query() query: ImportQueryDto,
    @CurrentIdentity() caller: CallerIdentity,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StandardsImportReportDto> {
    const dryRun = query.dryRun ?? false;
    const report = await this.transition.importAsAuthority(caller, body, dryRun);
    if (!dryRun) void reply.status(201);
    return report;
  }
}
