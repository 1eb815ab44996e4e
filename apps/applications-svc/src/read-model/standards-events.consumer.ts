import { Injectable } from '@nestjs/common';
import {
  applicationChannels,
  applicationResultForms,
  StandardsEventTypes,
  type ApplicationChannel,
  type ApplicationResultForm,
  type EventEnvelope,
  type StandardAmendedV1,
  type StandardCancelledV1,
  type StandardInForceV1,
} from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { standardItemId } from './standard-content-ids';
import { StandardVersionRef } from './standard-version-ref.entity';

const isChannel = (value: string): value is ApplicationChannel =>
  (applicationChannels as readonly string[]).includes(value);
const isResultForm = (value: string): value is ApplicationResultForm =>
  (applicationResultForms as readonly string[]).includes(value);

/**
 * Keeps every registered version of every standard, keyed by version: what an application is accepted under
 * (Art. 8) and pinned to. Per standard, the highest version number is in force unless cancelled, whatever
 * order the events arrive in; a redelivered event changes nothing (the inbox, and the version's primary key).
 */
@Injectable()
export class StandardsEventsConsumer {
  @OnEvent(StandardsEventTypes.standardInForce)
  async onInForce(event: EventEnvelope<StandardInForceV1>, manager: EntityManager): Promise<void> {
    await this.recordVersion(manager, event.data);
  }

  /** An amendment is a whole new version: the previous one stays, for the applications pinned to it. */
  @OnEvent(StandardsEventTypes.standardAmended)
  async onAmended(event: EventEnvelope<StandardAmendedV1>, manager: EntityManager): Promise<void> {
    await this.recordVersion(manager, event.data);
  }

  /** A cancelled standard takes no new applications; accepted ones keep their pinned version. */
  @OnEvent(StandardsEventTypes.standardCancelled)
  async onCancelled(event: EventEnvelope<StandardCancelledV1>, manager: EntityManager): Promise<void> {
    await manager.update(StandardVersionRef, { id: event.data.cancelledVersionId }, { status: 'cancelled' });
    await this.settle(manager, event.data.standardId);
  }

  /** Stores a registered version and settles which one is in force (also the embedded run's demo, demo/). */
  async recordVersion(manager: EntityManager, data: StandardInForceV1): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(StandardVersionRef)
      .values({
        id: data.versionId,
        standardId: data.standardId,
        serviceId: data.serviceId,
        versionNumber: data.versionNumber,
        registrationNumber: data.registrationNumber,
        inForceFrom: new Date(data.inForceFrom),
        status: 'superseded',
        ownerId: data.ownerOrganizationId,
        providerIds: data.providerOrganizationIds,
        channels: data.channels.filter(isChannel),
        resultForms: data.resultForms.filter(isResultForm),
        term: data.term,
        queueWait: data.queueWait,
        fee: data.fee,
        documents: data.documents.map((document, index) => ({
          id: standardItemId(data.versionId, 'documents', index),
          ...document,
        })),
        refusalGrounds: data.refusalGrounds.map((ground, index) => ({
          id: standardItemId(data.versionId, 'refusal-grounds', index),
          ...ground,
        })),
      })
      .orIgnore()
      .execute();
    await this.settle(manager, data.standardId);
  }

  /**
   * The newest version is in force unless it was cancelled (then none is); every older one is superseded.
   * Two steps, so the one-in-force-per-service index never sees two at once.
   */
  private async settle(manager: EntityManager, standardId: string): Promise<void> {
    const newest = `(SELECT max(version_number) FROM standard_version_ref WHERE standard_id = $1)`;
    await manager.query(
      `UPDATE standard_version_ref SET status = 'superseded'
        WHERE standard_id = $1 AND status = 'in_force' AND version_number < ${newest}`,
      [standardId],
    );
    await manager.query(
      `UPDATE standard_version_ref SET status = 'in_force'
        WHERE standard_id = $1 AND status = 'superseded' AND version_number = ${newest}`,
      [standardId],
    );
  }
}
