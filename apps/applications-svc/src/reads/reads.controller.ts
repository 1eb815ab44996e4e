import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Public, Roles } from '@kzps/auth';
import type { Page } from '@kzps/platform';
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

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/v1/applications')
export class ReadsController {
  constructor(private readonly reads: ReadsService) {}

  @Get()
  @Roles(...readers)
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
  @ApiOperation({
    summary: 'Status and due date by tracking number, for anyone holding it (Art. 5.5.6): nothing personal',
  })
  publicStatus(@Param('trackingNumber') trackingNumber: string): Promise<PublicStatus> {
    return this.reads.publicStatus(trackingNumber);
  }

  @Post('status/:trackingNumber/confirmation')
  @HttpCode(200)
  @Roles(...ApplicationsRoles.contactCentre)
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
  @ApiOperation({ summary: 'One application; a staff read is audited (Art. 24)' })
  get(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ApplicationView> {
    return this.reads.get(caller, id);
  }

  @Get(':id/history')
  @Roles(...readers)
  @ApiOperation({ summary: 'Every status the application passed through, with kk/ru texts' })
  history(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<HistoryEntry[]> {
    return this.reads.history(caller, id);
  }

  @Get(':id/payments')
  @Roles(...readers)
  @ApiOperation({ summary: 'Payments recorded for the application (Art. 18)' })
  payments(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PaymentView[]> {
    return this.reads.payments(caller, id);
  }
}
