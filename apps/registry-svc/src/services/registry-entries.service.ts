import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import {
  Clock,
  localizedDetailOf,
  pageOf,
  pageRows,
  type FieldProblem,
  type Page,
  type PageQueryDto,
} from '@kzps/platform';
import type { Actor } from '../common/actor';
import { recordRegistryAudit } from '../common/audit';
import { ClassifierNode } from '../classifier/classifier-node.entity';
import { Organization } from '../organizations/organization.entity';
import { LOCAL_EXECUTIVE_BODY, ownerKinds } from '../organizations/organization.enums';
import type {
  ServiceEntryDetailDto,
  ServiceEntryDto,
  ServiceEntryVersionDto,
} from './dto/service-entry-response.dto';
import type {
  ServiceAmendmentDto,
  CreateServiceEntryDto,
  ExclusionDto,
  InclusionDto,
  ServiceEntryFieldsDto,
  VersionRevocationDto,
} from './dto/service-entry.dto';
import type { RegistryViewer } from './registry-viewer';
import { changeScheduled, ScheduledVersions } from './scheduled-versions';
import {
  applyChanges,
  consistencyProblems,
  contentFromFields,
  contentOfRow,
  decreeOf,
  entryDtoOf,
  headerOf,
  sameContent,
  searchTextOf,
} from './service-entry.content';
import { ServiceEntry, ServiceEntryVersion, type ServiceEntryContent } from './service-entry.entity';
import type { ServiceStatus, VersionChange } from './service-entry.enums';
import type { DecreeDetails } from './decree';
import { EntryReferences, headerOfVersion, toServiceEntryDto, toVersionDto } from './service-entry.mapper';
import { ownerIsLocalExecutiveBody, serviceError, ServiceErrorCode } from './services.errors';
import { inTransaction } from '@kzps/db';

/** A version to record: by the authority (a draft, applied at once) or by a decree (from its effective date). */
interface NewVersion {
  change: VersionChange;
  status: ServiceStatus;
  content: ServiceEntryContent;
  decree?: DecreeDetails;
  reason?: { kk: string; ru: string };
}

type ScheduledVersion = NewVersion & { decree: DecreeDetails };

/** The organisation references of an entry, by the field that names them. */
function referencesByField(content: ServiceEntryContent): Array<[field: string, ids: string[]]> {
  return [
    ['ownerId', content.ownerId ? [content.ownerId] : []],
    ['providerIds', content.providerIds],
    ['intakeOrganizationIds', content.intakeOrganizationIds],
  ];
}

/**
 * The version an amendment or exclusion follows: the last scheduled one, or the head (undefined). Refuses
 * when the entry is not (or not yet, or no longer) in the registry by then.
 */
function latestFor(
  row: ServiceEntry,
  pending: ServiceEntryVersion[],
  action: 'amend' | 'exclude',
): ServiceEntryVersion | undefined {
  const latest = pending.at(-1);
  const status = latest?.status ?? row.status;
  switch (status) {
    case 'draft':
      throw serviceError(
        ServiceErrorCode.NotIncluded,
        `Cannot ${action} draft ${row.id}: it is not in the registry`,
      );
    case 'excluded':
      if (latest) throw changeScheduled(latest, `nothing can follow the exclusion, so it cannot ${action}`);
      throw serviceError(ServiceErrorCode.Excluded, `Cannot ${action} ${row.id}: it was excluded`);
    case 'included':
    case 'amended':
      return latest;
  }
}

@Injectable()
export class RegistryEntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduled: ScheduledVersions,
    private readonly clock: Clock,
  ) {}

  /** The entry as it stands now, with the decrees recorded for it that have not taken effect yet. */
  async get(id: string, viewer: RegistryViewer): Promise<ServiceEntryDetailDto> {
    const manager = this.dataSource.manager;
    return this.detailOf(manager, await this.findVisible(manager, id, viewer));
  }

  /** "As of D": the latest version in force on D (or scheduled to be); drafts were never the registry's word. */
  async asOf(id: string, asOf: string, viewer: RegistryViewer): Promise<ServiceEntryDto> {
    const manager = this.dataSource.manager;
    const row = await this.findVisible(manager, id, viewer);
    const version = await manager
      .getRepository(ServiceEntryVersion)
      .createQueryBuilder('v')
      .where('v.service_id = :id AND v.effective_date <= :asOf AND v.revoked_at IS NULL', { id, asOf })
      .orderBy('v.effective_date', 'DESC')
      .addOrderBy('v.version', 'DESC')
      .getOne();
    if (!version) {
      throw serviceError(
        ServiceErrorCode.NotInRegistryAsOf,
        `Service ${id} was not in the registry on ${asOf}`,
      );
    }
    const inclusion = await this.inclusionOf(manager, id);
    const references = await EntryReferences.load(manager, [version.content]);
    return {
      ...toServiceEntryDto(headerOfVersion(row, version, inclusion), version.content, references),
      asOf,
    };
  }

  /** Every version, oldest first; the drafting versions only to the authority that drafts. */
  async versions(
    id: string,
    query: PageQueryDto,
    viewer: RegistryViewer,
  ): Promise<Page<ServiceEntryVersionDto>> {
    const manager = this.dataSource.manager;
    const row = await this.findVisible(manager, id, viewer);
    const [versions, total] = await manager.getRepository(ServiceEntryVersion).findAndCount({
      where: viewer.seesDrafts ? { serviceId: id } : { serviceId: id, effectiveDate: Not(IsNull()) },
      order: { version: 'ASC' },
      ...pageRows(query),
    });
    const inclusion = await this.inclusionOf(manager, id);
    const references = await EntryReferences.load(
      manager,
      versions.map((v) => v.content),
    );
    return pageOf(
      query,
      versions.map((v) => toVersionDto(row, v, inclusion, references)),
      total,
    );
  }

  async create(input: CreateServiceEntryDto, actor: Actor): Promise<ServiceEntryDto> {
    return inTransaction(this.dataSource, (manager) => this.createWith(manager, input, actor));
  }

  /** Art. 6.3: the public-services authority drafts the entry; it is not in the registry until included. */
  async createWith(
    manager: EntityManager,
    input: CreateServiceEntryDto,
    actor: Actor,
    id: string = randomUUID(),
  ): Promise<ServiceEntryDto> {
    const content = contentFromFields(input);
    await this.validate(manager, content);
    const code = input.code ?? (await this.nextCode(manager, content.classifierCode));
    if (await manager.getRepository(ServiceEntry).exists({ where: { code } })) {
      throw serviceError(ServiceErrorCode.CodeTaken, `Code ${code} is already used`);
    }
    const row = manager.create(ServiceEntry, {
      id,
      code,
      status: 'draft' as const,
      version: 1,
      ...content,
      ...searchTextOf(code, content),
      inclusionDecreeKind: null,
      inclusionDecreeNumber: null,
      inclusionDecreeDate: null,
      includedAt: null,
      excludedAt: null,
    });
    const saved = await manager.save(row);
    await this.recordVersion(manager, saved.id, 1, { change: 'created', status: 'draft', content }, actor);
    await this.audit(manager, actor, 'service.drafted', saved.id, content);
    return entryDtoOf(manager, saved);
  }

  async updateDraft(id: string, input: ServiceEntryFieldsDto, actor: Actor): Promise<ServiceEntryDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      if (row.status !== 'draft') {
        throw serviceError(
          ServiceErrorCode.NotDraft,
          `Service ${id} is ${row.status}: change it by an amendment`,
        );
      }
      const [inclusion] = await this.scheduled.pendingOf(manager, id);
      if (inclusion) throw changeScheduled(inclusion, 'the draft is fixed by it; change it by an amendment');
      const before = contentOfRow(row);
      const content = contentFromFields(input);
      await this.validate(manager, content);
      const version = await this.nextVersion(manager, id);
      Object.assign(row, content, searchTextOf(row.code, content), { version });
      const saved = await manager.save(row);
      await this.recordVersion(
        manager,
        id,
        saved.version,
        { change: 'draft-updated', status: 'draft', content },
        actor,
      );
      await this.audit(manager, actor, 'service.draft-updated', id, { before, after: content });
      return entryDtoOf(manager, saved);
    });
  }

  async include(id: string, input: InclusionDto, actor: Actor): Promise<ServiceEntryDetailDto> {
    return this.dataSource.transaction((manager) => this.includeWith(manager, id, input, actor));
  }

  /**
   * Art. 6.3-4: a Government decree includes the entry from its effective date; that is when the statutory
   * clocks start (Art. 7.1, 9.5). The organisations it names are checked again: they may have closed since
   * the draft was written.
   */
  async includeWith(
    manager: EntityManager,
    id: string,
    input: InclusionDto,
    actor: Actor,
  ): Promise<ServiceEntryDetailDto> {
    const row = await this.find(manager, id, true);
    if (row.status !== 'draft') {
      throw serviceError(ServiceErrorCode.NotDraft, `Service ${id} is already ${row.status}`, {
        currentStatus: row.status,
      });
    }
    const [scheduled] = await this.scheduled.pendingOf(manager, id);
    if (scheduled) throw changeScheduled(scheduled, 'the entry is already included by it');
    const content = contentOfRow(row);
    await this.validate(manager, content);
    const decree = decreeOf(input);
    const next: ScheduledVersion = { change: 'included', status: 'included', content, decree };
    return this.record(manager, row, next, actor, decree);
  }

  /** Art. 6.3: each amendment is a new version, in force from its decree's effective date. */
  async amend(id: string, input: ServiceAmendmentDto, actor: Actor): Promise<ServiceEntryDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      const pending = await this.scheduled.pendingOf(manager, id);
      const latest = latestFor(row, pending, 'amend');
      const decree = decreeOf(input);
      await this.assertEffectiveDateInOrder(manager, row, pending, decree.effectiveDate);
      const before = latest?.content ?? contentOfRow(row);
      const content = applyChanges(before, input.changes);
      if (sameContent(before, content)) throw serviceError(ServiceErrorCode.EmptyAmendment);
      await this.validate(manager, content);
      const next: ScheduledVersion = { change: 'amended', status: 'amended', content, decree };
      return this.record(manager, row, next, actor, { decree, before, after: content });
    });
  }

  async exclude(id: string, input: ExclusionDto, actor: Actor): Promise<ServiceEntryDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      const pending = await this.scheduled.pendingOf(manager, id);
      const latest = latestFor(row, pending, 'exclude');
      const decree = decreeOf(input);
      await this.assertEffectiveDateInOrder(manager, row, pending, decree.effectiveDate);
      const reason = { kk: input.reason.kk.trim(), ru: input.reason.ru.trim() };
      const content = latest?.content ?? contentOfRow(row);
      const next: ScheduledVersion = { change: 'excluded', status: 'excluded', content, decree, reason };
      return this.record(manager, row, next, actor, { decree, reason });
    });
  }

  /**
   * Revokes the last version scheduled by an act before it takes effect (recorded in error, or the act was
   * cancelled before its day), audited with the reason; 409 once its day has come.
   */
  async revokeScheduled(
    id: string,
    version: number,
    input: VersionRevocationDto,
    actor: Actor,
  ): Promise<ServiceEntryDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      const reason = { kk: input.reason.kk.trim(), ru: input.reason.ru.trim() };
      const revoked = await this.scheduled.revoke(
        manager,
        row,
        version,
        { by: actor.subject, reason },
        this.clock.now(),
      );
      await this.audit(manager, actor, 'service.version-revoked', id, {
        version,
        change: revoked.change,
        decreeNumber: revoked.decreeNumber,
        effectiveDate: revoked.effectiveDate,
        reason,
      });
      return this.detailOf(manager, row);
    });
  }

  /** Checks what the DTO cannot: references exist and are active, the owner may own a service, the fields agree. */
  async validate(manager: EntityManager, content: ServiceEntryContent): Promise<void> {
    if (!(await manager.getRepository(ClassifierNode).exists({ where: { code: content.classifierCode } }))) {
      throw serviceError(
        ServiceErrorCode.UnknownClassifierCode,
        `No classifier position ${content.classifierCode}`,
      );
    }
    if (!content.ownerId) throw serviceError(ServiceErrorCode.OwnerMissing);
    const ownerId = content.ownerId;
    const ids = [...new Set([ownerId, ...content.providerIds, ...content.intakeOrganizationIds])];
    const found = new Map(
      (await manager.getRepository(Organization).find({ where: { id: In(ids) } })).map((o) => [o.id, o]),
    );
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw serviceError(
        ServiceErrorCode.UnknownOrganization,
        `Unknown organisations: ${missing.join(', ')}`,
        {
          organizationIds: missing,
        },
      );
    }
    const owner = found.get(ownerId);
    if (owner?.kind === LOCAL_EXECUTIVE_BODY) throw ownerIsLocalExecutiveBody(ownerId);
    if (!owner || !ownerKinds.includes(owner.kind)) {
      throw serviceError(ServiceErrorCode.OwnerNotEligible, `Organisation ${ownerId} is ${owner?.kind}`);
    }
    // A closed organisation can neither own, render nor accept applications for a service.
    const inactive: FieldProblem[] = referencesByField(content).flatMap(([field, fieldIds]) =>
      fieldIds
        .filter((id) => found.get(id)?.active === false)
        .map((id) => ({ field, message: `organisation ${id} is inactive` })),
    );
    if (inactive.length > 0) {
      throw serviceError(
        ServiceErrorCode.OrganizationInactive,
        inactive.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
        { errors: inactive },
      );
    }
    const problems = consistencyProblems(content);
    if (problems.length > 0) {
      throw serviceError(ServiceErrorCode.Inconsistent, problems.map((p) => p.message).join('; '), {
        errors: problems,
        localizedDetail: localizedDetailOf(problems),
      });
    }
  }

  /**
   * Records a decree's version with its effective date, audited; it becomes the entry (and its event goes
   * out) now when that date has come, otherwise when the watcher reaches it.
   */
  private async record(
    manager: EntityManager,
    row: ServiceEntry,
    next: ScheduledVersion,
    actor: Actor,
    audited: unknown,
  ): Promise<ServiceEntryDetailDto> {
    const version = await this.nextVersion(manager, row.id);
    await this.recordVersion(manager, row.id, version, next, actor);
    // Refused now, not on its day: an act whose event breaks the contract would never take effect.
    await this.scheduled.assertPublishable(manager, row, version);
    await this.audit(manager, actor, `service.${next.change}`, row.id, audited);
    await this.scheduled.applyDue(manager, row, this.clock.now());
    return this.detailOf(manager, row);
  }

  /** The number after every version recorded, revoked ones included: a revoked version keeps its number. */
  private async nextVersion(manager: EntityManager, id: string): Promise<number> {
    const [{ last }] = await manager.query<Array<{ last: number }>>(
      'SELECT max(version) AS last FROM service_entry_version WHERE service_id = $1',
      [id],
    );
    return last + 1;
  }

  private async detailOf(manager: EntityManager, row: ServiceEntry): Promise<ServiceEntryDetailDto> {
    const pending = await this.scheduled.pendingOf(manager, row.id);
    // Only the pending versions' snapshots need the inclusion; most entries have none.
    const inclusion = pending.length > 0 ? await this.inclusionOf(manager, row.id) : null;
    const content = contentOfRow(row);
    const references = await EntryReferences.load(manager, [content, ...pending.map((v) => v.content)]);
    return {
      ...toServiceEntryDto(headerOf(row), content, references),
      pending: pending.map((v) => toVersionDto(row, v, inclusion, references)),
    };
  }

  private inclusionOf(manager: EntityManager, id: string): Promise<ServiceEntryVersion | null> {
    return manager
      .getRepository(ServiceEntryVersion)
      .findOne({ where: { serviceId: id, change: 'included', revokedAt: IsNull() } });
  }

  /** Versions follow one another in time: a decree cannot take effect before the one already recorded. */
  private async assertEffectiveDateInOrder(
    manager: EntityManager,
    row: ServiceEntry,
    pending: ServiceEntryVersion[],
    effectiveDate: string,
  ): Promise<void> {
    const later = pending.find(
      (version) => version.effectiveDate !== null && version.effectiveDate > effectiveDate,
    );
    if (later)
      throw changeScheduled(later, `a decree effective ${effectiveDate} would have to come before it`);
    const latest = await manager
      .getRepository(ServiceEntryVersion)
      .createQueryBuilder('v')
      .select('max(v.effective_date)::text', 'latest')
      .where('v.service_id = :id AND v.revoked_at IS NULL', { id: row.id })
      .getRawOne<{ latest: string | null }>();
    if (latest?.latest && effectiveDate < latest.latest) {
      throw serviceError(
        ServiceErrorCode.EffectiveDateOutOfOrder,
        `Effective date ${effectiveDate} is before ${latest.latest}`,
        { currentEffectiveDate: latest.latest },
      );
    }
  }

  private async recordVersion(
    manager: EntityManager,
    serviceId: string,
    version: number,
    next: NewVersion,
    actor: Actor,
  ): Promise<void> {
    const now = this.clock.now();
    await manager.insert(ServiceEntryVersion, {
      serviceId,
      version,
      change: next.change,
      status: next.status,
      content: next.content,
      decreeKind: next.decree?.decreeKind ?? null,
      decreeNumber: next.decree?.decreeNumber ?? null,
      decreeDate: next.decree?.decreeDate ?? null,
      effectiveDate: next.decree?.effectiveDate ?? null,
      reasonKk: next.reason?.kk ?? null,
      reasonRu: next.reason?.ru ?? null,
      recordedBy: actor.subject,
      recordedAt: now,
      // A decree's version applies when its day comes (ScheduledVersions.applyDue), a draft's at once.
      appliedAt: next.decree ? null : now,
    });
  }

  private async audit(
    manager: EntityManager,
    actor: Actor,
    action: string,
    id: string,
    changes: unknown,
  ): Promise<void> {
    await recordRegistryAudit(manager, { actor, action, entityType: 'service-entry', entityId: id, changes });
  }

  /** A draft is not in the registry (Art. 6.3-6.4): to anyone but the authority it does not exist. */
  private async findVisible(
    manager: EntityManager,
    id: string,
    viewer: RegistryViewer,
  ): Promise<ServiceEntry> {
    const row = await this.find(manager, id);
    if (row.status === 'draft' && !viewer.seesDrafts) {
      throw serviceError(ServiceErrorCode.NotFound, `No service ${id}`);
    }
    return row;
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<ServiceEntry> {
    const row = await manager.getRepository(ServiceEntry).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw serviceError(ServiceErrorCode.NotFound, `No service ${id}`);
    return row;
  }

  /**
   * The registry's one code scheme, the seed's: the classifier group, a hyphen and the entry's number within
   * the group in three digits (`01.01-001`), the next after the highest the group holds. Creates in one group
   * take turns on a transaction-scoped advisory lock, so two drafts never draw the same number.
   */
  private async nextCode(manager: EntityManager, classifierCode: string): Promise<string> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('service-entry-code:' || $1))`, [
      classifierCode,
    ]);
    const [row] = await manager.query<Array<{ next: number }>>(
      `SELECT coalesce(max(substring(code FROM length($1) + 2)::int), 0) + 1 AS next
       FROM service_entry
       WHERE left(code, length($1) + 1) = $1 || '-' AND substring(code FROM length($1) + 2) ~ '^[0-9]{1,9}$'`,
      [classifierCode],
    );
    return `${classifierCode}-${String(row?.next ?? 1).padStart(3, '0')}`;
  }
}
