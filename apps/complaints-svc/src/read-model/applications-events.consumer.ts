import { Injectable } from '@nestjs/common';
import {
  ApplicationsEventTypes,
  type ApplicationFactsV1,
  type ApplicationStatus,
  type ApplicationStatusChangedV1,
  type ApplicationSubmittedV1,
  type EventEnvelope,
} from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the applications a complaint may name (Art. 19.1): who applied (the IIN/BIN only `submitted`
 * carries), for which service, at which provider, in which status and by when. Later facts win; an older
 * event changes nothing.
 */
@Injectable()
export class ApplicationsEventsConsumer {
  @OnEvent(ApplicationsEventTypes.submitted)
  async onSubmitted(event: EventEnvelope<ApplicationSubmittedV1>, manager: EntityManager): Promise<void> {
    await this.record(manager, event.data, 'accepted', new Date(event.time), event.data.recipientIdNumber);
  }

  @OnEvent(ApplicationsEventTypes.statusChanged)
  async onStatusChanged(
    event: EventEnvelope<ApplicationStatusChangedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await this.record(manager, event.data, event.data.to, new Date(event.data.changedAt));
  }

  private async record(
    manager: EntityManager,
    facts: ApplicationFactsV1,
    status: ApplicationStatus,
    time: Date,
    recipientIdNumber?: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO application_ref (id, tracking_number, service_id, owner_id, provider_id, psc_id, region_kato,
         recipient_id_number, status, due_date, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, due_date = EXCLUDED.due_date,
         recipient_id_number = COALESCE(EXCLUDED.recipient_id_number, application_ref.recipient_id_number),
         updated_at = EXCLUDED.updated_at
       WHERE application_ref.updated_at <= EXCLUDED.updated_at`,
      [
        facts.applicationId,
        facts.trackingNumber,
        facts.serviceId,
        facts.ownerOrganizationId,
        facts.providerOrganizationId,
        facts.pscOrganizationId,
        facts.regionKato,
        recipientIdNumber ?? null,
        status,
        facts.dueDate,
        time,
      ],
    );
  }
}
