import { CurrentIdentity, guardProblems, Public, Roles } from '@kzps/auth';
import { ApiProblems, malformedId } from '@kzps/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiStandardId } from '../common/api-examples';
import { standardNotFound } from '../common/api-problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { ConfirmInformationUpdateDto, InformationUpdateResponseDto } from './dto/information-update.dto';
import { exampleUpdate } from './information.examples';
import { informationUpdateProblems as problems } from './information.problems';
import { InformationUpdatesService } from './information-updates.service';

@ApiTags('information updates')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/information-updates')
export class InformationUpdatesController {
  constructor(private readonly updates: InformationUpdatesService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Each body’s update of its information after the latest adoption or change (Art. 17.2)',
    description:
      'The owner and every provider the registry named when the version came into force (or was cancelled), ' +
      'each with its three working days and whether it confirmed, late or not, or is overdue.',
  })
  @ApiStandardId()
  @ApiOkResponse({ type: [InformationUpdateResponseDto] })
  @ApiProblems(malformedId, standardNotFound)
  list(@Param('id', ParseUUIDPipe) id: string): Promise<InformationUpdateResponseDto[]> {
    return this.updates.list(id);
  }

  @Post()
  @Roles(...StandardsRoles.informationUpdaters)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm the caller’s own body updated its information (Art. 17.2; its officers only)',
    description:
      'Only an officer of the owner or of a provider, for that body alone. The update is dated the day it ' +
      'was made (today by default): not before the adoption or change, nor after today; after the third ' +
      'working day it is late.',
  })
  @ApiStandardId()
  @ApiBody({
    type: ConfirmInformationUpdateDto,
    examples: {
      updated: {
        summary: 'Updated the day after registration',
        value: { updatedOn: exampleUpdate.updatedOn },
      },
    },
  })
  @ApiOkResponse({ type: [InformationUpdateResponseDto] })
  @ApiProblems(
    malformedId,
    problems.badDate,
    problems.dateNotCounted,
    ...guardProblems(StandardsRoles.informationUpdaters),
    problems.notObliged,
    standardNotFound,
    problems.notDue,
    problems.alreadyConfirmed,
    problems.dateOutOfRange,
  )
  confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConfirmInformationUpdateDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<InformationUpdateResponseDto[]> {
    return this.updates.confirm(id, caller, body);
  }
}
