import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole } from '@kzps/auth';
import { recordAudit } from '@kzps/audit';
import { ApplicationsEventTypes } from '@kzps/contracts';
import { Clock, invalid } from '@kzps/platform';
import { DataSource, IsNull } from 'typeorm';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { ApplicationsRoles, type CallerIdentity } from '../common/identity';
import { ApplicationEvents } from '../events/application-events';
import { ReadModelService } from '../read-model/read-model.service';
import type { QueueTicketDto, QueueTicketView } from './dto/queue-ticket.dto';
import { QueueTicket } from './queue-ticket.entity';

const MINUTE_MS = 60_000;

function viewOf(ticket: QueueTicket): QueueTicketView {
  return {
    id: ticket.id,
    ticketNumber: ticket.ticketNumber,
    serviceId: ticket.serviceId,
    purpose: ticket.purpose,
    issuedAt: ticket.issuedAt.toISOString(),
    calledAt: ticket.calledAt.toISOString(),
    waitMinutes: ticket.waitMinutes,
    maximumMinutes: ticket.maximumMinutes,
    exceeded: ticket.exceeded,
  };
}

/** Art. 8.9: each wait in a PSC's queue against the maximum of the standard in force; a longer one is an event. */
@Injectable()
export class QueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly readModel: ReadModelService,
    private readonly events: ApplicationEvents,
  ) {}

  /** Idempotent per ticket: the terminal may post a ticket again after a lost answer. */
  record(caller: CallerIdentity, dto: QueueTicketDto): Promise<QueueTicketView> {
    const issuedAt = new Date(dto.issuedAt);
    const calledAt = new Date(dto.calledAt);
    if (calledAt < issuedAt) {
      throw invalid({
        field: 'calledAt',
        message: 'calledAt must not be before issuedAt',
        constraint: 'order',
      });
    }
    if (!hasRole(caller, ...ApplicationsRoles.pscOperator) || !caller.organizationId) {
      throw applicationsError(ApplicationsErrorCode.PSC_UNKNOWN);
    }
    const pscId = caller.organizationId;
    const pscBranch = caller.pscId ?? null;
    return this.dataSource.transaction(async (manager) => {
      const psc = await this.readModel.organization(manager, pscId);
      if (!psc?.roles.includes('psc-operator')) throw applicationsError(ApplicationsErrorCode.PSC_UNKNOWN);
      const { version } = await this.readModel.serviceInForce(manager, dto.serviceId);
      // Elapsed minutes between two instants the terminal stamped: a measured wait, not a statutory term.
      const waitMinutes = Math.floor((calledAt.getTime() - issuedAt.getTime()) / MINUTE_MS);
      const maximumMinutes =
        dto.purpose === 'applying' ? version.queueWait.applyingMinutes : version.queueWait.collectingMinutes;
      const now = this.clock.now();
      const ticket = manager.create(QueueTicket, {
        id: randomUUID(),
        pscId,
        pscBranch,
        ticketNumber: dto.ticketNumber,
        serviceId: dto.serviceId,
        standardVersionId: version.id,
        purpose: dto.purpose,
        issuedAt,
        calledAt,
        waitMinutes,
        maximumMinutes,
        exceeded: waitMinutes > maximumMinutes,
        recordedAt: now,
      });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(QueueTicket)
        .values(ticket)
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        const earlier = await manager.findOneByOrFail(QueueTicket, {
          pscId,
          ticketNumber: dto.ticketNumber,
          pscBranch: pscBranch ?? IsNull(),
        });
        return viewOf(earlier);
      }
      if (ticket.exceeded) {
        await this.events.append(manager, {
          type: ApplicationsEventTypes.queueWaitExceeded,
          subject: ticket.id,
          time: calledAt,
          data: {
            ticketId: ticket.id,
            serviceId: ticket.serviceId,
            standardVersionId: version.id,
            pscOrganizationId: pscId,
            pscBranch,
            regionKato: psc.regionKato,
            purpose: ticket.purpose,
            issuedAt: issuedAt.toISOString(),
            calledAt: calledAt.toISOString(),
            waitMinutes,
            maximumMinutes,
          },
        });
      }
      await recordAudit(manager, {
        actor: caller,
        action: 'queue-ticket.record',
        resourceType: 'queue_ticket',
        resourceId: ticket.id,
        occurredAt: now,
      });
      return viewOf(ticket);
    });
  }
}
