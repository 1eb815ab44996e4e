import { applyDecorators, Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Roles, type Role } from '@kzps/auth';
import { ApiProblems, Clock } from '@kzps/platform';
import { SignatureErrorCode, signatureError } from '@kzps/signature';
import { ApiApplicationId, exampleApplication, exampleBody, exampleIds } from '../api/api-examples';
import { onApplication, problem } from '../api/api-problems';
import { ApplicationsErrorCode as Code } from '../applications/applications.errors';
import { applicationView, type ApplicationView } from '../applications/application.view';
import { ApplicationsRoles, type CallerIdentity } from '../common/identity';
import { RecordResultDto, RefuseApplicationDto } from './dto/lifecycle.dto';
import { LifecycleService } from './lifecycle.service';

/**
 * A step on one application that answers it as it now stands: 200, for the roles given (each operation
 * adds its own body, problems and summary).
 */
const ApplicationAction = (...roles: Role[]) =>
  applyDecorators(
    HttpCode(200),
    Roles(...roles),
    ApiApplicationId(),
    ApiOkResponse(exampleBody(exampleApplication)),
  );

@ApiTags('lifecycle')
@ApiBearerAuth()
@Controller('api/v1/applications/:id')
export class LifecycleController {
  constructor(
    private readonly lifecycle: LifecycleService,
    private readonly clock: Clock,
  ) {}

  @Post('in-work')
  @ApplicationAction(...ApplicationsRoles.providerOfficer)
  @ApiProblems(
    ...guardProblems(ApplicationsRoles.providerOfficer),
    ...onApplication,
    problem(Code.NOT_THE_PROVIDER),
  )
  @ApiOperation({ summary: "The provider's officer takes the application into work" })
  async startWork(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ApplicationView> {
    return this.view(await this.lifecycle.startWork(caller, id));
  }

  @Post('result')
  @ApplicationAction(...ApplicationsRoles.providerOfficer)
  @ApiBody({
    type: RecordResultDto,
    examples: {
      paper: {
        summary: 'A paper document with its outgoing number',
        value: { form: 'paper_document', documentNumber: '03-12/4471' },
      },
      electronic: {
        summary:
          "An electronic document: its SHA-256 and the provider organisation's CMS signature over " +
          '{ applicationId, form, documentSha256 } in canonical form (RFC 8785)',
        value: {
          form: 'electronic_document',
          documentSha256: '9f2c4e1a7b3d5f608e1c2a4b6d8f0e1c3a5b7d9f1e3c5a7b9d1f3e5c7a9b1d3f',
          providerSignature: 'MIIGzAYJKoZIhvcNAQcCoIIGvTCCBrkCAQExDzANBglghkgBZQMEAgEFADALBgkqhkiG9w0BBwE…',
        },
      },
    },
  })
  @ApiProblems(
    ...guardProblems(ApplicationsRoles.providerOfficer),
    ...onApplication,
    problem(Code.NOT_THE_PROVIDER),
    problem(Code.RESULT_FORM_NOT_IN_STANDARD),
    problem(Code.RESULT_SIGNER_NOT_PROVIDER),
    signatureError(SignatureErrorCode.ContentMismatch),
    signatureError(SignatureErrorCode.VerifierUnavailable),
  )
  @ApiOperation({
    summary:
      'Record the result in a form the standard provides (Art. 15.3); for a PSC application it reaches the PSC',
  })
  async recordResult(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordResultDto,
  ): Promise<ApplicationView> {
    return this.view(await this.lifecycle.recordResult(caller, id, dto));
  }

  @Post('refusal')
  @ApplicationAction(...ApplicationsRoles.providerOfficer)
  @ApiBody({
    type: RefuseApplicationDto,
    examples: {
      ground: {
        summary: "On a ground of the application's standard, with the reasons in Kazakh and Russian",
        value: {
          refusalGroundId: exampleIds.refusalGround,
          motivation: {
            kk: 'Ұсынылған анықтамадағы мекенжай тіркеу деректеріне сәйкес келмейді',
            ru: 'Адрес в представленной справке не совпадает с данными регистрации',
          },
        },
      },
    },
  })
  @ApiProblems(
    ...guardProblems(ApplicationsRoles.providerOfficer),
    ...onApplication,
    problem(Code.NOT_THE_PROVIDER),
    problem(Code.REFUSAL_GROUND_NOT_IN_STANDARD),
  )
  @ApiOperation({
    summary: "A motivated refusal on a ground of the application's standard (Art. 5.3.2, 8.8)",
  })
  async refuse(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RefuseApplicationDto,
  ): Promise<ApplicationView> {
    return this.view(await this.lifecycle.refuse(caller, id, dto));
  }

  @Post('withdrawal')
  @ApplicationAction(...ApplicationsRoles.recipient)
  @ApiProblems(
    ...guardProblems(ApplicationsRoles.recipient),
    ...onApplication,
    problem(Code.NOT_THE_RECIPIENT),
  )
  @ApiOperation({ summary: 'The recipient withdraws the application before it is decided' })
  async withdraw(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ApplicationView> {
    return this.view(await this.lifecycle.withdraw(caller, id), true);
  }

  @Post('issuance')
  @ApplicationAction(...ApplicationsRoles.pscOperator, ...ApplicationsRoles.providerOfficer)
  @ApiProblems(
    ...guardProblems([...ApplicationsRoles.pscOperator, ...ApplicationsRoles.providerOfficer]),
    ...onApplication,
    problem(Code.NOT_THE_PSC),
    problem(Code.NOT_THE_PROVIDER),
    problem(Code.FEE_NOT_PAID),
  )
  @ApiOperation({
    summary:
      'The result handed to the recipient: at the PSC that accepted it, or at the provider (Art. 18: once paid)',
  })
  async handOut(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ApplicationView> {
    return this.view(await this.lifecycle.handOut(caller, id));
  }

  private view(application: Parameters<typeof applicationView>[0], showIdNumber = false): ApplicationView {
    return applicationView(application, this.clock.now(), showIdNumber);
  }
}
