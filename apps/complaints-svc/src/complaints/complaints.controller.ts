import { applyDecorators, Body, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Public, Roles, type Role } from '@kzps/auth';
import { complaintGrounds, type ComplaintGround } from '@kzps/contracts';
import { IdempotentPost } from '@kzps/db';
import {
  ApiProblems,
  ApiUuidParam,
  invalid,
  malformedId,
  PageQueryDto,
  pageTooLarge,
  type Bilingual,
  type Page,
} from '@kzps/platform';
import { ComplaintsRoles, type CallerIdentity } from '../common/identity';
import {
  exampleAlerts,
  exampleComplaint,
  exampleFilings,
  exampleIds,
  exampleRegister,
  exampleRequirement,
} from './api-examples';
import { GROUND_TEXTS } from './complaint-texts';
import { complaintsError, ComplaintsErrorCode as Code } from './complaints.errors';
import type { ComplaintView, RequirementView } from './complaint-view';
import { FileComplaintDto } from './dto/file-complaint.dto';
import { RegisterQueryDto } from './dto/list.dto';
import { DecideDto, ExtendTermDto, IssueRequirementDto, RecordCourtDto } from './dto/review.dto';
import { FilingService } from './filing.service';
import { RecordsService, type OfficerAlert, type RegisterEntry } from './records.service';
import { RequirementsService } from './requirements.service';
import { ReviewService } from './review.service';

const anyone = [...ComplaintsRoles.recipient, ...ComplaintsRoles.officer];

/** The problems this service throws, made by its own error factory (docs/architecture.md D19). */
const problem = (code: Code): ReturnType<typeof complaintsError> => complaintsError(code);
const complaint = { schema: { type: 'object', example: exampleComplaint } };
const ApiComplaintId = () => ApiUuidParam('id', exampleIds.complaint, 'The complaint');
/**
 * A step on one complaint that answers the complaint as it now stands: 200, replayed by Idempotency-Key,
 * for the roles given (each operation adds its own problems and summary).
 */
const ComplaintAction = (act: string, roles: readonly Role[]) =>
  applyDecorators(IdempotentPost(`:id/${act}`, 200, roles), ApiComplaintId(), ApiOkResponse(complaint));
/** What every act on a complaint may meet before its own rules. */
const onComplaint = [malformedId, problem(Code.COMPLAINT_NOT_FOUND), problem(Code.COMPLAINT_CLOSED)];
const atInstance = [
  ...onComplaint,
  problem(Code.INSTANCE_NOT_YOURS),
  problem(Code.STAGE_NOT_OPEN),
  problem(Code.STAGE_MISADDRESSED),
];

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('api/v1/complaints')
export class ComplaintsController {
  constructor(
    private readonly filing: FilingService,
    private readonly review: ReviewService,
    private readonly records: RecordsService,
    private readonly requirements: RequirementsService,
  ) {}

  @IdempotentPost('', 201, anyone)
  @ApiBody({
    type: FileComplaintDto,
    examples: {
      electronic: { summary: 'A recipient, about their own application', value: exampleFilings.electronic },
      paper: { summary: 'An officer registers a paper complaint', value: exampleFilings.paper },
    },
  })
  @ApiCreatedResponse(complaint)
  @ApiProblems(
    ...guardProblems(anyone),
    invalid({
      field: 'ground',
      message: 'ground must be one of the following values: term_missed, …',
      constraint: 'isIn',
    }),
    problem(Code.COMPLAINANT_IDENTITY_REQUIRED),
    problem(Code.APPLICATION_NOT_COMPLAINANTS),
    problem(Code.PAPER_ONLY_AT_INSTANCE),
    problem(Code.APPLICATION_UNKNOWN),
    problem(Code.APPLICATION_OF_OTHER_SERVICE),
    problem(Code.SERVICE_UNKNOWN),
    problem(Code.PROVIDER_REQUIRED),
    problem(Code.PROVIDER_NOT_OF_SERVICE),
    problem(Code.INSTANCE_UNKNOWN),
    problem(Code.SERVICE_OWNER_UNKNOWN),
    problem(Code.QUALITY_AUTHORITY_UNDESIGNATED),
    problem(Code.QUALITY_AUTHORITY_AMBIGUOUS),
  )
  @ApiOperation({
    summary: 'File a complaint (Art. 19.1) and register it at the instance it is addressed to (Art. 19.4.1)',
    description:
      'A recipient files electronically (identity from the token); an officer registers a paper complaint that ' +
      'reached their body, with the complainant’s IIN/BIN and the paper’s reference. A named application must ' +
      'be the complainant’s own. The chain of instances is derived from the registry (Art. 19.2-3, 19.5).',
  })
  file(@CurrentIdentity() caller: CallerIdentity, @Body() dto: FileComplaintDto): Promise<ComplaintView> {
    return this.filing.file(caller, dto);
  }

  @Get()
  @Roles(...ComplaintsRoles.officer)
  @ApiOkResponse({ schema: { type: 'object', example: exampleRegister } })
  @ApiProblems(...guardProblems(ComplaintsRoles.officer), pageTooLarge, problem(Code.INSTANCE_NOT_YOURS))
  @ApiOperation({
    summary: 'The register of the caller’s body (Art. 19.4.1, 19.7), newest first, with filters',
  })
  register(
    @CurrentIdentity() caller: CallerIdentity,
    @Query() query: RegisterQueryDto,
  ): Promise<Page<RegisterEntry>> {
    return this.records.register(caller, query);
  }

  @Get('mine')
  @Roles(...ComplaintsRoles.recipient)
  @ApiOkResponse({ schema: { type: 'object', example: exampleRegister } })
  @ApiProblems(
    ...guardProblems(ComplaintsRoles.recipient),
    pageTooLarge,
    problem(Code.COMPLAINANT_IDENTITY_REQUIRED),
  )
  @ApiOperation({ summary: 'The complainant’s own complaints, each at its current instance' })
  mine(
    @CurrentIdentity() caller: CallerIdentity,
    @Query() query: PageQueryDto,
  ): Promise<Page<RegisterEntry>> {
    return this.records.mine(caller, query);
  }

  @Get('alerts')
  @Roles(...ComplaintsRoles.officer)
  @ApiOkResponse({ schema: { type: 'object', example: exampleAlerts } })
  @ApiProblems(...guardProblems(ComplaintsRoles.officer), pageTooLarge, problem(Code.INSTANCE_NOT_YOURS))
  @ApiOperation({
    summary: 'The deadline watcher’s alerts to the caller’s body',
    description: 'The last day an extension can still be noticed (Art. 19.6), and terms missed undecided.',
  })
  alerts(
    @CurrentIdentity() caller: CallerIdentity,
    @Query() query: PageQueryDto,
  ): Promise<Page<OfficerAlert>> {
    return this.records.alerts(caller, query);
  }

  @Get('grounds')
  @Public()
  @ApiOkResponse({
    schema: { type: 'array', example: complaintGrounds.map((code) => ({ code, text: GROUND_TEXTS[code] })) },
  })
  @ApiOperation({ summary: 'The grounds a complaint may name, in Kazakh and Russian' })
  grounds(): Array<{ code: ComplaintGround; text: Bilingual }> {
    return complaintGrounds.map((code) => ({ code, text: GROUND_TEXTS[code] }));
  }

  @Get(':id')
  @Roles(...anyone)
  @ApiComplaintId()
  @ApiOkResponse(complaint)
  @ApiProblems(...guardProblems(anyone), malformedId, problem(Code.COMPLAINT_NOT_FOUND))
  @ApiOperation({
    summary: 'A complaint’s whole file',
    description:
      'Art. 19.7: only the complainant, the bodies of its chain and the quality authority read it; staff reads are audited.',
  })
  read(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ComplaintView> {
    return this.records.read(caller, id);
  }

  @ComplaintAction('redirection', ComplaintsRoles.officer)
  @ApiProblems(...guardProblems(ComplaintsRoles.officer), ...atInstance, problem(Code.STAGE_COMPETENT))
  @ApiOperation({
    summary: 'A body that is not competent sends the complaint to the competent instance of its chain',
  })
  redirect(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ComplaintView> {
    return this.review.redirect(caller, id);
  }

  @ComplaintAction('extensions', ComplaintsRoles.officer)
  @ApiProblems(
    ...guardProblems(ComplaintsRoles.officer),
    ...atInstance,
    invalid({
      field: 'reason',
      message: 'reason must be one of the following values: on_site_check, information_from_other_providers',
      constraint: 'isIn',
    }),
    complaintsError(
      Code.EXTENSION_TOO_LATE,
      'The term ends on 2026-07-16; an extension had to be noticed by 2026-07-13',
      {
        dueDate: '2026-07-16',
        lastAllowedDate: '2026-07-13',
      },
    ),
    complaintsError(Code.EXTENSION_OVER_LIMIT, '6 working day(s) already added; at most 4 more', {
      alreadyExtendedWorkingDays: 6,
      remainingWorkingDays: 4,
    }),
  )
  @ApiOperation({
    summary: 'Extend the stage’s term (Art. 19.6)',
    description:
      'By at most 10 working days a stage, for an on-site (re)check or information from other providers, and ' +
      'no later than 3 working days before the term ends; a later one is refused naming the last allowed date.',
  })
  extend(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ExtendTermDto,
  ): Promise<ComplaintView> {
    return this.review.extend(caller, id, dto);
  }

  @ComplaintAction('decision', ComplaintsRoles.officer)
  @ApiProblems(
    ...guardProblems(ComplaintsRoles.officer),
    ...atInstance,
    invalid({
      field: 'reasons',
      message: 'reasons should not be null or undefined',
      constraint: 'isDefined',
    }),
    problem(Code.MEASURES_ONLY_WHEN_SATISFIED),
    problem(Code.DUE_DATE_IN_PAST),
  )
  @ApiOperation({ summary: 'The instance’s motivated decision (Art. 19.4); measures when satisfied' })
  decide(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DecideDto,
  ): Promise<ComplaintView> {
    return this.review.decide(caller, id, dto);
  }

  @IdempotentPost(':id/measures/:measureId/fulfilment', 200, ComplaintsRoles.officer)
  @ApiOperation({
    summary: 'The instance that decided records a measure restoring rights as taken (Art. 19.4.3)',
  })
  @ApiComplaintId()
  @ApiUuidParam('measureId', exampleIds.measure, 'A measure of the instance’s decision')
  @ApiOkResponse(complaint)
  @ApiProblems(
    ...guardProblems(ComplaintsRoles.officer),
    ...onComplaint,
    problem(Code.INSTANCE_NOT_YOURS),
    problem(Code.MEASURE_NOT_FOUND),
    problem(Code.MEASURE_ALREADY_FULFILLED),
  )
  fulfilMeasure(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('measureId', ParseUUIDPipe) measureId: string,
  ): Promise<ComplaintView> {
    return this.review.fulfilMeasure(caller, id, measureId);
  }

  @ComplaintAction('escalation', anyone)
  @ApiProblems(
    ...guardProblems(anyone),
    ...onComplaint,
    problem(Code.INSTANCE_NOT_YOURS),
    problem(Code.STAGE_MISADDRESSED),
    problem(Code.ESCALATION_NOT_YET),
    complaintsError(
      Code.CHAIN_EXHAUSTED,
      'The quality authority was the last instance; the decision may be appealed in court',
    ),
  )
  @ApiOperation({
    summary: 'Take the complaint to the next instance of its chain after a decision or a missed term',
    description: 'None past the quality authority: then the court (Art. 19.7).',
  })
  escalate(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ComplaintView> {
    return this.review.escalate(caller, id);
  }

  @ComplaintAction('court', anyone)
  @ApiProblems(
    ...guardProblems(anyone),
    malformedId,
    invalid({ field: 'filedOn', message: 'filedOn must be a date YYYY-MM-DD', constraint: 'isCalendarDate' }),
    problem(Code.COMPLAINT_NOT_FOUND),
    problem(Code.INSTANCE_NOT_YOURS),
    problem(Code.COURT_ALREADY_RECORDED),
  )
  @ApiOperation({ summary: 'Record that the complainant went to court (Art. 19.7-8); the track stays open' })
  court(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordCourtDto,
  ): Promise<ComplaintView> {
    return this.records.recordCourt(caller, id, dto);
  }

  @ComplaintAction('withdrawal', anyone)
  @ApiProblems(...guardProblems(anyone), ...onComplaint, problem(Code.INSTANCE_NOT_YOURS))
  @ApiOperation({ summary: 'The complainant withdraws the complaint; the pre-trial track is closed' })
  withdraw(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ComplaintView> {
    return this.records.withdraw(caller, id);
  }

  @IdempotentPost(':id/requirements', 201, ComplaintsRoles.qualityAuthority)
  @ApiComplaintId()
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleRequirement } })
  @ApiProblems(
    ...guardProblems(ComplaintsRoles.qualityAuthority),
    malformedId,
    invalid({ field: 'addresseeId', message: 'addresseeId must be a UUID', constraint: 'isUuid' }),
    problem(Code.COMPLAINT_NOT_FOUND),
    problem(Code.INSTANCE_NOT_YOURS),
    problem(Code.REQUIREMENT_NOT_AFTER_QUALITY_REVIEW),
    problem(Code.REQUIREMENT_ADDRESSEE_NOT_IN_CHAIN),
    problem(Code.DUE_DATE_IN_PAST),
  )
  @ApiOperation({
    summary: 'The quality authority requires the provider or owner to restore rights (Art. 19.5.2)',
  })
  issueRequirement(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: IssueRequirementDto,
  ): Promise<RequirementView> {
    return this.requirements.issue(caller, id, dto);
  }

  @IdempotentPost(':id/requirements/:requirementId/fulfilment', 200, ComplaintsRoles.qualityAuthority)
  @ApiComplaintId()
  @ApiUuidParam('requirementId', exampleIds.requirement, 'The requirement')
  @ApiOkResponse({
    schema: { type: 'object', example: { ...exampleRequirement, fulfilledAt: '2026-08-19T04:00:00.000Z' } },
  })
  @ApiProblems(
    ...guardProblems(ComplaintsRoles.qualityAuthority),
    malformedId,
    problem(Code.COMPLAINT_NOT_FOUND),
    problem(Code.INSTANCE_NOT_YOURS),
    problem(Code.REQUIREMENT_NOT_FOUND),
    problem(Code.REQUIREMENT_ALREADY_FULFILLED),
  )
  @ApiOperation({ summary: 'The quality authority records its requirement fulfilled (Art. 19.5.3)' })
  fulfilRequirement(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requirementId', ParseUUIDPipe) requirementId: string,
  ): Promise<RequirementView> {
    return this.requirements.fulfil(caller, id, requirementId);
  }
}
