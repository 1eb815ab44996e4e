import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole } from '@kzps/auth';
import { recordAudit } from '@kzps/audit';
import { inTransaction } from '@kzps/db';
import type { ComplaintForm } from '@kzps/contracts';
import { Clock } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { appealChain } from '../chain/appeal-chain';
import {
  ComplaintsRoles,
  officerOrganizationOf,
  recipientIdNumberOf,
  type CallerIdentity,
} from '../common/identity';
import { ReadModelService, type ApplicationCopy } from '../read-model/read-model.service';
import { complaintsOf, type ComplaintRow } from './complaint-record';
import { complaintsError, ComplaintsErrorCode } from './complaints.errors';
import { ComplaintViews, type ComplaintView } from './complaint-view';
import type { FileComplaintDto } from './dto/file-complaint.dto';
import { ComplaintRegistration } from './registration';

/** Who complains and how: from the token (electronic), or from the paper an officer registers. */
interface Complainant {
  idNumber: string;
  form: ComplaintForm;
  paperReference: string | null;
  /** Where a paper complaint arrived; an electronic one may name a body, else goes to the first instance. */
  addressedToId: string | undefined;
}

/** Filing and registration of a complaint (Art. 19.1, 19.4.1). */
@Injectable()
export class FilingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly readModel: ReadModelService,
    private readonly registration: ComplaintRegistration,
    private readonly views: ComplaintViews,
  ) {}

  /**
   * Checks everything before writing anything: the complainant, their application, the service, the provider,
   * the chain; then writes the complaint and its first registration in one transaction.
   */
  async file(caller: CallerIdentity, dto: FileComplaintDto): Promise<ComplaintView> {
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const complainant = this.complainantOf(caller, dto);
      const service = await this.readModel.service(manager, dto.serviceId);
      if (!service.ownerId) throw complaintsError(ComplaintsErrorCode.SERVICE_OWNER_UNKNOWN);
      const application = dto.trackingNumber
        ? await this.ownApplication(manager, dto.trackingNumber, dto.serviceId, complainant.idNumber)
        : undefined;
      const providerId = application?.providerId ?? dto.providerId;
      if (!providerId) throw complaintsError(ComplaintsErrorCode.PROVIDER_REQUIRED);
      const provider = await this.readModel.organization(manager, providerId);
      if (!provider || (!service.providerIds.includes(providerId) && providerId !== service.ownerId)) {
        throw complaintsError(ComplaintsErrorCode.PROVIDER_NOT_OF_SERVICE, undefined, { providerId });
      }
      const qualityAuthorityId = await this.readModel.qualityAuthority(manager);
      const chain = appealChain({
        ownerId: service.ownerId,
        providerId,
        providerKind: provider.kind,
        qualityAuthorityId,
      });
      const first = chain[0];
      if (!first) throw new Error('a chain always has an instance');
      const addressedToId = complainant.addressedToId ?? first.organizationId;
      const addressedTo = await this.readModel.organization(manager, addressedToId);
      if (!addressedTo?.active) {
        throw complaintsError(ComplaintsErrorCode.INSTANCE_UNKNOWN, undefined, { addressedToId });
      }
      const complaint = await this.insert(manager, caller, dto, {
        complainant,
        serviceId: service.id,
        ownerId: service.ownerId,
        providerId,
        regionKato: application?.regionKato ?? provider.regionKato,
        applicationId: application?.id ?? null,
        chain,
        qualityAuthorityId,
        now,
      });
      const competent = addressedToId === first.organizationId;
      await this.registration.register(
        manager,
        complaint,
        competent
          ? {
              stage: 1,
              instanceId: first.organizationId,
              role: first.role,
              termWorkingDays: first.termWorkingDays,
            }
          : {
              stage: 1,
              instanceId: addressedToId,
              role: chain.find((i) => i.organizationId === addressedToId)?.role ?? null,
              termWorkingDays: null,
            },
        now,
      );
      await recordAudit(manager, {
        actor: caller,
        action: 'complaint.file',
        resourceType: 'complaint',
        resourceId: complaint.id,
        summary: `${complaint.form} complaint (${complaint.ground}) about service ${complaint.serviceId}`,
        occurredAt: now,
      });
      return this.views.of(manager, complaint.id);
    });
  }

  private complainantOf(caller: CallerIdentity, dto: FileComplaintDto): Complainant {
    const officerOf = officerOrganizationOf(caller);
    if (officerOf) {
      // A paper complaint reached this officer's body: they register it with the identity and the reference.
      if (!dto.complainantIdNumber || !dto.paperReference) {
        throw complaintsError(ComplaintsErrorCode.PAPER_ONLY_AT_INSTANCE, undefined, {
          missing: [
            ...(dto.complainantIdNumber ? [] : ['complainantIdNumber']),
            ...(dto.paperReference ? [] : ['paperReference']),
          ],
        });
      }
      return {
        idNumber: dto.complainantIdNumber,
        form: 'paper',
        paperReference: dto.paperReference,
        addressedToId: officerOf,
      };
    }
    const idNumber = hasRole(caller, ...ComplaintsRoles.recipient) ? recipientIdNumberOf(caller) : undefined;
    if (!idNumber) throw complaintsError(ComplaintsErrorCode.COMPLAINANT_IDENTITY_REQUIRED);
    if (dto.complainantIdNumber !== undefined || dto.paperReference !== undefined) {
      throw complaintsError(ComplaintsErrorCode.PAPER_ONLY_AT_INSTANCE);
    }
    return { idNumber, form: 'electronic', paperReference: null, addressedToId: dto.addressedToId };
  }

  /** Art. 19.1: a complaint about an application is the complainant's own application's. */
  private async ownApplication(
    manager: EntityManager,
    trackingNumber: string,
    serviceId: string,
    idNumber: string,
  ): Promise<ApplicationCopy> {
    const application = await this.readModel.applicationByTrackingNumber(manager, trackingNumber);
    if (application.recipientIdNumber !== idNumber) {
      throw complaintsError(ComplaintsErrorCode.APPLICATION_NOT_COMPLAINANTS);
    }
    if (application.serviceId !== serviceId) {
      throw complaintsError(ComplaintsErrorCode.APPLICATION_OF_OTHER_SERVICE);
    }
    return application;
  }

  private async insert(
    manager: EntityManager,
    caller: CallerIdentity,
    dto: FileComplaintDto,
    facts: {
      complainant: Complainant;
      serviceId: string;
      ownerId: string;
      providerId: string;
      regionKato: string | null;
      applicationId: string | null;
      chain: ReturnType<typeof appealChain>;
      qualityAuthorityId: string;
      now: Date;
    },
  ): Promise<ComplaintRow> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO complaint (id, complainant_id_number, form, paper_reference, filed_by, service_id, owner_id,
         provider_id, region_kato, application_id, ground, description, chain, quality_authority_id, status, filed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, 'in_review', $15)`,
      [
        id,
        facts.complainant.idNumber,
        facts.complainant.form,
        facts.complainant.paperReference,
        caller.subject,
        facts.serviceId,
        facts.ownerId,
        facts.providerId,
        facts.regionKato,
        facts.applicationId,
        dto.ground,
        dto.description,
        JSON.stringify(facts.chain),
        facts.qualityAuthorityId,
        facts.now,
      ],
    );
    const [complaint] = await complaintsOf(manager, 'id = $1', [id]);
    if (!complaint) throw new Error('the complaint was not written');
    return complaint;
  }
}
