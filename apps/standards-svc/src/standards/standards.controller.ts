import { CurrentIdentity, OptionalIdentity, Public, Roles } from '@kzps/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import type { Page } from '../common/page.dto';
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
  list(
    @Query() query: ListStandardsQueryDto,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<Page<StandardResponseDto>> {
    return this.standards.list(query, caller);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: StandardResponseDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<StandardResponseDto> {
    return this.standards.get(id, caller);
  }

  @Put(':id/draft')
  @Roles(...StandardsRoles.owner)
  @ApiOperation({ summary: 'Replace the working draft (drafting or revision; owner officers)' })
  @ApiOkResponse({ type: VersionResponseDto })
  updateDraft(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateDraftDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<VersionResponseDto> {
    return this.standards.updateDraft(id, caller, body.content);
  }

  @Get(':id/versions')
  @Public()
  @ApiOperation({ summary: 'Version history with changes; `asOf` gives the version in force on a date' })
  @ApiOkResponse({ type: VersionPageDto })
  versions(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: VersionsQueryDto,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<Page<VersionHistoryEntryDto>> {
    return this.standards.versions(id, query, caller);
  }

  @Post(':id/versions')
  @Roles(...StandardsRoles.owner)
  @ApiOperation({ summary: 'Start an amendment or a cancellation (Art. 7.5)' })
  @ApiOkResponse({ type: VersionResponseDto })
  startChange(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StartChangeDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<VersionResponseDto> {
    return this.standards.startChange(id, caller, body);
  }

  @Get(':id/versions/:versionId')
  @Public()
  @ApiOkResponse({ type: VersionResponseDto })
  version(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<VersionResponseDto> {
    return this.standards.version(id, versionId, caller);
  }

  @Get(':id/versions/:versionId/diff')
  @Public()
  @ApiOkResponse({ type: [ContentChangeDto] })
  diff(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @Query() query: DiffQueryDto,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<ContentChangeDto[]> {
    return this.standards.diff(id, versionId, query.from, caller);
  }

  @Post(':id/publication')
  @Roles(...StandardsRoles.owner)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that public information was updated (Art. 17.2)' })
  @ApiOkResponse({ type: StandardResponseDto })
  publication(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<StandardResponseDto> {
    return this.standards.recordPublicInformation(id, caller);
  }
}
