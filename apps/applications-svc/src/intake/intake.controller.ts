import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Public, Roles } from '@kzps/auth';
import { Idempotent } from '@kzps/db';
import { ApiProblems, ApiUuidParam, invalid, malformedId } from '@kzps/platform';
import { signatureError, SignatureErrorCode, type JsonValue } from '@kzps/signature';
import type { FastifyRequest } from 'fastify';
import {
  exampleBody,
  exampleIds,
  exampleIntakeRefusal,
  exampleReceipt,
  exampleStandard,
} from '../api/api-examples';
import { problem, serviceProblems } from '../api/api-problems';
import { ApplicationsErrorCode as Code } from '../applications/applications.errors';
import { ApplicationsRoles, type CallerIdentity } from '../common/identity';
import { CreateApplicationDto } from './dto/create-application.dto';
import { IntakeService } from './intake.service';
import type { ApplicationReceipt } from './receipt';
import type { StandardInForceView } from './standard-view';

@ApiTags('intake')
@ApiBearerAuth()
@Controller('api/v1/applications')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  @Post()
  @HttpCode(201)
  @Idempotent()
  @Roles(
    ...ApplicationsRoles.pscOperator,
    ...ApplicationsRoles.providerOfficer,
    ...ApplicationsRoles.recipient,
  )
  @ApiBody({
    type: CreateApplicationDto,
    examples: {
      psc: {
        summary: 'A PSC operator accepts a complete set from an identified recipient',
        value: {
          serviceId: exampleIds.service,
          channel: 'psc',
          recipient: { iin: '900315401233' },
          documentIds: exampleIds.documents,
          identificationMethod: 'identity_document',
        },
      },
    },
  })
  @ApiCreatedResponse(exampleBody(exampleReceipt))
  @ApiProblems(
    ...guardProblems([
      ...ApplicationsRoles.pscOperator,
      ...ApplicationsRoles.providerOfficer,
      ...ApplicationsRoles.recipient,
    ]),
    invalid({
      field: 'channel',
      message: 'channel must be one of the following values: provider, …',
      constraint: 'isIn',
    }),
    ...serviceProblems,
    problem(Code.CHANNEL_NOT_ALLOWED),
    problem(Code.CHANNEL_NOT_FOR_CALLER),
    problem(Code.PROVIDER_REQUIRED),
    problem(Code.PROVIDER_NOT_OF_SERVICE),
    problem(Code.PSC_UNKNOWN),
    problem(Code.RECIPIENT_IDENTIFIER_REQUIRED),
    problem(Code.RECIPIENT_FROM_TOKEN),
    problem(Code.IDENTIFICATION_METHOD_REQUIRED),
    problem(Code.CONSENT_ONLY_AT_PSC),
    problem(Code.DOCUMENT_NOT_IN_STANDARD),
    problem(Code.DOCUMENTS_INCOMPLETE, undefined, {
      intakeRefusal: exampleIntakeRefusal,
      missingDocumentIds: exampleIntakeRefusal.missingDocuments.map((d) => d.id),
    }),
    problem(Code.SIGNATURE_REQUIRED),
    problem(Code.SIGNER_NOT_APPLICANT),
    signatureError(SignatureErrorCode.CertificateRevoked),
    signatureError(SignatureErrorCode.VerifierUnavailable),
  )
  @ApiOperation({
    summary: 'Accept an application through a channel the standard allows (Art. 12-15); answers the receipt',
    description:
      'At a PSC the acceptance day counts in the term (Art. 14.1) and an incomplete document set is refused ' +
      'at intake (Art. 14.2): the refusal is recorded and the 422 names each missing document.',
  })
  submit(
    @CurrentIdentity() caller: CallerIdentity,
    @Body() dto: CreateApplicationDto,
    // The body as sent (validated above): an electronic request's signature covers exactly that.
    @Req() request: FastifyRequest<{ Body: Record<string, JsonValue> }>,
  ): Promise<ApplicationReceipt> {
    return this.intake.submit(caller, dto, request.body);
  }

  @Get('services/:serviceId/standard')
  @Public()
  @ApiUuidParam('serviceId', exampleIds.service, 'The service in the registry')
  @ApiOkResponse(exampleBody(exampleStandard))
  @ApiProblems(malformedId, ...serviceProblems)
  @ApiOperation({
    summary: "The standard in force applications for the service are accepted under, with its documents' ids",
    description:
      'Art. 7.6: the standard is public. An application names the documents presented by these ids.',
  })
  standard(@Param('serviceId', ParseUUIDPipe) serviceId: string): Promise<StandardInForceView> {
    return this.intake.standardInForce(serviceId);
  }
}
