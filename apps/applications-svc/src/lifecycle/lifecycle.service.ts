import { Injectable } from '@nestjs/common';
import { hasRole } from '@kzps/auth';
import { systemActor, type AuditActor } from '@kzps/audit';
import { ApplicationsEventTypes } from '@kzps/contracts';
import { Clock } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { isPscChannel } from '../clocks/application-terms';
import { ApplicationsRoles, recipientIdNumberOf, type CallerIdentity } from '../common/identity';
import { ApplicationEvents, factsOf } from '../events/application-events';
import { SERVICE_NAME } from '../events/service-name';
import { ReadModelService } from '../read-model/read-model.service';
import type { RecordResultDto, RefuseApplicationDto } from './dto/lifecycle.dto';
import { ResultSignatures } from './result-signature';
import { Transitions } from './transitions';

/** The service itself as the actor: the portal handing out an electronic result. */
const portal = systemActor(SERVICE_NAME);

/** From intake to result: work, result, refusal, withdrawal, issue (Art. 5.3, 5.5, 15.3). */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly transitions: Transitions,
    private readonly readModel: ReadModelService,
    private readonly events: ApplicationEvents,
    private readonly resultSignatures: ResultSignatures,
  ) {}

  /** The provider's officer takes the application into work. */
  startWork(caller: CallerIdentity, id: string): Promise<Application> {
    return this.act(id, async (manager, application, now) => {
      this.assertProviderOfficer(caller, application);
      await this.transitions.move(manager, application, 'in_work', caller, now);
    });
  }

  /**
   * Art. 15.3: the provider records the result in a form the pinned standard provides. For a PSC application
   * this is the result reaching the PSC (Art. 5.5.5). Electronically the result reaches the recipient's
   * cabinet at once, once any fee is paid. An electronic document's signature must verify and be the
   * provider organisation's (result-signature.ts).
   */
  recordResult(caller: CallerIdentity, id: string, dto: RecordResultDto): Promise<Application> {
    return this.act(id, async (manager, application, now) => {
      this.assertProviderOfficer(caller, application);
      this.transitions.assertCanMove(application, 'result_ready');
      const version = await this.readModel.version(manager, application.standardVersionId);
      if (!version.resultForms.includes(dto.form)) {
        throw applicationsError(ApplicationsErrorCode.RESULT_FORM_NOT_IN_STANDARD, undefined, {
          resultForms: version.resultForms,
        });
      }
      const signature =
        dto.form === 'electronic_document'
          ? await this.resultSignatures.verify({
              applicationId: application.id,
              documentSha256: dto.documentSha256 ?? '',
              signatureCms: dto.providerSignature ?? '',
              providerBin: (await this.readModel.organization(manager, application.providerId))?.bin ?? null,
              at: now,
            })
          : null;
      application.result = {
        form: dto.form,
        documentSha256: dto.documentSha256 ?? null,
        providerSignature: dto.providerSignature ?? null,
        providerCertificateSerial: signature?.certificateSerial ?? null,
        providerSignatureVerifiedAt: signature?.verifiedAt ?? null,
        documentNumber: dto.documentNumber ?? null,
        informationSystem: dto.informationSystem ?? null,
        entryReference: dto.entryReference ?? null,
        recordedBy: caller.subject,
      };
      application.resultRecordedAt = now;
      await this.transitions.move(manager, application, 'result_ready', caller, now);
      if (application.channel === 'electronic' && this.feeSettled(application)) {
        await this.issue(manager, application, portal, now);
      }
    });
  }

  /** Art. 5.3.2, 8.8: a motivated refusal, only on a ground of the standard the application is pinned to. */
  refuse(caller: CallerIdentity, id: string, dto: RefuseApplicationDto): Promise<Application> {
    return this.act(id, async (manager, application, now) => {
      this.assertProviderOfficer(caller, application);
      this.transitions.assertCanMove(application, 'refused');
      const version = await this.readModel.version(manager, application.standardVersionId);
      const ground = version.refusalGrounds.find((g) => g.id === dto.refusalGroundId);
      if (!ground) {
        throw applicationsError(ApplicationsErrorCode.REFUSAL_GROUND_NOT_IN_STANDARD, undefined, {
          refusalGrounds: version.refusalGrounds.map((g) => ({ id: g.id, text: g.text })),
        });
      }
      application.refusal = {
        groundId: ground.id,
        ground: ground.text,
        motivation: { kk: dto.motivation.kk, ru: dto.motivation.ru },
        refusedBy: caller.subject,
      };
      await this.transitions.move(manager, application, 'refused', caller, now);
      await this.events.append(manager, {
        type: ApplicationsEventTypes.refused,
        subject: application.id,
        time: now,
        data: {
          ...factsOf(application),
          refusalGroundId: ground.id,
          refusedAt: now.toISOString(),
          onTime: now <= application.dueAt,
        },
      });
    });
  }

  /** The recipient withdraws their application before it is decided. */
  withdraw(caller: CallerIdentity, id: string): Promise<Application> {
    return this.act(id, async (manager, application, now) => {
      if (
        !hasRole(caller, ...ApplicationsRoles.recipient) ||
        recipientIdNumberOf(caller) !== application.recipientIdNumber
      ) {
        throw applicationsError(ApplicationsErrorCode.NOT_THE_RECIPIENT);
      }
      await this.transitions.move(manager, application, 'withdrawn', caller, now);
      await this.events.append(manager, {
        type: ApplicationsEventTypes.withdrawn,
        subject: application.id,
        time: now,
        data: { ...factsOf(application), withdrawnAt: now.toISOString() },
      });
    });
  }

  /**
   * The result handed to the recipient: at the PSC that accepted the application by its operator, at the
   * provider's desk by its officer. A paid service's result only after the fee is paid (Art. 18).
   */
  handOut(caller: CallerIdentity, id: string): Promise<Application> {
    return this.act(id, async (manager, application, now) => {
      if (isPscChannel(application.channel)) {
        if (
          !hasRole(caller, ...ApplicationsRoles.pscOperator) ||
          caller.organizationId !== application.pscId
        ) {
          throw applicationsError(ApplicationsErrorCode.NOT_THE_PSC);
        }
      } else {
        this.assertProviderOfficer(caller, application);
      }
      await this.issue(manager, application, caller, now);
    });
  }

  /** Issues the result, once; refused while a fee the standard sets is unpaid. */
  async issue(manager: EntityManager, application: Application, actor: AuditActor, now: Date): Promise<void> {
    this.transitions.assertCanMove(application, 'issued');
    if (!this.feeSettled(application)) throw applicationsError(ApplicationsErrorCode.FEE_NOT_PAID);
    application.issuedAt = now;
    await this.transitions.move(manager, application, 'issued', actor, now);
    const { result, resultRecordedAt: recordedAt } = application;
    // result_ready is reached only with a result recorded (recordResult).
    if (!result || !recordedAt) throw new Error(`Application ${application.id} is ready without a result`);
    await this.events.append(manager, {
      type: ApplicationsEventTypes.resultIssued,
      subject: application.id,
      time: now,
      data: {
        ...factsOf(application),
        resultForm: result.form,
        resultRecordedAt: recordedAt.toISOString(),
        issuedAt: now.toISOString(),
        onTime: recordedAt <= application.dueAt,
      },
    });
  }

  feeSettled(application: Application): boolean {
    return application.feeKzt === null || application.paidAt !== null;
  }

  private assertProviderOfficer(caller: CallerIdentity, application: Application): void {
    if (
      !hasRole(caller, ...ApplicationsRoles.providerOfficer) ||
      caller.organizationId !== application.providerId
    ) {
      throw applicationsError(ApplicationsErrorCode.NOT_THE_PROVIDER);
    }
  }

  /** One transaction: the application locked, the change made, the application as it now stands. */
  private act(
    id: string,
    change: (manager: EntityManager, application: Application, now: Date) => Promise<void>,
  ): Promise<Application> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.transitions.lockedApplication(manager, id);
      await change(manager, application, this.clock.now());
      return application;
    });
  }
}
