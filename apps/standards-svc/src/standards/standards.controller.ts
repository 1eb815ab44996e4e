import { CurrentIdentity, OptionalIdentity, Public, Roles } from '@kzps/auth';
import { ApiProblems, malformedId, type Page, pageTooLarge } from '@kzps/platform';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiStandardId, ApiVersionId } from '../common/api-examples';
import { ownerOfficerProblems, standardNotFound } from '../common/api-problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import {
  DiffQueryDto,
  ListStandardsQueryDto,
  StartChangeDto,
  UpdateDraftDto,
  VersionsQueryDto,
} from './dto/standard-requests.dto';
import {
  ContentChangeDto,
  StandardPageDto,
  StandardResponseDto,
  VersionPageDto,
  VersionResponseDto,
  type VersionHistoryEntryDto,
} from './dto/standard-response.dto';
import { amendmentReference, childbirthAllowanceStandard, partialDraft } from './standard.examples';
import { standardsProblems as problems } from './standards.problems';
import { StandardsService } from './standards.service';

@ApiTags('standards')
@ApiBearerAuth()
@Controller('api/v1/standards')
export class StandardsController {
  constructor(private readonly standards: StandardsService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Standards, by service, status, overdue terms; `serviceId=..&inForce=true` is the standard in force',
  })
  @ApiOkResponse({ type: StandardPageDto })
  @ApiProblems(problems.badListQuery, pageTooLarge)
  list(
    @Query() query: ListStandardsQueryDto,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<Page<StandardResponseDto>> {
    return this.standards.list(query, caller);
  }

  @Get(':id')
  @Public()
  @ApiOperation({
    summary:
      'One standard: its service, status, statutory terms, the version in force and the one being worked on',
    description: 'Officers of the service’s owner also see the working draft and the Art. 8 items it lacks.',
  })
  @ApiStandardId()
  @ApiOkResponse({ type: StandardResponseDto })
  @ApiProblems(malformedId, standardNotFound)
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<StandardResponseDto> {
    return this.standards.get(id, caller);
  }

  @Put(':id/draft')
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary: 'Replace the working draft (drafting or revision; owner officers)',
    description:
      'A draft may be saved part-way; it goes to discussion only with all eleven items of Art. 8. The owner and ' +
      'the providers it names by id must be the registry’s for the service.',
  })
  @ApiStandardId()
  @ApiBody({
    type: UpdateDraftDto,
    examples: {
      complete: {
        summary: 'All eleven items of Art. 8 (the childbirth allowance)',
        value: { content: childbirthAllowanceStandard },
      },
      partial: {
        summary: 'Saved part-way: term, fee, queue and registration term to come',
        value: { content: partialDraft },
      },
    },
  })
  @ApiOkResponse({ type: VersionResponseDto })
  @ApiProblems(
    malformedId,
    problems.badDraft,
    problems.termBeyondCalendar,
    ...ownerOfficerProblems,
    standardNotFound,
    problems.serviceExcluded,
    problems.draftNotEditable,
    problems.disagreesWithRegistry,
  )
  updateDraft(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateDraftDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<VersionResponseDto> {
    return this.standards.updateDraft(id, caller, body.content);
  }

  @Get(':id/versions')
  @Public()
  @ApiOperation({
    summary:
      'Version history, newest first, each with its changes; `asOf` gives the version in force on a date',
  })
  @ApiStandardId()
  @ApiOkResponse({ type: VersionPageDto })
  @ApiProblems(malformedId, problems.badAsOf, problems.asOfNotCounted, pageTooLarge, standardNotFound)
  versions(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: VersionsQueryDto,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<Page<VersionHistoryEntryDto>> {
    return this.standards.versions(id, query, caller);
  }

  @Post(':id/versions')
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary: 'Start an amendment or a cancellation of the standard in force (Art. 7.5; owner officers)',
    description:
      'The new version starts from the text in force and takes the same path: discussion, agreement, registration.',
  })
  @ApiStandardId()
  @ApiBody({
    type: StartChangeDto,
    examples: {
      amendment: {
        summary: 'On a recommendation of the quality authority',
        value: {
          kind: 'amendment',
          basis: 'quality_authority_recommendation',
          reference: amendmentReference,
        },
      },
      cancellation: {
        summary: 'At the owner’s discretion (no reference needed)',
        value: { kind: 'cancellation', basis: 'owner_discretion' },
      },
    },
  })
  @ApiCreatedResponse({ type: VersionResponseDto })
  @ApiProblems(
    malformedId,
    problems.referenceMissing,
    ...ownerOfficerProblems,
    standardNotFound,
    problems.serviceExcluded,
    problems.changeInProgress,
    problems.nothingInForce,
  )
  startChange(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StartChangeDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<VersionResponseDto> {
    return this.standards.startChange(id, caller, body);
  }

  @Get(':id/versions/:versionId')
  @Public()
  @ApiOperation({ summary: 'One version: its published text, basis, discussion window and registration' })
  @ApiStandardId()
  @ApiVersionId()
  @ApiOkResponse({ type: VersionResponseDto })
  @ApiProblems(malformedId, standardNotFound, problems.versionNotFound)
  version(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<VersionResponseDto> {
    return this.standards.version(id, versionId, caller);
  }

  @Get(':id/versions/:versionId/diff')
  @Public()
  @ApiOperation({
    summary: 'What changed from another version (`from`) to this one, item by item',
    description: 'Published texts; the owner’s officers compare the working drafts.',
  })
  @ApiStandardId()
  @ApiVersionId()
  @ApiOkResponse({ type: [ContentChangeDto] })
  @ApiProblems(malformedId, problems.badFrom, standardNotFound, problems.versionNotFound)
  diff(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @Query() query: DiffQueryDto,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<ContentChangeDto[]> {
    return this.standards.diff(id, versionId, query.from, caller);
  }
}
