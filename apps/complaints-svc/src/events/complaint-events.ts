import { Global, Injectable, Module } from '@nestjs/common';
import {
  complaintsEvents,
  type ComplaintFactsV1,
  type ComplaintStageFactsV1,
  type ComplaintsEventPayloads,
  type ComplaintsEventType,
} from '@kzps/contracts';
import { OutboxWriter } from '@kzps/messaging';
import { currentRequestId } from '@kzps/platform';
import type { EntityManager } from 'typeorm';
import type { ComplaintRow, StageRow } from '../complaints/complaint-record';
import { SERVICE_NAME } from './service-name';

/** What every event about a complaint says (libs/contracts: ComplaintFactsV1); never the complainant. */
export function factsOf(complaint: ComplaintRow): ComplaintFactsV1 {
  return {
    complaintId: complaint.id,
    serviceId: complaint.serviceId,
    ownerOrganizationId: complaint.ownerId,
    providerOrganizationId: complaint.providerId,
    regionKato: complaint.regionKato,
    applicationId: complaint.applicationId,
    ground: complaint.ground,
    form: complaint.form,
    qualityAuthorityOrganizationId: complaint.qualityAuthorityId,
  };
}

/** The facts of one registration: the instance, its register number and its term. */
export function stageFactsOf(complaint: ComplaintRow, stage: StageRow): ComplaintStageFactsV1 {
  return {
    ...factsOf(complaint),
    stage: stage.stage,
    instanceOrganizationId: stage.instanceId,
    instanceRole: stage.instanceRole,
    registerNumber: stage.registerNumber,
    registeredAt: stage.registeredAt.toISOString(),
    dueDate: stage.dueDate,
  };
}

/**
 * Writes this context's events in the caller's transaction (transactional outbox), validated against their
 * libs/contracts definitions, keyed by the complaint id.
 */
@Injectable()
export class ComplaintEvents {
  private readonly writer = new OutboxWriter<ComplaintsEventPayloads>({
    serviceName: SERVICE_NAME,
    catalog: complaintsEvents,
    context: () => ({ requestId: currentRequestId() }),
  });

  /** `time` is the instant of the act the event reports. */
  async append<T extends ComplaintsEventType>(
    manager: EntityManager,
    type: T,
    time: Date,
    data: ComplaintsEventPayloads[T],
  ): Promise<void> {
    await this.writer.append(manager, { type, subject: data.complaintId, time, data });
  }
}

@Global()
@Module({ providers: [ComplaintEvents], exports: [ComplaintEvents] })
export class EventsModule {}
