import { CurrentIdentity, guardProblems, Public, Roles } from '@kzps/auth';
import { ApiProblems, malformedId } from '@kzps/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { agreementProblems } from '../agreement/agreement.problems';
import { ApiStandardId, exampleDates } from '../common/api-examples';
import { notOwnerProblems, ownerOfficerProblems, standardNotFound } from '../common/api-problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { ApproveReglamentDto, PutReglamentDto, ReglamentResponseDto } from './dto/reglament.dto';
import {
  reglamentGeneralProvisions,
  reglamentInteractions,
  reglamentOrderNumber,
  reglamentSteps,
} from './reglament.examples';
import { reglamentProblems as problems } from './reglament.problems';
import { ReglamentService } from './reglament.service';

@ApiTags('reglament')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/reglament')
export class ReglamentController {
  constructor(private readonly reglament: ReglamentService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The reglament of the version in force: steps, interactions, agreement and approving acts',
  })
  @ApiStandardId()
  @ApiOkResponse({ type: ReglamentResponseDto })
  @ApiProblems(malformedId, standardNotFound, problems.notFound)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ReglamentResponseDto> {
    return this.reglament.get(id);
  }

  @Put()
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary: 'Draft the reglament of the standard in force (owner officers; Art. 10-11)',
    description:
      'Its steps must fit the standard’s term in the worst case over the calendar (Art. 11.1.2); a PSC service ' +
      'describes the PSC’s part (Art. 11.1.4). Fixed once a body has adopted it.',
  })
  @ApiStandardId()
  @ApiBody({
    type: PutReglamentDto,
    examples: {
      reglament: {
        summary: 'Five steps in 7 working days of the standard’s 8',
        value: {
          generalProvisions: reglamentGeneralProvisions,
          steps: reglamentSteps,
          interactions: reglamentInteractions,
        },
      },
    },
  })
  @ApiOkResponse({ type: ReglamentResponseDto })
  @ApiProblems(
    malformedId,
    problems.noSteps,
    ...ownerOfficerProblems,
    standardNotFound,
    problems.noStandardInForce,
    problems.stepsExceedTerm,
    problems.pscInteractionMissing,
    problems.approved,
    agreementProblems.approverUnknown,
    agreementProblems.approverAmbiguous,
  )
  put(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PutReglamentDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ReglamentResponseDto> {
    return this.reglament.put(id, caller, body);
  }

  @Post('agreement')
  @Roles(...StandardsRoles.informatization)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Agreement by the informatization authority, for an electronic or PSC service (Art. 10.4)',
  })
  @ApiStandardId()
  @ApiOkResponse({ type: ReglamentResponseDto })
  @ApiProblems(
    malformedId,
    ...guardProblems(StandardsRoles.informatization),
    standardNotFound,
    problems.noStandardInForce,
    problems.notFound,
    problems.informatizationNotRequired,
    problems.notTheInformatizationAuthority,
    problems.approved,
  )
  agree(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ReglamentResponseDto> {
    return this.reglament.agree(id, caller);
  }

  @Post('approval')
  @Roles(...StandardsRoles.reglamentApprovers)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record an approving act: the owner’s order, or the resolution of an akimat delivering the service (Art. 10.1-3)',
  })
  @ApiStandardId()
  @ApiBody({
    type: ApproveReglamentDto,
    examples: {
      order: {
        summary: 'The Minister’s order',
        value: { actNumber: reglamentOrderNumber, actDate: exampleDates.reglamentOrder },
      },
    },
  })
  @ApiOkResponse({ type: ReglamentResponseDto })
  @ApiProblems(
    malformedId,
    problems.badActDate,
    problems.actDateNotCounted,
    ...guardProblems(StandardsRoles.reglamentApprovers),
    ...notOwnerProblems,
    problems.notAnApprovingBody,
    standardNotFound,
    problems.noStandardInForce,
    problems.notFound,
    problems.approved,
    problems.informatizationMissing,
    problems.actAlreadyRecorded,
    problems.actDateOutOfRange,
  )
  approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ApproveReglamentDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ReglamentResponseDto> {
    return this.reglament.approve(id, caller, body);
  }
}
