import { CurrentIdentity, OptionalIdentity, Public, Roles } from '@kzps/auth';
import {
  ApiProblems,
  ApiUuidParam,
  malformedId,
  type Page,
  PageQueryDto,
  pageTooLarge,
} from '@kzps/platform';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiStandardId, exampleIds } from '../common/api-examples';
import { ownerOfficerProblems, standardNotFound } from '../common/api-problems';
import { agreementProblems } from '../agreement/agreement.problems';
import { standardsProblems } from '../standards/standards.problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { exampleProposals, noticeNote, revisedDraftUrl } from './discussion.examples';
import { discussionProblems as problems } from './discussion.problems';
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
import { Idempotent } from '@kzps/db';

@ApiTags('discussion')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/discussion')
export class DiscussionController {
  constructor(private readonly discussion: DiscussionService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The public discussion: window, draft, proposals with outcomes, notice (Art. 9)' })
  @ApiStandardId()
  @ApiOkResponse({ type: DiscussionResponseDto })
  @ApiProblems(malformedId, standardNotFound, problems.notOpen)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<DiscussionResponseDto> {
    return this.discussion.get(id);
  }

  @Post()
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary: 'Put a complete draft to public discussion (Art. 7.4, 9; owner officers)',
    description:
      'The first version is discussed until 30 calendar days after inclusion (Art. 9.5); one opened later is ' +
      'still held, for 30 calendar days, and marked late. An amendment or cancellation gets 30 calendar days.',
  })
  @ApiStandardId()
  @ApiCreatedResponse({ type: DiscussionResponseDto })
  @ApiProblems(
    malformedId,
    ...ownerOfficerProblems,
    standardNotFound,
    standardsProblems.serviceExcluded,
    standardsProblems.draftNotEditable,
    standardsProblems.draftIncomplete,
    standardsProblems.disagreesWithRegistry,
  )
  open(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<DiscussionResponseDto> {
    return this.discussion.open(id, caller);
  }

  @Get('proposals')
  @Public()
  @ApiOperation({ summary: 'The proposals and remarks on the draft, oldest first, with their outcomes' })
  @ApiStandardId()
  @ApiOkResponse({ type: ProposalPageDto })
  @ApiProblems(malformedId, pageTooLarge, standardNotFound, problems.notOpen)
  proposals(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ProposalResponseDto>> {
    return this.discussion.proposals(id, query);
  }

  @Post('proposals')
  @Public()
  @ApiOperation({
    summary: 'Submit a proposal or remark while the window is open (Art. 9.4-9.5)',
    description:
      'Only from an identified person: an individual by the IIN or a legal entity by the BIN of the token. ' +
      'Anonymous ones (401), ones from a signed-in identity without an IIN or BIN such as an officer’s (403), ' +
      'and late ones are refused with the window’s dates, in Kazakh and Russian.',
  })
  @ApiStandardId()
  @ApiBody({
    type: SubmitProposalDto,
    examples: {
      citizen: {
        summary: 'An individual, on a document the draft asks for',
        value: exampleProposals.citizen.body,
      },
      company: { summary: 'A legal entity, on the term', value: exampleProposals.company.body },
    },
  })
  @ApiCreatedResponse({ type: ProposalResponseDto })
  @ApiProblems(
    malformedId,
    problems.badProposal,
    problems.anonymous,
    problems.unidentified,
    standardNotFound,
    problems.windowClosed,
    problems.notOpenWithWindow,
  )
  @Idempotent()
  submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SubmitProposalDto,
    @OptionalIdentity() caller?: CallerIdentity,
  ): Promise<ProposalResponseDto> {
    return this.discussion.submit(id, caller, body);
  }

  @Put('proposals/:proposalId/outcome')
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary: 'Record how a proposal was taken into account, with its short content for the notice (Art. 9.4)',
  })
  @ApiStandardId()
  @ApiUuidParam('proposalId', exampleIds.citizenProposal, 'The proposal (the citizen’s)')
  @ApiBody({
    type: RecordOutcomeDto,
    examples: {
      citizen: { summary: 'Accepted', value: exampleProposals.citizen.outcome },
      company: { summary: 'Rejected, with the reason', value: exampleProposals.company.outcome },
    },
  })
  @ApiOkResponse({ type: ProposalResponseDto })
  @ApiProblems(
    malformedId,
    problems.badOutcome,
    ...ownerOfficerProblems,
    standardNotFound,
    standardsProblems.serviceExcluded,
    problems.proposalNotFound,
    problems.noticeAlreadyPublished,
  )
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
  @ApiOperation({
    summary:
      'The completion notice: every proposal with its source and outcome, and the revised draft (Art. 9.4)',
  })
  @ApiStandardId()
  @ApiOkResponse({ type: NoticeResponseDto })
  @ApiProblems(malformedId, standardNotFound, problems.notOpen, problems.noticeNotFound)
  notice(@Param('id', ParseUUIDPipe) id: string): Promise<NoticeResponseDto> {
    return this.discussion.notice(id);
  }

  @Post('notice')
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary: 'Publish the completion notice and send it for agreement (Art. 9.4; owner officers)',
    description:
      'After the window, with an outcome for every proposal. The revised draft becomes public at once; the ' +
      'approvers are derived from the registry (Art. 7.1, 7.3).',
  })
  @ApiStandardId()
  @ApiBody({
    type: PublishNoticeDto,
    examples: { notice: { summary: 'With a note', value: { revisedDraftUrl, note: noticeNote } } },
  })
  @ApiCreatedResponse({ type: NoticeResponseDto })
  @ApiProblems(
    malformedId,
    problems.badNotice,
    ...ownerOfficerProblems,
    standardNotFound,
    standardsProblems.serviceExcluded,
    problems.notOpen,
    problems.noticeAlreadyPublished,
    problems.stillOpen,
    problems.outcomesMissing,
    problems.summariesMissing,
    standardsProblems.draftIncomplete,
    standardsProblems.disagreesWithRegistry,
    agreementProblems.approverUnknown,
    agreementProblems.approverAmbiguous,
  )
  publishNotice(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PublishNoticeDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<NoticeResponseDto> {
    return this.discussion.publishNotice(id, caller, body);
  }
}
