import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Roles } from '@kzps/auth';
import { Clock } from '@kzps/platform';
import { applicationView, type ApplicationView } from '../applications/application.view';
import { ApplicationsRoles, type CallerIdentity } from '../common/identity';
import { RecordResultDto, RefuseApplicationDto } from './dto/lifecycle.dto';
import { LifecycleService } from './lifecycle.service';

@ApiTags('lifecycle')
@ApiBearerAuth()
@Controller('api/v1/applications/:id')
export class LifecycleController {
  constructor(
    private readonly lifecycle: LifecycleService,
    private readonly clock: Clock,
  ) {}

  @Post('in-work')
  @HttpCode(200)
  @Roles(...ApplicationsRoles.providerOfficer)
  @ApiOperation({ summary: "The provider's officer takes the application into work" })
  async startWork(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ApplicationView> {
    return this.view(await this.lifecycle.startWork(caller, id));
  }

  @Post('result')
  @HttpCode(200)
  @Roles(...ApplicationsRoles.providerOfficer)
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
  @HttpCode(200)
  @Roles(...ApplicationsRoles.providerOfficer)
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
  @HttpCode(200)
  @Roles(...ApplicationsRoles.recipient)
  @ApiOperation({ summary: 'The recipient withdraws the application before it is decided' })
  async withdraw(
    @CurrentIdentity() caller: CallerIdentity,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ApplicationView> {
    return this.view(await this.lifecycle.withdraw(caller, id), true);
  }

  @Post('issuance')
  @HttpCode(200)
  @Roles(...ApplicationsRoles.pscOperator, ...ApplicationsRoles.providerOfficer)
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
