import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Public, Roles } from '@kzps/auth';
import type { JsonValue } from '@kzps/signature';
import type { FastifyRequest } from 'fastify';
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
  @Roles(
    ...ApplicationsRoles.pscOperator,
    ...ApplicationsRoles.providerOfficer,
    ...ApplicationsRoles.recipient,
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
  @ApiOperation({
    summary: "The standard in force applications for the service are accepted under, with its documents' ids",
    description:
      'Art. 7.6: the standard is public. An application names the documents presented by these ids.',
  })
  standard(@Param('serviceId', ParseUUIDPipe) serviceId: string): Promise<StandardInForceView> {
    return this.intake.standardInForce(serviceId);
  }
}
