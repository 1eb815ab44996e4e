import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { actorOf } from '../common/actor';
import { ApiProblems } from '../common/api-problems.decorator';
import { PageQueryDto, type Page } from '../common/page.dto';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import {
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
  @ApiOperation({ summary: 'List and search the registry (Kazakh and Russian full text, filters, sort)' })
  @ApiOkResponse({ type: ServiceEntryPageDto })
  @ApiProblems(400)
  list(@Query() query: ServiceSearchQueryDto): Promise<Page<ServiceEntryDto>> {
    return this.search.search(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One entry; with asOf, the entry as the registry stood on that date' })
  @ApiOkResponse({ type: ServiceEntryDto })
  @ApiProblems(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @Query() query: AsOfQueryDto): Promise<ServiceEntryDto> {
    return this.entries.get(id, query.asOf);
  }

  @Get(':id/versions')
  @Public()
  @ApiOperation({ summary: 'Every version of the entry, oldest first, with its decree and effective date' })
  @ApiOkResponse({ type: ServiceEntryVersionPageDto })
  @ApiProblems(400, 404)
  versions(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ServiceEntryVersionDto>> {
    return this.entries.versions(id, query);
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
  })
  @ApiOkResponse({ type: ServiceEntryDto })
  @ApiProblems(400, 401, 403, 404, 409)
  include(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: InclusionDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDto> {
    return this.entries.include(id, body, actorOf(identity));
  }

  @Post(':id/amendments')
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Record an amending decree: a new version from its effective date' })
  @ApiOkResponse({ type: ServiceEntryDto })
  @ApiProblems(400, 401, 403, 404, 409)
  amend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AmendmentDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDto> {
    return this.entries.amend(id, body, actorOf(identity));
  }

  @Post(':id/exclusion')
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Record the decree that excludes the entry from the registry' })
  @ApiOkResponse({ type: ServiceEntryDto })
  @ApiProblems(400, 401, 403, 404, 409)
  exclude(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ExclusionDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDto> {
    return this.entries.exclude(id, body, actorOf(identity));
  }
}
