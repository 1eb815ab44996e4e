import { CurrentIdentity, Roles } from '@kzps/auth';
import { ApiProblems, malformedId } from '@kzps/platform';
import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiStandardId, exampleDates } from '../common/api-examples';
import { ownerOfficerProblems, standardNotFound } from '../common/api-problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { standardsProblems } from '../standards/standards.problems';
import { approvingActProblems as problems } from './approving-act.problems';
import { ApprovingActService } from './approving-act.service';
import { ApprovingActResponseDto, RecordApprovingActDto } from './dto/approving-act.dto';
import { approvingActExample } from './registration.examples';

@ApiTags('registration')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/approving-act')
export class ApprovingActController {
  constructor(private readonly acts: ApprovingActService) {}

  @Put()
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary: 'Record the central body’s act approving the agreed version (owner officers; Art. 7.1)',
    description:
      'After every body agreed and before state registration (Art. 7.2), which needs it. The act’s date meets ' +
      'the Art. 7.1 term and starts the Art. 10.1 term; replaced by a later call until registered.',
  })
  @ApiStandardId()
  @ApiBody({
    type: RecordApprovingActDto,
    examples: {
      order: {
        summary: 'The minister’s order, signed the day the last body agreed',
        value: { ...approvingActExample, date: exampleDates.approvingAct },
      },
    },
  })
  @ApiOkResponse({ type: ApprovingActResponseDto })
  @ApiProblems(
    malformedId,
    problems.badDate,
    problems.badInForceOn,
    problems.inFuture,
    ...ownerOfficerProblems,
    standardNotFound,
    standardsProblems.serviceExcluded,
    problems.notAwaited,
    problems.beforeAgreement,
    problems.inForceBeforeAct,
  )
  record(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordApprovingActDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ApprovingActResponseDto> {
    return this.acts.record(id, caller, body);
  }
}
