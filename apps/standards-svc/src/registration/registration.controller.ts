import { CurrentIdentity, guardProblems, Public, Roles } from '@kzps/auth';
import { ApiProblems, malformedId, type Page, PageQueryDto, pageTooLarge } from '@kzps/platform';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiStandardId, exampleDates } from '../common/api-examples';
import { standardNotFound } from '../common/api-problems';
import { standardsProblems } from '../standards/standards.problems';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import {
  RefusalPageDto,
  RefusalResponseDto,
  RefuseRegistrationDto,
  RegisterStandardDto,
  RegistrationResponseDto,
} from './dto/registration.dto';
import { approvingActProblems } from './approving-act.problems';
import { refusalReasons, registrationNumber } from './registration.examples';
import { registrationProblems as problems } from './registration.problems';
import { RegistrationService } from './registration.service';

/** Who may act for the Ministry of Justice (Art. 7.2): the role, and the organisation the registry names. */
const justiceProblems = [
  ...guardProblems(StandardsRoles.justice),
  problems.notTheMinistry,
  problems.ministryUnknown,
  problems.ministryAmbiguous,
];

@ApiTags('registration')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/registration')
export class RegistrationController {
  constructor(private readonly registration: RegistrationService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The latest state registration: number and date in the State register, in force from',
  })
  @ApiStandardId()
  @ApiOkResponse({ type: RegistrationResponseDto })
  @ApiProblems(malformedId, standardNotFound, problems.notRegistered)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RegistrationResponseDto> {
    return this.registration.get(id);
  }

  @Post()
  @Roles(...StandardsRoles.justice)
  @ApiOperation({
    summary: 'Record state registration by the Ministry of Justice (Art. 7.2): the version enters into force',
    description:
      'Registers the act the central body recorded (`PUT …/approving-act`), not dated before it. In force from ' +
      'the registration day; the version it replaces is superseded; the Art. 7.1 term is met on the act’s ' +
      'date, the Art. 10.1 term runs from it, and the Art. 17.2 term starts.',
  })
  @ApiStandardId()
  @ApiBody({
    type: RegisterStandardDto,
    examples: {
      registration: {
        summary: 'Entered in the State register',
        value: { number: registrationNumber, date: exampleDates.registration },
      },
    },
  })
  @ApiCreatedResponse({ type: RegistrationResponseDto })
  @ApiProblems(
    malformedId,
    problems.badDate,
    problems.dateNotCounted,
    ...justiceProblems,
    standardNotFound,
    problems.notAgreed,
    problems.inFuture,
    problems.beforeAgreement,
    problems.beforePreviousVersion,
    approvingActProblems.missing,
    problems.beforeApprovingAct,
    problems.numberTaken,
    standardsProblems.ownerUnknown,
    standardsProblems.serviceExcluded,
  )
  register(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RegisterStandardDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<RegistrationResponseDto> {
    return this.registration.register(id, caller, body);
  }

  @Get('refusals')
  @Public()
  @ApiOperation({ summary: 'Refusals to register, newest first, with their reasons' })
  @ApiStandardId()
  @ApiOkResponse({ type: RefusalPageDto })
  @ApiProblems(malformedId, pageTooLarge, standardNotFound)
  refusals(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<RefusalResponseDto>> {
    return this.registration.refusals(id, query);
  }

  @Post('refusals')
  @Roles(...StandardsRoles.justice)
  @ApiOperation({
    summary:
      'Refuse to register, with reasons: the version returns to revision, then a new round of agreement',
  })
  @ApiStandardId()
  @ApiBody({
    type: RefuseRegistrationDto,
    examples: { refusal: { summary: 'A missing legal basis', value: { reasons: refusalReasons } } },
  })
  @ApiCreatedResponse({ type: RefusalResponseDto })
  @ApiProblems(
    malformedId,
    problems.reasonsMissing,
    ...justiceProblems,
    standardNotFound,
    problems.notAwaiting,
  )
  refuse(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RefuseRegistrationDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<RefusalResponseDto> {
    return this.registration.refuse(id, caller, body);
  }
}
