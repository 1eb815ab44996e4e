import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Roles } from '@kzps/auth';
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
  @ApiOperation({
    summary:
      "A PSC queue terminal's ticket (Art. 8.9): the wait against the standard's maximum; a longer one is raised",
  })
  record(@CurrentIdentity() caller: CallerIdentity, @Body() dto: QueueTicketDto): Promise<QueueTicketView> {
    return this.queue.record(caller, dto);
  }
}
