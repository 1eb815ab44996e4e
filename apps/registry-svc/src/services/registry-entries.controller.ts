import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, OptionalIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { actorOf } from '../common/actor';
import { ApiProblems } from '../common/api-problems.decorator';
import { PageQueryDto, type Page } from '../common/page.dto';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import {
  ServiceEntryDetailDto,
  ServiceEntryDto,
  ServiceEntryPageDto,
  ServiceEntryVersionDto,
  ServiceEntryVersionPageDto,
} from './dto/service-entry-response.dto';
import {
  AmendmentDto,
  AsOfQueryDto,
  CreateServiceEntryDto,
  ExclusionDto,
  InclusionDto,
  ServiceEntryFieldsDto,
} from './dto/service-entry.dto';
import { RegistryEntriesService } from './registry-entries.service';
import { viewerOf } from './registry-viewer';
import { ServiceSearchQueryDto } from './search/search-query.dto';
import { RegistrySearchService } from './search/registry-search.service';

@ApiTags('registry of public services')
@Controller('api/v1/registry/services')
export class RegistryEntriesController {
  constructor(
    private readonly entries: RegistryEntriesService,
    private readonly search: RegistrySearchService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'List and search the registry (Kazakh and Russian full text, code, filters, sort)',
    description:
      'By default the entries in the registry (included, amended). `status` may be repeated ' +
      '(`status=excluded&status=included`); drafts (`status=draft`) only for the public-services authority.',
  })
  @ApiOkResponse({ type: ServiceEntryPageDto })
  @ApiProblems(400, 403)
  list(
    @Query() query: ServiceSearchQueryDto,
    @OptionalIdentity() identity?: Identity,
  ): Promise<Page<ServiceEntryDto>> {
    return this.search.search(query, viewerOf(identity));
  }

  @Get(':id')
  @Public()
  @ApiOperation({
    summary: 'One entry with its scheduled decrees (pending); with asOf, the entry as it stood on that date',
    description: 'A draft is found only by the public-services authority (404 for anyone else).',
  })
  @ApiOkResponse({
    type: ServiceEntryDetailDto,
    description: 'With asOf: the entry of that date, no pending',
  })
  @ApiProblems(400, 404)
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AsOfQueryDto,
    @OptionalIdentity() identity?: Identity,
  ): Promise<ServiceEntryDto> {
    const viewer = viewerOf(identity);
    return query.asOf ? this.entries.asOf(id, query.asOf, viewer) : this.entries.get(id, viewer);
  }

  @Get(':id/versions')
  @Public()
  @ApiOperation({
    summary: 'Every version of the entry, oldest first, with its decree and effective date',
    description: 'Scheduled versions have appliedAt null; the drafting versions only for the authority.',
  })
  @ApiOkResponse({ type: ServiceEntryVersionPageDto })
  @ApiProblems(400, 404)
  versions(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
    @OptionalIdentity() identity?: Identity,
  ): Promise<Page<ServiceEntryVersionDto>> {
    return this.entries.versions(id, query, viewerOf(identity));
  }

  @Post()
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Draft a new entry (Art. 6.3: the public-services authority drafts the registry)',
  })
  @ApiCreatedResponse({ type: ServiceEntryDto })
  @ApiProblems(400, 401, 403, 409)
  create(
    @Body() body: CreateServiceEntryDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDto> {
    return this.entries.create(body, actorOf(identity));
  }

  @Put(':id')
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Rewrite a draft (an included entry changes only by an amendment)' })
  @ApiOkResponse({ type: ServiceEntryDto })
  @ApiProblems(400, 401, 403, 404, 409)
  updateDraft(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ServiceEntryFieldsDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDto> {
    return this.entries.updateDraft(id, body, actorOf(identity));
  }

  @Post(':id/inclusion')
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Record the Government decree that includes the entry (Art. 6.3-4); clocks start',
    description:
      'Takes effect (and the event goes out) at 00:00 Asia/Almaty of effectiveDate: now when it has come.',
  })
  @ApiOkResponse({ type: ServiceEntryDetailDto })
  @ApiProblems(400, 401, 403, 404, 409)
  include(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: InclusionDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDetailDto> {
    return this.entries.include(id, body, actorOf(identity));
  }

  @Post(':id/amendments')
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Record an amending decree: a new version from its effective date',
    description:
      'A later effective date schedules it (see pending); 409 when it conflicts with a scheduled one.',
  })
  @ApiOkResponse({ type: ServiceEntryDetailDto })
  @ApiProblems(400, 401, 403, 404, 409)
  amend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AmendmentDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDetailDto> {
    return this.entries.amend(id, body, actorOf(identity));
  }

  @Post(':id/exclusion')
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Record the decree that excludes the entry from the registry',
    description: 'From its effective date; nothing can be scheduled after an exclusion.',
  })
  @ApiOkResponse({ type: ServiceEntryDetailDto })
  @ApiProblems(400, 401, 403, 404, 409)
  exclude(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ExclusionDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDetailDto> {
    return this.entries.exclude(id, body, actorOf(identity));
  }
}
