import { applyDecorators, Body, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Roles, type Identity } from '@kzps/auth';
import { IdempotentPost } from '@kzps/db';
import { ApiProblems, ApiUuidParam, type Page } from '@kzps/platform';
import { AccreditationExamples as X, exampleAccreditation } from './accreditations.examples';
import { AccreditationProblems as P } from './accreditations.problems';
import { AccreditationRoles, AccreditationsService, type AccreditationView } from './accreditations.service';
import {
  AccreditationReasonDto,
  AccreditationsQueryDto,
  ApplyForAccreditationDto,
  DecideAccreditationDto,
} from './dto/accreditation-requests.dto';

const readers = [...AccreditationRoles.overseers, ...AccreditationRoles.applicants];
const AccreditationParam = ApiUuidParam('accreditationId', X.accreditationId, 'The accreditation');
/** The quality authority's act on an accreditation: a retryable POST answering the accreditation. */
const AccreditorAct = (act: string) =>
  applyDecorators(
    AccreditationParam,
    IdempotentPost(`:accreditationId/${act}`, 200, AccreditationRoles.accreditor),
  );
const applied: AccreditationView = {
  ...exampleAccreditation,
  status: 'applied',
  qualityAuthorityId: null,
  decidedOn: null,
  validFrom: null,
  validUntil: null,
  inForceToday: false,
};

@ApiTags('accreditations')
@ApiBearerAuth()
@Controller('api/v1/monitoring/accreditations')
export class AccreditationsController {
  constructor(private readonly accreditations: AccreditationsService) {}

  @IdempotentPost('', 201, AccreditationRoles.applicants)
  @ApiCreatedResponse({ schema: { type: 'object', example: applied } })
  @ApiProblems(...P.apply)
  @ApiOperation({
    summary: 'An NGO applies for accreditation to monitor the quality of public services (Art. 23.3)',
  })
  apply(
    @CurrentIdentity() caller: Identity,
    @Body() dto: ApplyForAccreditationDto,
  ): Promise<AccreditationView> {
    return this.accreditations.apply(caller, dto);
  }

  @Get()
  @Roles(...readers)
  @ApiOkResponse({
    schema: { type: 'object', example: { items: [exampleAccreditation], total: 1, page: 1, size: 20 } },
  })
  @ApiProblems(...P.list)
  @ApiOperation({ summary: 'Applications and accreditations; an NGO’s monitor sees its own' })
  list(
    @CurrentIdentity() caller: Identity,
    @Query() query: AccreditationsQueryDto,
  ): Promise<Page<AccreditationView>> {
    return this.accreditations.list(caller, query);
  }

  @Get(':accreditationId')
  @Roles(...readers)
  @AccreditationParam
  @ApiOkResponse({ schema: { type: 'object', example: exampleAccreditation } })
  @ApiProblems(...P.read)
  @ApiOperation({ summary: 'One application or accreditation and whether it is in force today' })
  get(
    @CurrentIdentity() caller: Identity,
    @Param('accreditationId', ParseUUIDPipe) id: string,
  ): Promise<AccreditationView> {
    return this.accreditations.get(caller, id);
  }

  @AccreditorAct('decision')
  @ApiOkResponse({ schema: { type: 'object', example: exampleAccreditation } })
  @ApiProblems(...P.decide)
  @ApiOperation({
    summary: 'The quality authority grants the accreditation for a validity, or refuses it with a reason',
  })
  decide(
    @CurrentIdentity() caller: Identity,
    @Param('accreditationId', ParseUUIDPipe) id: string,
    @Body() dto: DecideAccreditationDto,
  ): Promise<AccreditationView> {
    return this.accreditations.decide(caller, id, dto);
  }

  @AccreditorAct('suspension')
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        ...exampleAccreditation,
        status: 'suspended',
        suspendedOn: '2027-02-01',
        suspensionReason: X.reason,
        inForceToday: false,
      },
    },
  })
  @ApiProblems(...P.suspend)
  @ApiOperation({ summary: 'Suspends an accreditation: meanwhile the NGO’s state-order reports are refused' })
  suspend(
    @CurrentIdentity() caller: Identity,
    @Param('accreditationId', ParseUUIDPipe) id: string,
    @Body() dto: AccreditationReasonDto,
  ): Promise<AccreditationView> {
    return this.accreditations.suspend(caller, id, dto);
  }

  @AccreditorAct('resumption')
  @ApiOkResponse({ schema: { type: 'object', example: exampleAccreditation } })
  @ApiProblems(...P.resume)
  @ApiOperation({ summary: 'Ends a suspension: the accreditation is in force again within its validity' })
  resume(
    @CurrentIdentity() caller: Identity,
    @Param('accreditationId', ParseUUIDPipe) id: string,
  ): Promise<AccreditationView> {
    return this.accreditations.resume(caller, id);
  }

  @AccreditorAct('revocation')
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        ...exampleAccreditation,
        status: 'revoked',
        revokedOn: '2027-03-01',
        revocationReason: X.reason,
        inForceToday: false,
      },
    },
  })
  @ApiProblems(...P.suspend)
  @ApiOperation({ summary: 'Revokes an accreditation for good; the NGO may apply again' })
  revoke(
    @CurrentIdentity() caller: Identity,
    @Param('accreditationId', ParseUUIDPipe) id: string,
    @Body() dto: AccreditationReasonDto,
  ): Promise<AccreditationView> {
    return this.accreditations.revoke(caller, id, dto);
  }
}
