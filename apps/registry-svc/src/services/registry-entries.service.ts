import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RegistryEventTypes } from '@kzps/contracts';
import { OutboxService } from '@kzps/messaging';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { recordRegistryAudit } from '../common/audit';
import { pageOf, type Page, type PageQueryDto } from '../common/page.dto';
import { ClassifierNode } from '../classifier/classifier-node.entity';
import { Organization } from '../organizations/organization.entity';
import { ownerKinds } from '../organizations/organization.enums';
import type { ServiceEntryDto, ServiceEntryVersionDto } from './dto/service-entry-response.dto';
import type {
  AmendmentDto,
  CreateServiceEntryDto,
  DecreeDto,
  ExclusionDto,
  InclusionDto,
  ServiceEntryChangesDto,
  ServiceEntryFieldsDto,
} from './dto/service-entry.dto';
import { ServiceEntry, ServiceEntryVersion, type ServiceEntryContent } from './service-entry.entity';
import type { ServiceStatus, VersionChange } from './service-entry.enums';
import { serviceAmended, serviceExcluded, serviceIncluded } from './service-entry.events';
import {
  EntryReferences,
  startOfAlmatyDay,
  toServiceEntryDto,
  type EntryHeader,
} from './service-entry.mapper';
import { serviceError, ServiceErrorCode } from './services.errors';

export function contentFromFields(input: ServiceEntryFieldsDto): ServiceEntryContent {
  return {
    nameKk: input.name.kk.trim(),
    nameRu: input.name.ru.trim(),
    descriptionKk: input.description?.kk.trim() ?? null,
    descriptionRu: input.description?.ru.trim() ?? null,
    classifierCode: input.classifierCode,
    recipientTypes: [...input.recipientTypes],
    ownerId: input.ownerId,
    providerIds: [...input.providerIds],
    intakeOrganizationIds: [...input.intakeOrganizationIds],
    intakeViaPortal: input.intakeViaPortal,
    deliveryForm: input.deliveryForm,
    channels: [...input.channels],
    paid: input.paid,
    feeLegalBasisKk: input.feeLegalBasis?.kk.trim() ?? null,
    feeLegalBasisRu: input.feeLegalBasis?.ru.trim() ?? null,
    legalBasisKk: input.legalBasis.kk.trim(),
    legalBasisRu: input.legalBasis.ru.trim(),
    termWorkingDays: input.termWorkingDays ?? null,
  };
}

function applyChanges(current: ServiceEntryContent, changes: ServiceEntryChangesDto): ServiceEntryContent {
  const next: ServiceEntryContent = { ...current };
  if (changes.name) Object.assign(next, { nameKk: changes.name.kk.trim(), nameRu: changes.name.ru.trim() });
  if (changes.description) {
    Object.assign(next, {
      descriptionKk: changes.description.kk.trim(),
      descriptionRu: changes.description.ru.trim(),
    });
  }
  if (changes.classifierCode !== undefined) next.classifierCode = changes.classifierCode;
  if (changes.recipientTypes) next.recipientTypes = [...changes.recipientTypes];
  if (changes.ownerId !== undefined) next.ownerId = changes.ownerId;
  if (changes.providerIds) next.providerIds = [...changes.providerIds];
  if (changes.intakeOrganizationIds) next.intakeOrganizationIds = [...changes.intakeOrganizationIds];
  if (changes.intakeViaPortal !== undefined) next.intakeViaPortal = changes.intakeViaPortal;
  if (changes.deliveryForm !== undefined) next.deliveryForm = changes.deliveryForm;
  if (changes.channels) next.channels = [...changes.channels];
  if (changes.paid !== undefined) {
    next.paid = changes.paid;
    // Art. 18: a free service has no fee basis; a paid one must name it (checked below).
    if (!changes.paid) Object.assign(next, { feeLegalBasisKk: null, feeLegalBasisRu: null });
  }
  if (changes.feeLegalBasis) {
    Object.assign(next, {
      feeLegalBasisKk: changes.feeLegalBasis.kk.trim(),
      feeLegalBasisRu: changes.feeLegalBasis.ru.trim(),
    });
  }
  if (changes.legalBasis) {
    Object.assign(next, {
      legalBasisKk: changes.legalBasis.kk.trim(),
      legalBasisRu: changes.legalBasis.ru.trim(),
    });
  }
  if (changes.termWorkingDays !== undefined) next.termWorkingDays = changes.termWorkingDays;
  return next;
}

/** The text the search vectors are built from, lower-cased here: JS knows ә ғ қ ң ө ұ ү һ і whatever the collation. */
export function searchTextOf(
  code: string,
  content: ServiceEntryContent,
): { searchNames: string; searchDetails: string } {
  return {
    searchNames: `${code} ${content.nameKk} ${content.nameRu}`.toLowerCase(),
    searchDetails: `${content.descriptionKk ?? ''} ${content.descriptionRu ?? ''}`.toLowerCase(),
  };
}

function sameContent(a: ServiceEntryContent, b: ServiceEntryContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function headerOf(row: ServiceEntry): EntryHeader {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    version: row.version,
    inclusionDecreeNumber: row.inclusionDecreeNumber,
    inclusionDecreeDate: row.inclusionDecreeDate,
    includedAt: row.includedAt,
    excludedAt: row.excludedAt,
    updatedAt: row.updatedAt,
  };
}

export function contentOfRow(row: ServiceEntry): ServiceEntryContent {
  return {
    nameKk: row.nameKk,
    nameRu: row.nameRu,
    descriptionKk: row.descriptionKk,
    descriptionRu: row.descriptionRu,
    classifierCode: row.classifierCode,
    recipientTypes: row.recipientTypes,
    ownerId: row.ownerId,
    providerIds: row.providerIds,
    intakeOrganizationIds: row.intakeOrganizationIds,
    intakeViaPortal: row.intakeViaPortal,
    deliveryForm: row.deliveryForm,
    channels: row.channels,
    paid: row.paid,
    feeLegalBasisKk: row.feeLegalBasisKk,
    feeLegalBasisRu: row.feeLegalBasisRu,
    legalBasisKk: row.legalBasisKk,
    legalBasisRu: row.legalBasisRu,
    termWorkingDays: row.termWorkingDays,
  };
}

interface VersionFacts {
  change: VersionChange;
  decree?: { decreeNumber: string; decreeDate: string; effectiveDate: string };
  reason?: { kk: string; ru: string };
}

@Injectable()
export class RegistryEntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async get(id: string, asOf?: string): Promise<ServiceEntryDto> {
    const manager = this.dataSource.manager;
    const row = await this.find(manager, id);
    if (!asOf) return this.toDto(manager, row);
    // "As of D": the latest version in force on D; drafts were never the registry's word.
    const version = await manager
      .getRepository(ServiceEntryVersion)
      .createQueryBuilder('v')
      .where('v.service_id = :id AND v.effective_date <= :asOf', { id, asOf })
      .orderBy('v.effective_date', 'DESC')
      .addOrderBy('v.version', 'DESC')
      .getOne();
    if (!version) {
      throw serviceError(
        ServiceErrorCode.NotInRegistryAsOf,
        `Service ${id} was not in the registry on ${asOf}`,
      );
    }
    const references = await EntryReferences.load(manager, [version.content]);
    const header = {
      ...headerOf(row),
      status: version.status,
      version: version.version,
      updatedAt: version.recordedAt,
    };
    if (header.excludedAt && version.status !== 'excluded') header.excludedAt = null;
    return { ...toServiceEntryDto(header, version.content, references), asOf };
  }

  async versions(id: string, query: PageQueryDto): Promise<Page<ServiceEntryVersionDto>> {
    const manager = this.dataSource.manager;
    const row = await this.find(manager, id);
    const { page, size, offset } = pageOf(query);
    const [versions, total] = await manager.getRepository(ServiceEntryVersion).findAndCount({
      where: { serviceId: id },
      order: { version: 'ASC' },
      skip: offset,
      take: size,
    });
    const references = await EntryReferences.load(
      manager,
      versions.map((v) => v.content),
    );
    return {
      items: versions.map((v) => ({
        version: v.version,
        change: v.change,
        status: v.status,
        decreeNumber: v.decreeNumber,
        decreeDate: v.decreeDate,
        effectiveDate: v.effectiveDate,
        reason: v.reasonKk !== null && v.reasonRu !== null ? { kk: v.reasonKk, ru: v.reasonRu } : null,
        recordedBy: v.recordedBy,
        recordedAt: v.recordedAt.toISOString(),
        entry: toServiceEntryDto(
          { ...headerOf(row), status: v.status, version: v.version, updatedAt: v.recordedAt },
          v.content,
          references,
        ),
      })),
      total,
      page,
      size,
    };
  }

  async create(input: CreateServiceEntryDto, actor: Actor): Promise<ServiceEntryDto> {
    return this.dataSource.transaction((manager) => this.createWith(manager, input, actor));
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
      inclusionDecreeNumber: null,
      inclusionDecreeDate: null,
      includedAt: null,
      excludedAt: null,
    });
    const saved = await manager.save(row);
    await this.recordVersion(manager, saved, actor, { change: 'created' });
    await this.audit(manager, actor, 'service.drafted', saved.id, content);
    return this.toDto(manager, saved);
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
      const before = contentOfRow(row);
      const content = contentFromFields(input);
      await this.validate(manager, content);
      Object.assign(row, content, searchTextOf(row.code, content), { version: row.version + 1 });
      const saved = await manager.save(row);
      await this.recordVersion(manager, saved, actor, { change: 'draft-updated' });
      await this.audit(manager, actor, 'service.draft-updated', id, { before, after: content });
      return this.toDto(manager, saved);
    });
  }

  async include(id: string, input: InclusionDto, actor: Actor): Promise<ServiceEntryDto> {
    return this.dataSource.transaction((manager) => this.includeWith(manager, id, input, actor));
  }

  /** Art. 6.3-4: a Government decree includes the entry; this is when the statutory clocks start (Art. 7.1, 9.5). */
  async includeWith(
    manager: EntityManager,
    id: string,
    input: InclusionDto,
    actor: Actor,
  ): Promise<ServiceEntryDto> {
    const row = await this.find(manager, id, true);
    if (row.status !== 'draft') {
      throw serviceError(ServiceErrorCode.NotDraft, `Service ${id} is already ${row.status}`, {
        currentStatus: row.status,
      });
    }
    const decree = decreeOf(input);
    const includedAt = startOfAlmatyDay(decree.effectiveDate);
    Object.assign(row, {
      status: 'included' as const,
      version: row.version + 1,
      inclusionDecreeNumber: decree.decreeNumber,
      inclusionDecreeDate: decree.decreeDate,
      includedAt,
    });
    const saved = await manager.save(row);
    await this.recordVersion(manager, saved, actor, { change: 'included', decree });
    const entry = await this.toDto(manager, saved);
    await this.outbox.append(manager, {
      type: RegistryEventTypes.serviceIncluded,
      subject: id,
      data: serviceIncluded(entry, decree, includedAt.toISOString()),
    });
    await this.audit(manager, actor, 'service.included', id, decree);
    return entry;
  }

  async amend(id: string, input: AmendmentDto, actor: Actor): Promise<ServiceEntryDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      this.assertInRegistry(row, 'amend');
      const decree = decreeOf(input);
      await this.assertEffectiveDateInOrder(manager, id, decree.effectiveDate);
      const before = contentOfRow(row);
      const content = applyChanges(before, input.changes);
      if (sameContent(before, content)) throw serviceError(ServiceErrorCode.EmptyAmendment);
      await this.validate(manager, content);
      Object.assign(row, content, searchTextOf(row.code, content), {
        status: 'amended' as const,
        version: row.version + 1,
      });
      const saved = await manager.save(row);
      await this.recordVersion(manager, saved, actor, { change: 'amended', decree });
      const entry = await this.toDto(manager, saved);
      await this.outbox.append(manager, {
        type: RegistryEventTypes.serviceAmended,
        subject: id,
        data: serviceAmended(entry, decree, startOfAlmatyDay(decree.effectiveDate).toISOString()),
      });
      await this.audit(manager, actor, 'service.amended', id, { decree, before, after: content });
      return entry;
    });
  }

  async exclude(id: string, input: ExclusionDto, actor: Actor): Promise<ServiceEntryDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      this.assertInRegistry(row, 'exclude');
      const decree = decreeOf(input);
      await this.assertEffectiveDateInOrder(manager, id, decree.effectiveDate);
      const excludedAt = startOfAlmatyDay(decree.effectiveDate);
      Object.assign(row, { status: 'excluded' as const, version: row.version + 1, excludedAt });
      const saved = await manager.save(row);
      const reason = { kk: input.reason.kk.trim(), ru: input.reason.ru.trim() };
      await this.recordVersion(manager, saved, actor, { change: 'excluded', decree, reason });
      const entry = await this.toDto(manager, saved);
      await this.outbox.append(manager, {
        type: RegistryEventTypes.serviceExcluded,
        subject: id,
        data: serviceExcluded(entry, decree, excludedAt.toISOString(), reason),
      });
      await this.audit(manager, actor, 'service.excluded', id, { decree, reason });
      return entry;
    });
  }

  /** Checks what the DTO cannot: references exist, the owner may own a service, the fields agree. */
  async validate(manager: EntityManager, content: ServiceEntryContent): Promise<void> {
    if (!(await manager.getRepository(ClassifierNode).exists({ where: { code: content.classifierCode } }))) {
      throw serviceError(
        ServiceErrorCode.UnknownClassifierCode,
        `No classifier position ${content.classifierCode}`,
      );
    }
    const ids = [...new Set([content.ownerId, ...content.providerIds, ...content.intakeOrganizationIds])];
    const found = await manager.getRepository(Organization).find({ where: { id: In(ids) } });
    const missing = ids.filter((id) => !found.some((o) => o.id === id));
    if (missing.length > 0) {
      throw serviceError(
        ServiceErrorCode.UnknownOrganization,
        `Unknown organisations: ${missing.join(', ')}`,
        {
          organizationIds: missing,
        },
      );
    }
    const owner = found.find((o) => o.id === content.ownerId);
    if (!owner || !ownerKinds.includes(owner.kind)) {
      throw serviceError(
        ServiceErrorCode.OwnerNotEligible,
        `Organisation ${content.ownerId} is ${owner?.kind}`,
      );
    }
    const problems = consistencyProblems(content);
    if (problems.length > 0) {
      throw serviceError(ServiceErrorCode.Inconsistent, problems.join('; '), { problems });
    }
  }

  async toDto(manager: EntityManager, row: ServiceEntry): Promise<ServiceEntryDto> {
    const content = contentOfRow(row);
    return toServiceEntryDto(headerOf(row), content, await EntryReferences.load(manager, [content]));
  }

  private assertInRegistry(row: ServiceEntry, action: 'amend' | 'exclude'): void {
    const status: ServiceStatus = row.status;
    switch (status) {
      case 'draft':
        throw serviceError(
          ServiceErrorCode.NotIncluded,
          `Cannot ${action} draft ${row.id}: it is not in the registry`,
        );
      case 'excluded':
        throw serviceError(ServiceErrorCode.Excluded, `Cannot ${action} ${row.id}: it was excluded`);
      case 'included':
      case 'amended':
        return;
    }
  }

  private async assertEffectiveDateInOrder(
    manager: EntityManager,
    id: string,
    effectiveDate: string,
  ): Promise<void> {
    const latest = await manager
      .getRepository(ServiceEntryVersion)
      .createQueryBuilder('v')
      .select('max(v.effective_date)::text', 'latest')
      .where('v.service_id = :id', { id })
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
    row: ServiceEntry,
    actor: Actor,
    facts: VersionFacts,
  ): Promise<void> {
    await manager.insert(ServiceEntryVersion, {
      serviceId: row.id,
      version: row.version,
      change: facts.change,
      status: row.status,
      content: contentOfRow(row),
      decreeNumber: facts.decree?.decreeNumber ?? null,
      decreeDate: facts.decree?.decreeDate ?? null,
      effectiveDate: facts.decree?.effectiveDate ?? null,
      reasonKk: facts.reason?.kk ?? null,
      reasonRu: facts.reason?.ru ?? null,
      recordedBy: actor.subject,
      recordedAt: row.updatedAt,
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

  private async find(manager: EntityManager, id: string, lock = false): Promise<ServiceEntry> {
    const row = await manager.getRepository(ServiceEntry).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw serviceError(ServiceErrorCode.NotFound, `No service ${id}`);
    return row;
  }

  private async nextCode(manager: EntityManager, classifierCode: string): Promise<string> {
    const [{ next }] = await manager.query<Array<{ next: string }>>(
      `SELECT nextval('service_entry_code_seq')::text AS next`,
    );
    return `${classifierCode}-${next.padStart(4, '0')}`;
  }
}

export function decreeOf(input: DecreeDto): {
  decreeNumber: string;
  decreeDate: string;
  effectiveDate: string;
} {
  return {
    decreeNumber: input.decreeNumber.trim(),
    decreeDate: input.decreeDate,
    effectiveDate: input.effectiveDate ?? input.decreeDate,
  };
}

/** Rules across fields, each with its article; the DTO checks each field alone. */
export function consistencyProblems(content: ServiceEntryContent): string[] {
  const problems: string[] = [];
  const electronic = content.deliveryForm !== 'paper';
  const viaPortal = content.channels.includes('e-government-portal');
  // Art. 6.2, 12, 15: electronic delivery goes through the e-government portal, paper delivery does not.
  if (electronic !== viaPortal) {
    problems.push(
      electronic
        ? 'an electronic form needs the e-government-portal channel'
        : 'a paper-only service cannot have the e-government-portal channel',
    );
  }
  if (content.intakeViaPortal && !viaPortal)
    problems.push('intake via the portal needs the e-government-portal channel');
  // Art. 6.2: who accepts applications, or the portal for the electronic form.
  if (content.intakeOrganizationIds.length === 0 && !content.intakeViaPortal) {
    problems.push('name the organisations that accept applications, or the e-government portal');
  }
  // Art. 18: a fee only where a legislative act sets it.
  if (content.paid && (content.feeLegalBasisKk === null || content.feeLegalBasisRu === null)) {
    problems.push('a paid service needs the legal basis of its fee');
  }
  if (!content.paid && (content.feeLegalBasisKk !== null || content.feeLegalBasisRu !== null)) {
    problems.push('a free service has no fee basis');
  }
  return problems;
}
