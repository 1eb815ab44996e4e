import { Injectable } from '@nestjs/common';
import type { OrganizationKind } from '@kzps/contracts';
import type { EntityManager } from 'typeorm';
import { complaintsError, ComplaintsErrorCode } from '../complaints/complaints.errors';

export interface ServiceCopy {
  id: string;
  ownerId: string | null;
  providerIds: string[];
}

export interface OrganizationCopy {
  id: string;
  kind: OrganizationKind;
  regionKato: string | null;
  active: boolean;
}

export interface ApplicationCopy {
  id: string;
  trackingNumber: string;
  serviceId: string;
  providerId: string;
  regionKato: string | null;
  recipientIdNumber: string | null;
}

/** Reads of the local copies, inside the request's transaction. */
@Injectable()
export class ReadModelService {
  async service(manager: EntityManager, id: string): Promise<ServiceCopy> {
    const [service] = await manager.query<ServiceCopy[]>(
      `SELECT id, owner_id AS "ownerId", provider_ids AS "providerIds" FROM service_ref WHERE id = $1`,
      [id],
    );
    if (!service) throw complaintsError(ComplaintsErrorCode.SERVICE_UNKNOWN, undefined, { serviceId: id });
    return service;
  }

  async organization(manager: EntityManager, id: string): Promise<OrganizationCopy | undefined> {
    const [organization] = await manager.query<OrganizationCopy[]>(
      `SELECT id, kind, region_kato AS "regionKato", active FROM organization_ref WHERE id = $1`,
      [id],
    );
    return organization;
  }

  async applicationByTrackingNumber(
    manager: EntityManager,
    trackingNumber: string,
  ): Promise<ApplicationCopy> {
    const [application] = await manager.query<ApplicationCopy[]>(
      `SELECT id, tracking_number AS "trackingNumber", service_id AS "serviceId", provider_id AS "providerId",
         region_kato AS "regionKato", recipient_id_number AS "recipientIdNumber"
       FROM application_ref WHERE tracking_number = $1`,
      [trackingNumber],
    );
    if (!application) {
      throw complaintsError(ComplaintsErrorCode.APPLICATION_UNKNOWN, undefined, { trackingNumber });
    }
    return application;
  }

  /**
   * The quality authority (Art. 19.5) is the active organisation the registry gives the quality-authority
   * role (docs/architecture.md D18); none or several is refused naming the problem, never guessed.
   */
  async qualityAuthority(manager: EntityManager): Promise<string> {
    const holders = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM organization_ref WHERE active AND 'quality-authority' = ANY(roles) ORDER BY id`,
    );
    const [only] = holders;
    if (!only) throw complaintsError(ComplaintsErrorCode.QUALITY_AUTHORITY_UNDESIGNATED);
    if (holders.length > 1) {
      throw complaintsError(ComplaintsErrorCode.QUALITY_AUTHORITY_AMBIGUOUS, undefined, {
        candidates: holders.map((h) => h.id),
      });
    }
    return only.id;
  }
}
