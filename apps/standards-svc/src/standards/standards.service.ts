import { auditStandard, standardsSystem } from '../common/audit';
import { hasRole } from '@kzps/auth';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertOwnerOfficer, type Developer } from '../common/access';
import type { CallerIdentity } from '../common/identity';
import { StandardsRoles } from '../common/identity';
import { requestedDayStart } from '../clocks/requested-day';
import { TermCalendar } from '../clocks/term-calendar';
import { TermsService } from '../clocks/terms.service';
import { developerOf } from '../read-model/developer';
import { TransitionPolicy } from '../clocks/transition-policy';
import { ServiceRef } from '../read-model/service-ref.entity';
import { RecommendationLedger } from '../recommendations/recommendation-ledger';
import { diffContent } from './content-diff';
import { assertAgreesWithRegistry, registryFactsOf } from './registry-consistency';
import type { ListStandardsQueryDto, StartChangeDto, VersionsQueryDto } from './dto/standard-requests.dto';
import type {
  ContentChangeDto,
  StandardResponseDto,
  VersionHistoryEntryDto,
  VersionResponseDto,
} from './dto/standard-response.dto';
import { editableStatuses } from './lifecycle';
import type { StandardContent } from './standard-content';
import { Standard } from './standard.entity';
import { StandardVersion } from './standard-version.entity';
import { StandardViews } from './standard-views';
import { effectiveStatus, toStandardResponse, toVersionResponse } from './standard.mapper';
import { serviceExcluded, standardsError, StandardsErrorCode } from './standards.errors';
import { Clock, type Page, pageOf, pageRows } from '@kzps/platform';

/** A standard loaded for a state change: locked, with its service and its version being worked on. */
export interface LockedStandard {
  standard: Standard;
  service: ServiceRef;
  working: StandardVersion | null;
  /** Who develops and approves it (Art. 7.1), as the registry's owner and its kind say. */
  developer: Developer;
}

@Injectable()
export class StandardsService {
  private readonly views: StandardViews;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly terms: TermsService,
    private readonly calendar: TermCalendar,
    private readonly recommendations: RecommendationLedger,
    private readonly transition: TransitionPolicy,
  ) {
    this.views = new StandardViews(dataSource);
  }

  /**
   * Art. 7.1: a service included in the registry needs a standard; its first version starts in drafting and
   * both inclusion clocks start. Idempotent: a redelivered inclusion finds the standard already there. A
   * service included again after its exclusion (a new Government decision) with no standard in force has
   * its clocks started again from the new inclusion, and a new adoption to work on when the exclusion
   * closed the last one or cancelled the standard (Art. 6.1, 7.1): the service needs a standard again.
   */
  async onServiceIncluded(manager: EntityManager, serviceId: string, includedAt: Date): Promise<void> {
    const existing = await manager.findOne(Standard, {
      where: { serviceId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!existing) {
      await this.createStandard(manager, serviceId, includedAt);
      return;
    }
    if (existing.includedAt.getTime() >= includedAt.getTime() || existing.inForceVersionId) return;
    existing.includedAt = includedAt;
    if (!existing.workingVersionId) await this.startNewAdoption(manager, existing);
    await manager.save(existing);
    await this.terms.reopenInclusionTerms(manager, existing.id, includedAt);
    await auditStandard(
      manager,
      standardsSystem,
      'reinclude',
      existing.id,
      this.clock.now(),
      'Service included in the registry again',
    );
  }

  private async createStandard(manager: EntityManager, serviceId: string, includedAt: Date): Promise<void> {
    const standardId = randomUUID();
    const versionId = randomUUID();
    await manager.insert(Standard, {
      id: standardId,
      serviceId,
      includedAt,
      status: 'drafting',
      inForceVersionId: null,
      workingVersionId: versionId,
      cancelled: false,
    });
    await manager.insert(StandardVersion, {
      id: versionId,
      standardId,
      number: 1,
      kind: 'adoption',
      status: 'drafting',
      basisKind: 'owner_discretion',
      basisReference: null,
      basisRecommendationId: null,
      content: {},
      publishedContent: null,
    });
    const now = this.clock.now();
    const clocks = this.transition.inclusionStartsClocks(includedAt, now);
    if (clocks) await this.terms.openInclusionTerms(manager, standardId, includedAt);
    await auditStandard(
      manager,
      standardsSystem,
      'create',
      standardId,
      now,
      clocks
        ? 'Service included in the registry'
        : `Service included in the registry on ${this.calendar.localDate(includedAt)}: history, no clock started (Art. 25)`,
    );
  }

  /** A new first version, from the text of the last one, after an exclusion ended the standard's path. */
  private async startNewAdoption(manager: EntityManager, standard: Standard): Promise<void> {
    const last = await manager.findOne(StandardVersion, {
      where: { standardId: standard.id },
      order: { number: 'DESC' },
    });
    const version = manager.create(StandardVersion, {
      id: randomUUID(),
      standardId: standard.id,
      number: (last?.number ?? 0) + 1,
      kind: 'adoption',
      status: 'drafting',
      basisKind: 'owner_discretion',
      basisReference: null,
      content: last?.content ?? {},
      publishedContent: null,
    });
    await manager.insert(StandardVersion, version);
    standard.workingVersionId = version.id;
    standard.status = 'drafting';
    standard.cancelled = false;
  }

  async list(
    query: ListStandardsQueryDto,
    caller: CallerIdentity | undefined,
  ): Promise<Page<StandardResponseDto>> {
    const now = this.clock.now();
    const { skip, take } = pageRows(query);
    const { views, total } = await this.views.page({ ...query, now }, skip, take);
    const items = views.map((view) =>
      toStandardResponse(view, now, this.isOwnerOfficer(caller, view.service)),
    );
    return pageOf(query, items, total);
  }

  async get(id: string, caller: CallerIdentity | undefined): Promise<StandardResponseDto> {
    const standard = await this.dataSource.manager.findOne(Standard, { where: { id } });
    if (!standard) throw standardsError(StandardsErrorCode.NotFound);
    const [view] = await this.views.of([standard]);
    if (!view) throw standardsError(StandardsErrorCode.NotFound);
    return toStandardResponse(view, this.clock.now(), this.isOwnerOfficer(caller, view.service));
  }

  /** The full history, newest first, each version with its changes from the one before. */
  async versions(
    id: string,
    query: VersionsQueryDto,
    caller: CallerIdentity | undefined,
  ): Promise<Page<VersionHistoryEntryDto>> {
    const { service } = await this.standardWithService(id);
    const ownerView = this.isOwnerOfficer(caller, service);
    const now = this.clock.now();
    const versions = await this.dataSource.manager.find(StandardVersion, {
      where: { standardId: id },
      order: { number: 'DESC' },
    });
    let selected = versions;
    if (query.asOf) {
      // "As of a date": the version in force during that day (Asia/Almaty).
      const dayStart = requestedDayStart(this.calendar, query.asOf.slice(0, 10), 'asOf');
      selected = versions.filter(
        (v) =>
          v.inForceFrom !== null &&
          v.inForceFrom <= dayStart &&
          (v.inForceUntil === null || v.inForceUntil > dayStart),
      );
    }
    const entries = selected.map((version) => {
      const previous = versions.find((v) => v.number === version.number - 1);
      const changes =
        previous?.publishedContent && version.publishedContent
          ? diffContent(previous.publishedContent, version.publishedContent)
          : null;
      return { ...toVersionResponse(version, now, ownerView), changes };
    });
    const { skip, take } = pageRows(query);
    return pageOf(query, entries.slice(skip, skip + take), entries.length);
  }

  async version(
    id: string,
    versionId: string,
    caller: CallerIdentity | undefined,
  ): Promise<VersionResponseDto> {
    const { service } = await this.standardWithService(id);
    const version = await this.dataSource.manager.findOne(StandardVersion, {
      where: { id: versionId, standardId: id },
    });
    if (!version) throw standardsError(StandardsErrorCode.VersionNotFound);
    return toVersionResponse(version, this.clock.now(), this.isOwnerOfficer(caller, service));
  }

  /** Differences between two published versions (drafts are compared only for the owner's officers). */
  async diff(
    id: string,
    versionId: string,
    fromId: string,
    caller: CallerIdentity | undefined,
  ): Promise<ContentChangeDto[]> {
    const { service } = await this.standardWithService(id);
    const ownerView = this.isOwnerOfficer(caller, service);
    const versions = await this.dataSource.manager.find(StandardVersion, {
      where: { standardId: id, id: In([versionId, fromId]) },
    });
    const to = versions.find((v) => v.id === versionId);
    const from = versions.find((v) => v.id === fromId);
    if (!to || !from) throw standardsError(StandardsErrorCode.VersionNotFound);
    const text = (v: StandardVersion): StandardContent =>
      ownerView ? v.content : (v.publishedContent ?? {});
    return diffContent(text(from), text(to));
  }

  async updateDraft(
    id: string,
    caller: CallerIdentity,
    content: StandardContent,
  ): Promise<VersionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { service, working, developer } = await this.lockTowardForce(manager, id);
      assertOwnerOfficer(caller, developer);
      const now = this.clock.now();
      if (!working || !editableStatuses.includes(effectiveStatus(working, now)))
        throw standardsError(StandardsErrorCode.DraftNotEditable);
      assertAgreesWithRegistry(content, await registryFactsOf(manager, service));
      working.content = JSON.parse(JSON.stringify(content)) as StandardContent;
      if (working.status === 'discussion') working.status = 'revision';
      await manager.save(working);
      await auditStandard(manager, caller, 'draft.update', id, now, `Version ${working.number}`);
      return toVersionResponse(working, now, true);
    });
  }

  /** Art. 7.5: an amendment or a cancellation starts a new version on the same path as the adoption. */
  async startChange(id: string, caller: CallerIdentity, dto: StartChangeDto): Promise<VersionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { standard, service, working, developer } = await this.lockTowardForce(manager, id);
      assertOwnerOfficer(caller, developer);
      if (working) throw standardsError(StandardsErrorCode.ChangeInProgress);
      if (!standard.inForceVersionId) throw standardsError(StandardsErrorCode.NothingInForce);
      const inForce = await manager.findOneOrFail(StandardVersion, {
        where: { id: standard.inForceVersionId },
      });
      const last = await manager.findOne(StandardVersion, {
        where: { standardId: id },
        order: { number: 'DESC' },
      });
      const versionId = randomUUID();
      // Art. 7.5: citing a recommendation checks it fits this change and accepts it, in this transaction.
      const cited = dto.recommendationId
        ? await this.recommendations.cite(manager, {
            standardId: id,
            serviceId: service.id,
            ownerId: service.ownerId ?? '',
            recommendationId: dto.recommendationId,
            versionId,
            kind: dto.kind,
            basis: dto.basis,
          })
        : null;
      const version = manager.create(StandardVersion, {
        id: versionId,
        standardId: id,
        number: (last?.number ?? 0) + 1,
        kind: dto.kind,
        status: 'drafting',
        basisKind: dto.basis,
        basisReference: dto.reference ?? cited,
        basisRecommendationId: dto.recommendationId ?? null,
        content: inForce.content,
        publishedContent: null,
        discussionOpenedAt: null,
        discussionEndsAt: null,
        noticePublishedAt: null,
        registrationNumber: null,
        registrationDate: null,
        inForceFrom: null,
        inForceUntil: null,
      });
      await manager.save(version);
      standard.workingVersionId = version.id;
      standard.status = 'drafting';
      await manager.save(standard);
      await auditStandard(manager, caller, `${dto.kind}.start`, id, this.clock.now(), `Basis: ${dto.basis}`);
      return toVersionResponse(version, this.clock.now(), true);
    });
  }

  /** Locks the standard row for a state change: one change at a time per standard. */
  async lock(manager: EntityManager, id: string): Promise<LockedStandard> {
    const standard = await manager.findOne(Standard, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!standard) throw standardsError(StandardsErrorCode.NotFound);
    const service = await manager.findOneOrFail(ServiceRef, { where: { id: standard.serviceId } });
    const working = standard.workingVersionId
      ? await manager.findOneOrFail(StandardVersion, { where: { id: standard.workingVersionId } })
      : null;
    return { standard, service, working, developer: await developerOf(manager, service) };
  }

  /**
   * Art. 6.1: locks the standard for a step toward force (a draft, the discussion, outcomes, the notice,
   * approvals, resubmission, registration, a change). Refused, naming the exclusion, once the registry has
   * excluded the service: only a service in the registry gets a standard.
   */
  async lockTowardForce(manager: EntityManager, id: string): Promise<LockedStandard> {
    const locked = await this.lock(manager, id);
    if (locked.service.status === 'excluded') throw serviceExcluded(locked.service);
    return locked;
  }

  async standardWithService(id: string): Promise<{ standard: Standard; service: ServiceRef }> {
    const standard = await this.dataSource.manager.findOne(Standard, { where: { id } });
    if (!standard) throw standardsError(StandardsErrorCode.NotFound);
    const service = await this.dataSource.manager.findOneOrFail(ServiceRef, {
      where: { id: standard.serviceId },
    });
    return { standard, service };
  }

  isOwnerOfficer(caller: CallerIdentity | undefined, service: ServiceRef): boolean {
    return (
      caller !== undefined &&
      service.ownerId !== null &&
      caller.organizationId === service.ownerId &&
      hasRole(caller, ...StandardsRoles.owner)
    );
  }
}
