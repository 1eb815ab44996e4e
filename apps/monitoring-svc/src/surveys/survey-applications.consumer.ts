import { Injectable } from '@nestjs/common';
import {
  ApplicationsEventTypes,
  type ApplicationResultIssuedV1,
  type ApplicationSubmittedV1,
  type EventEnvelope,
} from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';

/**
 * Keeps what a survey answer is checked against (Art. 5.4.2): who applied (the IIN/BIN only `submitted`
 * carries) and when the result was issued. Both writes are idempotent, so a replay after a rebuild agrees.
 */
@Injectable()
export class SurveyApplicationsConsumer {
  @OnEvent(ApplicationsEventTypes.submitted)
  async onSubmitted(event: EventEnvelope<ApplicationSubmittedV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    await manager.query(
      `INSERT INTO survey_application
         (application_id, recipient_id_number, service_id, owner_id, provider_id, psc_id, region_kato, channel)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (application_id) DO NOTHING`,
      [
        p.applicationId,
        p.recipientIdNumber,
        p.serviceId,
        p.ownerOrganizationId,
        p.providerOrganizationId,
        p.pscOrganizationId,
        p.regionKato,
        p.channel,
      ],
    );
  }

  /** The same partition carries `submitted` before this, so the application's row is there. */
  @OnEvent(ApplicationsEventTypes.resultIssued)
  async onResultIssued(
    event: EventEnvelope<ApplicationResultIssuedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query('UPDATE survey_application SET result_issued_at = $2 WHERE application_id = $1', [
      event.data.applicationId,
      event.data.issuedAt,
    ]);
  }
}
