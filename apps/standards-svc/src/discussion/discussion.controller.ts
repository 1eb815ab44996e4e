import { CurrentIdentity, OptionalIdentity, Public, Roles } from '@kzps/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { PageQueryDto, type Page } from '../common/page.dto';
import { DiscussionService } from './discussion.service';
import {
  DiscussionResponseDto,
  NoticeResponseDto,
  ProposalPageDto,
  ProposalResponseDto,
  PublishNoticeDto,
  RecordOutcomeDto,
  SubmitProposalDto,
} from './dto/discussion.dto';

@ApiTags('discussion')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/discussion')
export class DiscussionController {
  constructor(private readonly discussion: DiscussionService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The public discussion: window, draft, proposals with outcomes, notice (Art. 9)' })
  @ApiOkResponse({ type: DiscussionResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<DiscussionResponseDto> {
    return this.discussion.get(id);
  }

  @Post()
  @Roles(...StandardsRoles.owner)
  @ApiOperation({ summary: 'Put a complete draft to public discussion (owner officers)' })
  @ApiOkResponse({ type: DiscussionResponseDto })
  open(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<DiscussionResponseDto> {
    return this.discussion.open(id, caller);
  }

  @Get('proposals')
  @Public()
  @ApiOkResponse({ type: ProposalPageDto })
  proposals(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ProposalResponseDto>> {
    return this.discussion.proposals(id, query);
  }

  @Post('proposals')
  @Public()
  @ApiOperation({ summary: 'Submit a proposal or remark (identified individuals and legal entities only)' })
  @ApiOkResponse({ type: ProposalResponseDto })
  submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SubmitProposalDto,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<ProposalResponseDto> {
    return this.discussion.submit(id, caller, body);
  }

  @Put('proposals/:proposalId/outcome')
  @Roles(...StandardsRoles.owner)
  @ApiOperation({ summary: 'Record how a proposal was taken into account (owner officers)' })
  @ApiOkResponse({ type: ProposalResponseDto })
  outcome(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('proposalId', ParseUUIDPipe) proposalId: string,
    @Body() body: RecordOutcomeDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ProposalResponseDto> {
    return this.discussion.recordOutcome(id, proposalId, caller, body);
  }

  @Get('notice')
  @Public()
  @ApiOkResponse({ type: NoticeResponseDto })
  notice(@Param('id', ParseUUIDPipe) id: string): Promise<NoticeResponseDto> {
    return this.discussion.notice(id);
  }

  @Post('notice')
  @Roles(...StandardsRoles.owner)
  @ApiOperation({ summary: 'Publish the completion notice and send it for agreement (Art. 9.4)' })
  @ApiOkResponse({ type: NoticeResponseDto })
  publishNotice(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PublishNoticeDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<NoticeResponseDto> {
    return this.discussion.publishNotice(id, caller, body);
  }
}
