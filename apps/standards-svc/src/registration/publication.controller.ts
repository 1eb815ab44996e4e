import { CurrentIdentity, Roles } from '@kzps/auth';
import { ApiProblems, malformedId } from '@kzps/platform';
import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiStandardId, exampleDates } from '../common/api-examples';
import { ownerOfficerProblems, standardNotFound } from '../common/api-problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { standardsProblems } from '../standards/standards.problems';
import { PublicationResponseDto, RecordPublicationDto } from './dto/publication.dto';
import { publicationProblems as problems } from './publication.problems';
import { PublicationService } from './publication.service';

@ApiTags('registration')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/publication')
export class PublicationController {
  constructor(private readonly publications: PublicationService) {}

  @Put()
  @Roles(...StandardsRoles.owner)
  @ApiOperation({
    summary:
      'Record the first official publication of the registered act (owner officers; Law “On legal acts”)',
    description:
      'Where and when the act approving the registered version was first officially published. The version ' +
      'enters into force on the day its act states, or else ten calendar days after that publication, never ' +
      'before it: at once when the day has come, otherwise at the start of that day, and is announced ' +
      '(`standard.in-force`) only then. Replaced by a later call until the version is in force.',
  })
  @ApiStandardId()
  @ApiBody({
    type: RecordPublicationDto,
    examples: {
      referenceControlBank: {
        summary: 'Published in the Reference Control Bank the day it was registered',
        value: { source: 'reference_control_bank', firstPublishedOn: exampleDates.firstPublication },
      },
    },
  })
  @ApiOkResponse({ type: PublicationResponseDto })
  @ApiProblems(
    malformedId,
    problems.badDate,
    problems.sourceMissing,
    problems.sourceTwice,
    problems.inFuture,
    ...ownerOfficerProblems,
    standardNotFound,
    standardsProblems.serviceExcluded,
    problems.notAwaited,
    problems.beforeRegistration,
  )
  record(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordPublicationDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<PublicationResponseDto> {
    return this.publications.record(id, caller, body);
  }
}
