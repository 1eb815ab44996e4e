import { CurrentIdentity, Public, Roles } from '@kzps/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import type { Page } from '../common/page.dto';
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
  @ApiOkResponse({ type: ApprovalListDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ApprovalsQueryDto,
  ): Promise<Page<ApprovalResponseDto>> {
    return this.agreement.list(id, query);
  }

  @Post()
  @Roles(...StandardsRoles.owner)
  @ApiOperation({ summary: 'Send a revised draft to every approver in a new round (owner officers)' })
  @ApiOkResponse({ type: ApprovalListDto })
  resubmit(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<Page<ApprovalResponseDto>> {
    return this.agreement.resubmit(id, caller);
  }

  @Post(':approvalId/decision')
  @Roles(...StandardsRoles.approvers)
  @ApiOperation({ summary: 'Approve, or return with remarks (officers of the approving body)' })
  @ApiOkResponse({ type: ApprovalResponseDto })
  decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('approvalId', ParseUUIDPipe) approvalId: string,
    @Body() body: DecideApprovalDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ApprovalResponseDto> {
    return this.agreement.decide(id, approvalId, caller, body);
  }
}
