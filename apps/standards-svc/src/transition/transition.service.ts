import { Injectable } from '@nestjs/common';
import { StandardsEventTypes } from '@kzps/contracts';
import type { AuditActor } from '@kzps/audit';
import { inTransaction } from '@kzps/db';
import { Clock, DomainError } from '@kzps/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { needsInformatizationAgreement } from '../agreement/approvers';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { TermCalendar } from '../clocks/term-calendar';
import { STANDARD_SCOPE, TermsService } from '../clocks/terms.service';
import { TransitionPolicy } from '../clocks/transition-policy';
import { assertDraftReady } from '../discussion/discussion.errors';
import { registryFactsOf } from '../standards/registry-consistency';
import { EventOutbox } from '../events/event-outbox';
import { ReadModelService } from '../read-model/read-model.service';
import { ServiceRef } from '../read-model/service-ref.entity';
import { approvingActInFuture } from '../registration/approving-act.errors';
import { inForcePayload } from '../registration/in-force-payload';
import {
  registrationBeforeApprovingAct,
  registrationInFuture,
  registrationNumberTaken,
} from '../registration/registration.errors';
import { Reglament, type ReglamentAct } from '../reglament/reglament.entity';
import { actDateOutOfRange } from '../reglament/reglament.errors';
import { approvingBodies } from '../reglament/reglament.service';
import { reglamentText } from '../reglament/reglament-text';
import type { StandardContent } from '../standards/standard-content';
import { Standard } from '../standards/standard.entity';
import { StandardVersion } from '../standards/standard-version.entity';
import { standardsError, StandardsErrorCode } from '../standards/standards.errors';
import type {
  AlignmentTermReportDto,
  ImportedStandardDto,
  ImportedStandardReportDto,
  ImportProblemDto,
  ImportStandardsDto,
  StandardsImportReportDto,
} from './dto/standards-import.dto';
import { transitionError, TransitionErrorCode } from './transition.errors';

/** What checking one standard found: its problems, or what writing it needs. */
interface Checked {
  problems: ImportProblemDto[];
  service?: ServiceRef;
  /** The standard the registry's inclusion made here, with its untouched first draft. */
  existing?: { standard: Standard; draft: StandardVersion };
  reglamentActs?: Array<{ organizationId: string; actNumber: string; actDate: string }>;
}

function problemOf(error: DomainError, field?: string): ImportProblemDto {
  return {
    code: error.code,
    title: error.spec.title,
    localizedTitle: error.spec.localizedTitle,
    ...(field ? { field } : {}),
    ...(error.detail ? { detail: error.detail } : {}),
  };
}

/**
 * Art. 25, the transition: the standards and reglaments in force when this service starts are loaded with
 * their approving act, state registration and content. Imported history starts no clock and raises no miss:
 * the inclusion terms still open lapse (the procedure ran before this service), no Art. 10.1 or 17.2 term
 * opens. A standard in force before the law's entry into force gets the three months of Art. 25 to be
 * aligned with it, counted from that day. All or nothing; a dry run checks everything and writes nothing.
 */
@Injectable()
export class TransitionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: TermCalendar,
    private readonly terms: TermsService,
    private readonly policy: TransitionPolicy,
    private readonly readModel: ReadModelService,
    private readonly outbox: EventOutbox,
  ) {}

  /** The REST import: only an officer of the public-services authority the registry names. */
  async importAsAuthority(
    caller: CallerIdentity,
    dto: ImportStandardsDto,
    dryRun: boolean,
  ): Promise<StandardsImportReportDto> {
    return inTransaction(this.dataSource, async (manager) => {
      const authority = await this.readModel.designatedAuthority(manager, 'public-services-authority');
      if (authority.status !== 'found' || caller.organizationId !== authority.organizationId) {
        throw transitionError(TransitionErrorCode.NotTheAuthority);
      }
      return this.importWith(manager, caller, dto, dryRun);
    });
  }

  /** The CLI's import: the operator runs it with the service's own credentials (see README). */
  async importAsOperator(
    actor: AuditActor,
    dto: ImportStandardsDto,
    dryRun: boolean,
  ): Promise<StandardsImportReportDto> {
    return inTransaction(this.dataSource, (manager) => this.importWith(manager, actor, dto, dryRun));
  }

  private async importWith(
    manager: EntityManager,
    actor: AuditActor,
    dto: ImportStandardsDto,
    dryRun: boolean,
  ): Promise<StandardsImportReportDto> {
    const now = this.clock.now();
    const today = this.calendar.localDate(now);
    const services = new Set<string>();
    const numbers = new Set<string>();
    const checked: Checked[] = [];
    for (const [index, item] of dto.standards.entries()) {
      checked.push(await this.check(manager, item, `standards[${index}]`, today, services, numbers));
    }
    const refused = checked.filter((c) => c.problems.length > 0).length;
    const items: ImportedStandardReportDto[] = dto.standards.map((item, index) => ({
      index,
      serviceId: item.serviceId,
      outcome: refused > 0 ? 'refused' : dryRun ? 'would_import' : 'imported',
      standardId: checked[index]?.existing?.standard.id ?? null,
      problems: checked[index]?.problems ?? [],
      alignmentTerm: this.alignment(item, now),
      reglamentImported: refused === 0 && !dryRun && item.reglament !== undefined,
    }));
    const report = (status: StandardsImportReportDto['status']): StandardsImportReportDto => ({
      dryRun,
      status,
      total: items.length,
      refused,
      items,
    });
    if (refused > 0) {
      for (const item of items) if (item.problems.length === 0) item.outcome = 'would_import';
      if (dryRun) return report('rejected');
      throw transitionError(TransitionErrorCode.ImportRejected, `${refused} of ${items.length} refused`, {
        report: report('rejected'),
      });
    }
    if (dryRun) return report('valid');
    for (const [index, item] of dto.standards.entries()) {
      const found = checked[index];
      const target = items[index];
      if (!found?.service || !target) continue;
      target.standardId = await this.write(manager, actor, item, found, target.alignmentTerm, now);
    }
    return report('imported');
  }

  /** Every problem of one standard at once, each naming its field; reads only. */
  private async check(
    manager: EntityManager,
    item: ImportedStandardDto,
    at: string,
    today: string,
    services: Set<string>,
    numbers: Set<string>,
  ): Promise<Checked> {
    const problems: ImportProblemDto[] = [];
    const add = (error: DomainError, field?: string): void => {
      problems.push(problemOf(error, field ? `${at}.${field}` : at));
    };
    if (services.has(item.serviceId)) add(transitionError(TransitionErrorCode.ServiceRepeated), 'serviceId');
    services.add(item.serviceId);
    const service = await manager.findOne(ServiceRef, { where: { id: item.serviceId } });
    const result: Checked = { problems };
    if (!service) add(transitionError(TransitionErrorCode.ServiceUnknown), 'serviceId');
    else if (service.status === 'excluded')
      add(transitionError(TransitionErrorCode.ServiceExcluded), 'serviceId');
    else {
      result.service = service;
      if (!service.ownerId) add(standardsError(StandardsErrorCode.OwnerUnknown), 'serviceId');
      try {
        assertDraftReady(item.content as StandardContent, await registryFactsOf(manager, service));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        add(error, 'content');
      }
      const standard = await manager.findOne(Standard, { where: { serviceId: service.id } });
      if (standard) {
        const draft = standard.workingVersionId
          ? await manager.findOne(StandardVersion, { where: { id: standard.workingVersionId } })
          : null;
        // Only the blank first draft the inclusion made may give way: anything else is work done here.
        if (
          !draft ||
          draft.number !== 1 ||
          draft.status !== 'drafting' ||
          Object.keys(draft.content).length > 0
        ) {
          add(transitionError(TransitionErrorCode.StandardExists), 'serviceId');
        } else {
          result.existing = { standard, draft };
        }
      }
    }
    const { approvingAct, registration, inForceFrom } = item;
    if (approvingAct.date > today) add(approvingActInFuture(approvingAct.date, today), 'approvingAct.date');
    if (registration.date > today) add(registrationInFuture(registration.date, today), 'registration.date');
    if (registration.date < approvingAct.date) {
      add(registrationBeforeApprovingAct(registration.date, approvingAct.date), 'registration.date');
    }
    if (inForceFrom < registration.date) {
      add(transitionError(TransitionErrorCode.InForceBeforeRegistration), 'inForceFrom');
    }
    if (inForceFrom > today) add(transitionError(TransitionErrorCode.NotYetInForce), 'inForceFrom');
    const taken = await manager.findOne(StandardVersion, {
      where: { registrationNumber: registration.number },
    });
    if (taken || numbers.has(registration.number)) {
      add(registrationNumberTaken(registration.number), 'registration.number');
    }
    numbers.add(registration.number);
    if (item.reglament && service) {
      const bodies = approvingBodies(await this.readModel.agreementFacts(manager, service), service);
      const acts = item.reglament.acts.map((act) => ({
        organizationId:
          act.organizationId ?? (bodies.actKind === 'central_body_order' ? (service.ownerId ?? '') : ''),
        actNumber: act.actNumber,
        actDate: act.actDate,
      }));
      const named = new Set(acts.map((a) => a.organizationId));
      if (
        named.size !== acts.length ||
        bodies.organizationIds.some((body) => !named.has(body)) ||
        acts.some((a) => !bodies.organizationIds.includes(a.organizationId))
      ) {
        add(
          transitionError(
            TransitionErrorCode.ReglamentBodiesDiffer,
            `Adopted by: ${bodies.organizationIds.join(', ')} (${bodies.actKind})`,
          ),
          'reglament.acts',
        );
      }
      acts.forEach((act, i) => {
        if (act.actDate < approvingAct.date || act.actDate > today) {
          add(actDateOutOfRange(act.actDate, approvingAct.date, today), `reglament.acts[${i}].actDate`);
        }
      });
      result.reglamentActs = acts;
    }
    return result;
  }

  /** Art. 25: whether the alignment term applies to this standard and is tracked. */
  private alignment(item: ImportedStandardDto, now: Date): AlignmentTermReportDto {
    const lawFrom = this.policy.lawInForceFrom();
    if (!lawFrom || !this.policy.lawInForceDate) {
      return { outcome: 'law_in_force_date_not_configured', dueDate: null };
    }
    if (item.inForceFrom >= this.policy.lawInForceDate)
      return { outcome: 'adopted_under_the_law', dueDate: null };
    const end = this.terms.endOf('transition_alignment', lawFrom);
    return { outcome: end.dueAt < now ? 'ran_out_before_import' : 'tracked', dueDate: end.dueDate };
  }

  private async write(
    manager: EntityManager,
    actor: AuditActor,
    item: ImportedStandardDto,
    checked: Checked,
    alignment: AlignmentTermReportDto,
    now: Date,
  ): Promise<string> {
    const service = checked.service;
    if (!service) throw new Error('writing a standard that was not checked');
    const inForceFrom = this.calendar.startOfDay(item.inForceFrom);
    const standardId = checked.existing?.standard.id ?? randomUUID();
    const versionId = checked.existing?.draft.id ?? randomUUID();
    const content = JSON.parse(JSON.stringify(item.content)) as StandardContent;
    const fields = {
      status: 'in_force' as const,
      content,
      publishedContent: content,
      approvingAct: {
        kind: item.approvingAct.kind,
        number: item.approvingAct.number,
        date: item.approvingAct.date,
        title: { kk: item.approvingAct.title.kk, ru: item.approvingAct.title.ru },
        recordedAt: now.toISOString(),
        recordedBy: actor.subject,
      },
      registrationNumber: item.registration.number,
      registrationDate: item.registration.date,
      inForceFrom,
      importedAt: now,
    };
    if (checked.existing) {
      await manager.update(StandardVersion, { id: versionId }, fields);
      await manager.update(
        Standard,
        { id: standardId },
        { status: 'in_force', inForceVersionId: versionId, workingVersionId: null },
      );
      // The inclusion's clocks are history now: they lapse, never missed.
      await this.terms.lapse(manager, standardId);
    } else {
      await manager.insert(Standard, {
        id: standardId,
        serviceId: service.id,
        includedAt: service.includedAt ?? inForceFrom,
        status: 'in_force',
        inForceVersionId: versionId,
        workingVersionId: null,
        cancelled: false,
      });
      await manager.insert(StandardVersion, {
        id: versionId,
        standardId,
        number: 1,
        kind: 'adoption',
        basisKind: 'owner_discretion',
        basisReference: null,
        ...fields,
      });
    }
    const lawFrom = this.policy.lawInForceFrom();
    if (alignment.outcome === 'tracked' && lawFrom) {
      await this.terms.open(manager, standardId, 'transition_alignment', STANDARD_SCOPE, lawFrom);
    }
    if (item.reglament && checked.reglamentActs)
      await this.writeReglament(manager, actor, item, checked, standardId, versionId, now);
    const version = await manager.findOneOrFail(StandardVersion, { where: { id: versionId } });
    await this.outbox.append(manager, {
      type: StandardsEventTypes.standardInForce,
      subject: standardId,
      data: inForcePayload(version, service, inForceFrom),
    });
    await auditStandard(
      manager,
      actor,
      'import',
      standardId,
      now,
      `Imported in force (Art. 25): ${item.approvingAct.kind} No. ${item.approvingAct.number} of ` +
        `${item.approvingAct.date}, registered No. ${item.registration.number} of ${item.registration.date}, ` +
        `in force from ${item.inForceFrom}`,
    );
    return standardId;
  }

  private async writeReglament(
    manager: EntityManager,
    actor: AuditActor,
    item: ImportedStandardDto,
    checked: Checked,
    standardId: string,
    versionId: string,
    now: Date,
  ): Promise<void> {
    const service = checked.service;
    const acts = checked.reglamentActs;
    if (!item.reglament || !service || !acts) return;
    const facts = await this.readModel.agreementFacts(manager, service);
    const lastActDate = acts.map((a) => a.actDate).reduce((a, b) => (a > b ? a : b));
    const recorded: ReglamentAct[] = acts.map((act) => ({
      ...act,
      approvedAt: now.toISOString(),
      approvedBy: actor.subject,
    }));
    await manager.insert(Reglament, {
      id: randomUUID(),
      standardId,
      versionId,
      status: 'approved',
      ...reglamentText(item.reglament),
      actKind: approvingBodies(facts, service).actKind,
      acts: recorded,
      informatizationRequired: needsInformatizationAgreement(facts),
      // Its agreement (Art. 10.4) happened before this service: the adopted acts stand for it.
      informatizationAuthorityId: null,
      informatizationAgreedAt: null,
      approvedAt: this.calendar.startOfDay(lastActDate),
    });
  }
}
