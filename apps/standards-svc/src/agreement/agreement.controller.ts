import { CurrentIdentity, guardProblems, Public, Roles } from '@kzps/auth';
import { ApiProblems, ApiUuidParam, malformedId, type Page, pageTooLarge } from '@kzps/platform';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { standardsProblems } from '../standards/standards.problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { decisionExamples } from './agreement.examples';
import { agreementProblems as problems } from './agreement.problems';
import { AgreementService } from './agreement.service';
import {
  ApprovalListDto,
  ApprovalResponseDto,
  ApprovalsQueryDto,
  DecideApprovalDto,
} from './dto/agreement.dto';

@ApiTags('agreement')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/approvals')
export class AgreementController {
  constructor(private readonly agreement: AgreementService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The bodies that must agree the version and their decisions, every round (Art. 7.1, 7.3)',
  })
  @ApiStandardId()
  @ApiOkResponse({ type: ApprovalListDto })
  @ApiProblems(malformedId, problems.badRound, pageTooLarge, standardNotFound)
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ApprovalsQueryDto,
  ): Promise<Page<ApprovalResponseDto>> {
    return this.agreement.list(id, query);
  }

  @Post()
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary: 'Send a revised draft to every approver in a new round (owner officers)',
    description:
      'After a body returned it, or the Ministry of Justice refused to register it. The approvers are derived ' +
      'again from the registry; the answer is the new round.',
  })
  @ApiStandardId()
  @ApiCreatedResponse({ type: ApprovalListDto })
  @ApiProblems(
    malformedId,
    ...ownerOfficerProblems,
    standardNotFound,
    standardsProblems.serviceExcluded,
    problems.notInRevision,
    standardsProblems.draftIncomplete,
    standardsProblems.disagreesWithRegistry,
    problems.approverUnknown,
    problems.approverAmbiguous,
  )
  resubmit(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<Page<ApprovalResponseDto>> {
    return this.agreement.resubmit(id, caller);
  }

  @Post(':approvalId/decision')
  @Roles(...StandardsRoles.approvers)
  @ApiOperation({
    summary: 'Approve, or return with remarks (officers of the approving body, in the role it agrees in)',
    description:
      'A return sends the draft back to revision; once every body approved, it awaits registration.',
  })
  @ApiStandardId()
  @ApiUuidParam(
    'approvalId',
    exampleIds.authorityApproval,
    'The approval of one body in the current round (here the public-services authority’s)',
  )
  @ApiBody({ type: DecideApprovalDto, examples: decisionExamples })
  @ApiCreatedResponse({ type: ApprovalResponseDto })
  @ApiProblems(
    malformedId,
    problems.remarksMissing,
    ...guardProblems(StandardsRoles.approvers),
    standardNotFound,
    standardsProblems.serviceExcluded,
    problems.approvalNotFound,
    problems.notTheApprover,
    problems.notInAgreement,
    problems.roundClosed,
    problems.alreadyDecided,
  )
  decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('approvalId', ParseUUIDPipe) approvalId: string,
    @Body() body: DecideApprovalDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ApprovalResponseDto> {
    return this.agreement.decide(id, approvalId, caller, body);
  }
}
