import { Injectable } from '@nestjs/common';
import {
  applicationsEvents,
  type ApplicationFactsV1,
  type ApplicationsEventPayloads,
  type ApplicationsEventType,
} from '@kzps/contracts';
import { OutboxWriter } from '@kzps/messaging';
import { currentRequestId } from '@kzps/platform';
import type { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity';
import { SERVICE_NAME } from './service-name';

/** What an application's facts are read from: the entity, or a sweep's claimed row. */
export type ApplicationFactsSource = Pick<
  Application,
  | 'id'
  | 'trackingNumber'
  | 'serviceId'
  | 'standardId'
  | 'standardVersionId'
  | 'ownerId'
  | 'providerId'
  | 'pscId'
  | 'pscBranch'
  | 'regionKato'
  | 'channel'
  | 'recipientType'
  | 'acceptedAt'
  | 'dueDate'
  | 'dueAt'
  | 'handoverDueAt'
  | 'term'
>;

/** The facts every event about an application carries (libs/contracts: ApplicationFactsV1). */
export function factsOf(application: ApplicationFactsSource): ApplicationFactsV1 {
  return {
    applicationId: application.id,
    trackingNumber: application.trackingNumber,
    serviceId: application.serviceId,
    standardId: application.standardId,
    standardVersionId: application.standardVersionId,
    ownerOrganizationId: application.ownerId,
    providerOrganizationId: application.providerId,
    pscOrganizationId: application.pscId,
    pscBranch: application.pscBranch,
    regionKato: application.regionKato,
    channel: application.channel,
    recipientType: application.recipientType,
    acceptedAt: application.acceptedAt.toISOString(),
    dueDate: application.dueDate,
    dueAt: application.dueAt.toISOString(),
    handoverDueAt: application.handoverDueAt?.toISOString() ?? null,
    term: application.term,
  };
}

/**
 * Writes this context's events in the caller's transaction (transactional outbox): the change and its events
 * commit together and the relay publishes them, keyed by the aggregate id. Payloads are validated against
 * their libs/contracts definitions before they are written.
 */
@Injectable()
export class ApplicationEvents {
  private readonly writer = new OutboxWriter<ApplicationsEventPayloads>({
    serviceName: SERVICE_NAME,
    catalog: applicationsEvents,
    context: () => ({ requestId: currentRequestId() }),
  });

  /** `time` is the instant of the act the event reports (a legal fact carries the date of its act). */
  async append<T extends ApplicationsEventType>(
    manager: EntityManager,
    event: { type: T; subject: string; time: Date; data: ApplicationsEventPayloads[T] },
  ): Promise<void> {
    await this.writer.append(manager, event);
  }

  /** Validated events as outbox rows, for a statement that writes them with the change (`outboxInsert`). */
  prepare<T extends ApplicationsEventType>(
    events: ReadonlyArray<{ type: T; subject: string; time: Date; data: ApplicationsEventPayloads[T] }>,
  ): { rows: string } {
    return this.writer.prepare(events);
  }

  /** Several events of one type in one statement (a sweep's batch), in the given order. */
  async appendAll<T extends ApplicationsEventType>(
    manager: EntityManager,
    events: ReadonlyArray<{ type: T; subject: string; time: Date; data: ApplicationsEventPayloads[T] }>,
  ): Promise<void> {
    await this.writer.appendAll(manager, events);
  }
}
