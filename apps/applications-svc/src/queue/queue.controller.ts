import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Roles } from '@kzps/auth';
import { ApiProblems, invalid } from '@kzps/platform';
import { exampleBody, exampleQueueTicket } from '../api/api-examples';
import { problem, serviceProblems } from '../api/api-problems';
import { ApplicationsErrorCode as Code } from '../applications/applications.errors';
import { ApplicationsRoles, type CallerIdentity } from '../common/identity';
import { QueueTicketDto, type QueueTicketView } from './dto/queue-ticket.dto';
import { QueueService } from './queue.service';

@ApiTags('queue')
@ApiBearerAuth()
@Controller('api/v1/applications/queue-tickets')
export class QueueController {
  constructor(private readonly queue: QueueService) {}

  @Post()
  @HttpCode(200)
  @Roles(...ApplicationsRoles.pscOperator)
  @ApiBody({
    type: QueueTicketDto,
    examples: {
      applying: {
        summary: 'A ticket to apply, called 22 minutes after it was issued',
        value: {
          ticketNumber: exampleQueueTicket.ticketNumber,
          serviceId: exampleQueueTicket.serviceId,
          purpose: exampleQueueTicket.purpose,
          issuedAt: exampleQueueTicket.issuedAt,
          calledAt: exampleQueueTicket.calledAt,
        },
      },
    },
  })
  @ApiOkResponse(exampleBody(exampleQueueTicket))
  @ApiProblems(
    ...guardProblems(ApplicationsRoles.pscOperator),
    invalid({ field: 'calledAt', message: 'calledAt must not be before issuedAt', constraint: 'order' }),
    ...serviceProblems,
    problem(Code.PSC_UNKNOWN),
  )
  @ApiOperation({
    summary:
      "A PSC queue terminal's ticket (Art. 8.9): the wait against the standard's maximum; a longer one is raised",
  })
  record(@CurrentIdentity() caller: CallerIdentity, @Body() dto: QueueTicketDto): Promise<QueueTicketView> {
    return this.queue.record(caller, dto);
  }
}
