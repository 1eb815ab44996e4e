import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, OptionalIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { ApiProblems, invalid, malformedId, badPage, PageQueryDto, type Page } from '@kzps/platform';
import { actorOf } from '../common/actor';
import { ApiServiceId } from '../common/api-examples';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import { ByRegistryAuthority, registryAuthorityNotYours } from '../common/registry-authority';
import {
  ServiceEntryDetailDto,
  ServiceEntryDto,
  ServiceEntryPageDto,
  ServiceEntryVersionDto,
  ServiceEntryVersionPageDto,
} from './dto/service-entry-response.dto';
import {
  ServiceAmendmentDto,
  AsOfQueryDto,
  CreateServiceEntryDto,
  ExclusionDto,
  InclusionDto,
  ServiceEntryFieldsDto,
  VersionRevocationDto,
} from './dto/service-entry.dto';
import { RegistryEntriesService } from './registry-entries.service';
import { viewerOf } from './registry-viewer';
import { ServiceSearchQueryDto } from './search/search-query.dto';
import { RegistrySearchService } from './search/registry-search.service';
import { paternityDraft } from './service-entry.examples';
import { readOneProblems, serviceProblems as problems } from './services.problems';
import { Idempotent } from '@kzps/db';

const writer = [...guardProblems(REGISTRY_WRITERS), registryAuthorityNotYours];
const badDecreeDate = invalid(
  {
    field: 'decreeDate',
    message: 'decreeDate must be a valid ISO 8601 date string',
    constraint: 'isIso8601',
  },
  { field: 'decreeDate', message: 'decreeDate must be YYYY-MM-DD', constraint: 'matches' },
);
const missingReason = invalid({
  field: 'reason',
  message: 'reason should not be null or undefined',
  constraint: 'isDefined',
});
const badFields = invalid(
  { field: 'name.kk', message: 'kk must be longer than or equal to 1 characters', constraint: 'minLength' },
  {
    field: 'deliveryForm',
    message: 'deliveryForm must be one of the following values: paper, electronic, paper-and-electronic',
    constraint: 'isIn',
  },
  { field: 'ownerId', message: 'ownerId must be a UUID', constraint: 'isUuid' },
);
/** Why an amendment or an exclusion cannot follow what the entry is, or will be. */
const laterActProblems = [
  problems.notFound,
  problems.notIncluded,
  problems.excluded,
  problems.effectiveDateOutOfOrder,
  problems.changeScheduled,
  problems.unpublishable,
];
/** What the domain checks refuse in an entry's fields: references, owner, classifier, consistency. */
const fieldProblems = [
  badFields,
  problems.unknownOrganization,
  problems.ownerNotEligible,
  problems.ownerLocalExecutiveBody,
  problems.ownerMissing,
  problems.unknownClassifierCode,
  problems.inconsistent,
  problems.organizationInactive,
];

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
  @ApiProblems(
    invalid({
      field: 'status',
      message: 'each value in status must be one of the following values: draft, included, amended, excluded',
      constraint: 'isIn',
    }),
    badPage,
    problems.draftsHidden,
  )
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
  @ApiServiceId()
  @ApiOkResponse({
    type: ServiceEntryDetailDto,
    description: 'With asOf: the entry of that date, no pending',
  })
  @ApiProblems(...readOneProblems)
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
  @ApiServiceId()
  @ApiOkResponse({ type: ServiceEntryVersionPageDto })
  @ApiProblems(
    malformedId,
    invalid({ field: 'size', message: 'size must not be greater than 200', constraint: 'max' }),
    problems.notFound,
  )
  versions(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
    @OptionalIdentity() identity?: Identity,
  ): Promise<Page<ServiceEntryVersionDto>> {
    return this.entries.versions(id, query, viewerOf(identity));
  }

  @Post()
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Draft a new entry (Art. 6.3: the public-services authority drafts the registry)',
  })
  @ApiBody({
    type: CreateServiceEntryDto,
    examples: { paternity: { summary: 'The registration of paternity, free', value: paternityDraft } },
  })
  @ApiCreatedResponse({ type: ServiceEntryDto })
  @ApiProblems(...fieldProblems, ...writer, problems.codeTaken)
  @Idempotent()
  create(
    @Body() body: CreateServiceEntryDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDto> {
    return this.entries.create(body, actorOf(identity));
  }

  @Put(':id')
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Rewrite a draft (an included entry changes only by an amendment)' })
  @ApiServiceId()
  @ApiBody({
    type: ServiceEntryFieldsDto,
    examples: { paternity: { summary: 'The whole draft, rewritten', value: paternityDraft } },
  })
  @ApiOkResponse({ type: ServiceEntryDto })
  @ApiProblems(
    malformedId,
    ...fieldProblems,
    ...writer,
    problems.notFound,
    problems.draftFixed,
    problems.changeScheduled,
  )
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
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary:
      'Record the act that includes the entry in the registry (Art. 6.3-4); the statutory clocks start',
    description:
      'The act is a Government resolution unless decreeKind says it is an order of the authorised body. Takes ' +
      'effect (and the event goes out) at 00:00 Asia/Almaty of effectiveDate: now when it has come.',
  })
  @ApiServiceId()
  @ApiOkResponse({ type: ServiceEntryDetailDto })
  @ApiProblems(
    malformedId,
    badDecreeDate,
    problems.unknownOrganization,
    ...writer,
    problems.notFound,
    problems.notDraft,
    problems.changeScheduled,
    problems.organizationInactive,
    problems.unpublishable,
  )
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
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Record an amending act: a new version of the entry from its effective date',
    description:
      'A later effective date schedules it (see pending); 409 when it conflicts with a scheduled one.',
  })
  @ApiServiceId()
  @ApiOkResponse({ type: ServiceEntryDetailDto })
  @ApiProblems(
    malformedId,
    badDecreeDate,
    problems.emptyAmendment,
    ...fieldProblems.slice(1),
    ...writer,
    ...laterActProblems,
  )
  amend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ServiceAmendmentDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDetailDto> {
    return this.entries.amend(id, body, actorOf(identity));
  }

  @Post(':id/exclusion')
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Record the act that excludes the entry from the registry',
    description: 'From its effective date; nothing can be scheduled after an exclusion.',
  })
  @ApiServiceId()
  @ApiOkResponse({ type: ServiceEntryDetailDto })
  @ApiProblems(malformedId, missingReason, ...writer, ...laterActProblems)
  exclude(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ExclusionDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDetailDto> {
    return this.entries.exclude(id, body, actorOf(identity));
  }

  @Post(':id/versions/:version/revocation')
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Revoke a scheduled act before it takes effect (recorded in error, or cancelled before its day)',
    description:
      'Only the last version scheduled (the ones after it were built on it), and only before 00:00 Asia/Almaty of ' +
      'its effective date: 409 SERVICE_VERSION_IN_FORCE after. The version stays in the history with the ' +
      'revocation; nothing was announced for it, so no event goes out. Audited.',
  })
  @ApiServiceId()
  @ApiParam({ name: 'version', type: 'integer', example: 4, description: 'The scheduled version' })
  @ApiOkResponse({ type: ServiceEntryDetailDto, description: 'The entry, its pending versions without it' })
  @ApiProblems(
    malformedId,
    new BadRequestException('Validation failed (numeric string is expected)'),
    missingReason,
    ...writer,
    problems.notFound,
    problems.versionNotFound,
    problems.versionInForce,
    problems.versionRevoked,
    problems.changeScheduled,
  )
  revokeScheduled(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: VersionRevocationDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceEntryDetailDto> {
    return this.entries.revokeScheduled(id, version, body, actorOf(identity));
  }
}
