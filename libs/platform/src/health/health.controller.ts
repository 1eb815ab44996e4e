import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HealthRegistry, type ReadinessReport } from './health.registry';

@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthRegistry) {}

  /** The process is up and its event loop answers; nothing else is checked, so it never flaps. */
  @Get('live')
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  /** Every dependency's state, the ones readiness does not depend on included; always 200. */
  @Get()
  details(): Promise<ReadinessReport> {
    return this.health.readiness();
  }

  /** The process can serve: every required dependency answers. 503 otherwise. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const report = await this.health.readiness();
    void reply.status(report.status === 'ready' ? 200 : 503);
    return report;
  }
}
