import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Public, Roles } from '@kzps/auth';
import { ApiProblems, badPage, malformedId, pageTooLarge, type Page } from '@kzps/platform';
import {
  ApiApplicationId,
  exampleApplication,
  exampleApplicationPage,
  exampleBody,
  exampleContactCentreStatus,
  exampleHistory,
  exampleIntakeRefusalPage,
  examplePayment,
  examplePublicStatus,
  exampleTrackingNumber,
} from '../api/api-examples';
import { problem } from '../api/api-problems';
import { ApplicationsErrorCode as Code } from '../applications/applications.errors';
import type { ApplicationView } from '../applications/application.view';
import { ApplicationsRoles, type CallerIdentity } from '../common/identity';
import type { PaymentView } from '../fees/dto/payment-notice.dto';
import type { IntakeRefusalReceipt } from '../intake/receipt';
import { ApplicationsQueryDto, ContactCentreConfirmationDto, IntakeRefusalsQueryDto } from './dto/reads.dto';
import {
  ReadsService,
  type ContactCentreStatus,
  type HistoryEntry,
  type PublicStatus,
} from './reads.service';

const readers = [
  ...ApplicationsRoles.recipient,
  ...ApplicationsRoles.providerOfficer,
  ...ApplicationsRoles.pscOperator,
] as const;

const ApiTrackingNumber = (): MethodDecorator =>
  ApiParam({
    name: 'trackingNumber',
    example: exampleTrackingNumber,
    description: 'The tracking number on the receipt, with its check character',
  });
const readProblems = [...guardProblems(readers), badPage, pageTooLarge];
const oneApplication = [...guardProblems(readers), problem(Code.APPLICATION_NOT_FOUND)];
const exampleArray = (example: unknown) => ({
  schema: { type: 'array', items: { type: 'object' }, example },
});

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/v1/applications')
export class ReadsController {
  constructor(private readonly reads: ReadsService) {}

  @Get()
  @Roles(...readers)
  @ApiOkResponse(exampleBody(exampleApplicationPage))
  @ApiProblems(...readProblems)
  @ApiOperation({
    summary:
      "The caller's applications: a recipient's own, a provider's, a PSC's; IINs masked but for the recipient",
  })
  list(
    @CurrentIdentity() caller: CallerIdentity,
    @Query() query: ApplicationsQueryDto,
  ): Promise<Page<ApplicationView>> {
    return this.reads.list(caller, query);
  }

  @Get('intake-refusals')
  @Roles(...readers)
  @ApiOkResponse(exampleBody(exampleIntakeRefusalPage))
  @ApiProblems(...readProblems)
  @ApiOperation({
    summary: "Intake refusals (Art. 14.2) with the missing documents: a PSC's, a provider's, a recipient's",
  })
  intakeRefusals(
    @CurrentIdentity() caller: CallerIdentity,
    @Query() query: IntakeRefusalsQueryDto,
  ): Promise<Page<IntakeRefusalReceipt>> {
    return this.reads.intakeRefusals(caller, query);
  }

  @Get('status/:trackingNumber')
  @Public()
  @ApiTrackingNumber()
  @ApiOkResponse(exampleBody(examplePublicStatus))
  @ApiProblems(problem(Code.TRACKING_NUMBER_MALFORMED), problem(Code.APPLICATION_NOT_FOUND))
  @ApiOperation({
    summary: 'Status and due date by tracking number, for anyone holding it (Art. 5.5.6): nothing personal',
  })
  publicStatus(@Param('trackingNumber') trackingNumber: string): Promise<PublicStatus> {
    return this.reads.publicStatus(trackingNumber);
  }

  @Post('status/:trackingNumber/confirmation')
  @HttpCode(200)
  @Roles(...ApplicationsRoles.contactCentre)
  @ApiTrackingNumber()
  @ApiBody({
    type: ContactCentreConfirmationDto,
    examples: {
      confirmed: {
        summary: 'The IIN the caller told the operator',
        value: { recipientIdNumber: '900315401233' },
      },
    },
  })
  @ApiOkResponse(exampleBody(exampleContactCentreStatus))
  @ApiProblems(
    ...guardProblems(ApplicationsRoles.contactCentre),
    problem(Code.TRACKING_NUMBER_MALFORMED),
    problem(Code.APPLICATION_NOT_FOUND),
  )
  @ApiOperation({
    summary:
      "The unified contact centre's answer (Art. 17.4): status and history once the recipient's IIN/BIN is confirmed",
  })
  contactCentreStatus(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('trackingNumber') trackingNumber: string,
    @Body() dto: ContactCentreConfirmationDto,
  ): Promise<ContactCentreStatus> {
    return this.reads.contactCentreStatus(caller, trackingNumber, dto.recipientIdNumber);
  }

  @Get(':id')
  @Roles(...readers)
  @ApiApplicationId()
  @ApiOkResponse(exampleBody(exampleApplication))
  @ApiProblems(malformedId, ...oneApplication)
  @ApiOperation({ summary: 'One application; a staff read is audited (Art. 24)' })
  get(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ApplicationView> {
    return this.reads.get(caller, id);
  }

  @Get(':id/history')
  @Roles(...readers)
  @ApiApplicationId()
  @ApiOkResponse(exampleArray(exampleHistory))
  @ApiProblems(malformedId, ...oneApplication)
  @ApiOperation({ summary: 'Every status the application passed through, with kk/ru texts' })
  history(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<HistoryEntry[]> {
    return this.reads.history(caller, id);
  }

  @Get(':id/payments')
  @Roles(...readers)
  @ApiApplicationId()
  @ApiOkResponse(exampleArray([examplePayment]))
  @ApiProblems(malformedId, ...oneApplication)
  @ApiOperation({ summary: 'Payments recorded for the application (Art. 18)' })
  payments(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PaymentView[]> {
    return this.reads.payments(caller, id);
  }
}
