import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RegistryEventTypes } from '@kzps/contracts';
import { OutboxService } from '@kzps/messaging';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { localDateOf } from '@kzps/calendar';
import { Clock, pageOf, type Page, pageRows } from '@kzps/platform';
import type { Actor } from '../common/actor';
import { recordRegistryAudit } from '../common/audit';
import { ServiceEntry } from '../services/service-entry.entity';
import type {
  CreateOrganizationDto,
  DependentEntryDto,
  DependentRole,
  OrganizationQueryDto,
  OrganizationResponseDto,
  OrganizationUpdatedDto,
  OrganizationVersionDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { katoProblem } from './kato';
import { Organization, OrganizationVersion, type OrganizationContent } from './organization.entity';
import {
  CENTRAL_STATE_BODY,
  DEPARTMENT,
  INDIVIDUAL_PROVIDER,
  isAuthorityRole,
  LOCAL_EXECUTIVE_BODY,
  type AuthorityRole,
  ownerKinds,
  type OrganizationRole,
} from './organization.enums';
import { AuthorityDesignation, type DesignationAct } from './authority-designation.entity';
import type {
  AssignAuthorityRolesDto,
  AuthorityDesignationDto,
  FirstAuthorityDto,
} from './dto/authority-roles.dto';
import { organizationUpserted } from './organization.events';
import { contentOfRow, toOrganizationResponse, toOrganizationSnapshot } from './organization.mapper';
import {
  authorityAlreadyDesignated,
  authorityNotCentral,
  authorityRolesByAct,
  designationActInFuture,
  organizationError,
  OrganizationErrorCode,
  organizationFieldError,
} from './organizations.errors';
import { inTransaction } from '@kzps/db';

function contentOf(input: CreateOrganizationDto, active: boolean): OrganizationContent {
  return {
    bin: input.bin ?? null,
    iin: input.iin ?? null,
    nameKk: input.nameKk.trim(),
    nameRu: input.nameRu.trim(),
    kind: input.kind,
    level: input.level ?? null,
    roles: [...input.roles],
    parentId: input.parentId ?? null,
    regionKato: input.regionKato ?? null,
    active,
  };
}

/**
 * Authority roles change only by the administrator's act (D38): a create or an edit of the directory must
 * leave them as they are, whoever sends it.
 */
function assertSameAuthorityRoles(
  current: readonly OrganizationRole[],
  requested: readonly OrganizationRole[],
): void {
  const held = new Set(current.filter(isAuthorityRole));
  const asked = new Set(requested.filter(isAuthorityRole));
  const changed = [...new Set([...held, ...asked])].filter((role) => held.has(role) !== asked.has(role));
  if (changed.length > 0) {
    throw authorityRolesByAct(changed);
  }
}

/** The role whose body keeps the registry (Art. 6.3, D38). */
const PUBLIC_SERVICES_AUTHORITY: AuthorityRole = 'public-services-authority';

function toDesignationDto(row: AuthorityDesignation): AuthorityDesignationDto {
  return {
    id: row.id,
    organizationId: row.organizationId,
    roles: row.roles,
    act: row.act,
    recordedAt: row.recordedAt.toISOString(),
    recordedBy: row.recordedBy,
  };
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async list(query: OrganizationQueryDto): Promise<Page<OrganizationResponseDto>> {
    const { skip, take } = pageRows(query);
    const builder = this.withIin(this.dataSource.manager);
    if (query.kind) builder.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.role) builder.andWhere(':role = ANY(o.roles)', { role: query.role });
    if (query.parentId) builder.andWhere('o.parent_id = :parentId', { parentId: query.parentId });
    if (query.regionKato) builder.andWhere('o.region_kato = :kato', { kato: query.regionKato });
    if (query.active !== undefined) builder.andWhere('o.active = :active', { active: query.active });
    if (query.q) {
      // Names are matched case-insensitively word by word; lower() in JS knows Kazakh letters whatever the
      // database collation is. A BIN matches whole; an IIN is never a search key (it is personal data).
      const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
      words.forEach((word, index) => {
        builder.andWhere(
          `(lower(o.name_kk) LIKE :w${index} OR lower(o.name_ru) LIKE :w${index} OR o.bin = :b${index})`,
          { [`w${index}`]: `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, [`b${index}`]: word },
        );
      });
    }
    const [rows, total] = await builder
      .orderBy('o.name_ru', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return pageOf(query, rows.map(toOrganizationResponse), total);
  }

  async get(id: string): Promise<OrganizationResponseDto> {
    return toOrganizationResponse(await this.find(this.dataSource.manager, id));
  }

  async versions(id: string): Promise<OrganizationVersionDto[]> {
    await this.find(this.dataSource.manager, id);
    const rows = await this.dataSource
      .getRepository(OrganizationVersion)
      .find({ where: { organizationId: id }, order: { version: 'ASC' } });
    return rows.map((row) => ({
      version: row.version,
      changedAt: row.changedAt.toISOString(),
      changedBy: row.changedBy,
      organization: toOrganizationSnapshot(id, row.content, row.version, row.changedAt),
    }));
  }

  async create(input: CreateOrganizationDto, actor: Actor): Promise<OrganizationResponseDto> {
    assertSameAuthorityRoles([], input.roles);
    return inTransaction(this.dataSource, (manager) => this.createWith(manager, input, actor));
  }

  /** Creates with the caller's transaction (the seed and the import reuse it). */
  async createWith(
    manager: EntityManager,
    input: CreateOrganizationDto,
    actor: Actor,
    id: string = randomUUID(),
  ): Promise<OrganizationResponseDto> {
    const content = contentOf(input, true);
    await this.check(manager, id, content);
    const row = manager.create(Organization, { id, ...content, version: 1 });
    const saved = await manager.save(row);
    const created = toOrganizationResponse(saved);
    await this.afterChange(manager, saved, actor, 'organization.created', created);
    return created;
  }

  /**
   * Replaces the organisation's details; the previous state stays in its versions. Two rules protect the
   * entries that name it:
   * - Art. 5.1: a service owner must stay a kind that can own a service (a central state body or a local
   *   executive body) while any entry not excluded names it as owner: 409 ORGANIZATION_OWNS_ENTRIES.
   * - Deactivation is allowed, because a reorganisation abolishes bodies before the registry is amended;
   *   the answer lists the entries that still name it (`dependentEntries`), each of which needs an
   *   amendment naming the successor. The registry does not rewrite them on its own.
   */
  async update(id: string, input: UpdateOrganizationDto, actor: Actor): Promise<OrganizationUpdatedDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      assertSameAuthorityRoles(row.roles, input.roles);
      const before = toOrganizationResponse(row);
      const content = contentOf(input, input.active ?? row.active);
      await this.check(manager, id, content);
      const dependentEntries = await this.dependentEntries(manager, id);
      const owned = dependentEntries.filter((entry) => entry.roles.includes('owner'));
      if (owned.length > 0 && !ownerKinds.includes(content.kind)) {
        throw organizationError(
          OrganizationErrorCode.OwnsEntries,
          `The organisation owns ${owned.map((entry) => entry.code).join(', ')}; a ${content.kind} cannot develop a standard (Art. 7.1): amend the entries first`,
          {
            errors: [{ field: 'kind', message: `kind ${content.kind} cannot own a service` }],
            entries: owned,
          },
        );
      }
      Object.assign(row, content, { version: row.version + 1 });
      const saved = await manager.save(row);
      const after = toOrganizationResponse(saved);
      const deactivated = before.active && !after.active;
      // The entries first: the audit summary is cut at 2,000 characters.
      await this.afterChange(manager, saved, actor, 'organization.updated', {
        ...(deactivated ? { stillNamedBy: dependentEntries.map((entry) => entry.code) } : {}),
        before,
        after,
      });
      return { ...after, dependentEntries };
    });
  }

  /**
   * The platform administrator designates (or stops designating) an organisation an authorised body, on the
   * legal act that does it (D38): only a central state body, the act not dated after today (an earlier day is
   * accepted and audited). The organisation's other roles stay; the act is kept with the assignment.
   */
  async assignAuthorityRoles(
    id: string,
    input: AssignAuthorityRolesDto,
    actor: Actor,
  ): Promise<AuthorityDesignationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      if (input.roles.length > 0 && row.kind !== CENTRAL_STATE_BODY) {
        throw authorityNotCentral(row.kind, input.roles);
      }
      const now = this.clock.now();
      const today = localDateOf(now);
      if (input.act.date > today) {
        throw designationActInFuture(input.act.date, today);
      }
      const before = toOrganizationResponse(row);
      row.roles = [...row.roles.filter((role) => !isAuthorityRole(role)), ...input.roles];
      row.version += 1;
      const saved = await manager.save(row);
      const designation = await this.recordDesignationWith(manager, id, input.roles, input.act, actor);
      await this.afterChange(manager, saved, actor, 'organization.authority-roles', {
        act: designation.act,
        ...(input.act.date < today ? { recordedOn: today } : {}),
        before: before.roles,
        after: saved.roles,
      });
      return toDesignationDto(designation);
    });
  }

  /**
   * Keeps the act that designates the organisation with the authority roles it holds from then on (D38): the
   * administrator's assignment above, and the demo seed's bodies, created holding their roles.
   */
  async recordDesignationWith(
    manager: EntityManager,
    organizationId: string,
    roles: readonly AuthorityRole[],
    act: DesignationAct,
    actor: Actor,
  ): Promise<AuthorityDesignation> {
    const designation = manager.create(AuthorityDesignation, {
      id: randomUUID(),
      organizationId,
      roles: [...roles],
      act: {
        kind: act.kind,
        number: act.number,
        date: act.date,
        title: { kk: act.title.kk, ru: act.title.ru },
      },
      recordedAt: this.clock.now(),
      recordedBy: actor.subject,
    });
    await manager.insert(AuthorityDesignation, designation);
    return designation;
  }

  /**
   * Bootstrap of a registry started without the demo seed (D38): every registry write, creating an
   * organisation too, needs the designated public-services authority, and the administrator designates only
   * an organisation that exists, so the first one is recorded here, by the operator's CLI: the central state
   * body, holding the role, and the act designating it (not dated after today), with their audit record and
   * the organisation's event, in one transaction. Refused once any organisation is designated; from then on
   * the administrator's act changes it.
   */
  async designateFirstAuthority(
    input: FirstAuthorityDto,
    actor: Actor,
  ): Promise<{ organization: OrganizationResponseDto; designation: AuthorityDesignationDto }> {
    return this.dataSource.transaction(async (manager) => {
      // Two runs at once: the second waits for the first to commit, then sees its designation.
      await manager.query('LOCK TABLE authority_designation IN SHARE ROW EXCLUSIVE MODE');
      const designated = await manager.query<Array<{ organization_id: string }>>(
        `SELECT organization_id
           FROM (SELECT DISTINCT ON (organization_id) organization_id, roles
                   FROM authority_designation
                  ORDER BY organization_id, recorded_at DESC, id DESC) latest
          WHERE $1 = ANY (latest.roles)`,
        [PUBLIC_SERVICES_AUTHORITY],
      );
      if (designated.length > 0) {
        throw authorityAlreadyDesignated(designated.map((row) => row.organization_id));
      }
      const today = localDateOf(this.clock.now());
      if (input.act.date > today) {
        throw designationActInFuture(input.act.date, today);
      }
      const organization = await this.createWith(
        manager,
        {
          bin: input.bin,
          nameKk: input.nameKk,
          nameRu: input.nameRu,
          kind: CENTRAL_STATE_BODY,
          roles: [PUBLIC_SERVICES_AUTHORITY],
        },
        actor,
      );
      const designation = await this.recordDesignationWith(
        manager,
        organization.id,
        [PUBLIC_SERVICES_AUTHORITY],
        input.act,
        actor,
      );
      await recordRegistryAudit(manager, {
        actor,
        action: 'organization.authority-roles',
        entityType: 'organization',
        entityId: organization.id,
        changes: {
          act: designation.act,
          ...(input.act.date < today ? { recordedOn: today } : {}),
          before: [],
          after: organization.roles,
        },
      });
      return { organization, designation: toDesignationDto(designation) };
    });
  }

  /** The acts that designated the organisation, newest first. */
  async designations(id: string): Promise<AuthorityDesignationDto[]> {
    await this.find(this.dataSource.manager, id);
    const rows = await this.dataSource.manager.find(AuthorityDesignation, {
      where: { organizationId: id },
      order: { recordedAt: 'DESC' },
    });
    return rows.map(toDesignationDto);
  }

  private async afterChange(
    manager: EntityManager,
    row: Organization,
    actor: Actor,
    action: string,
    changes: unknown,
  ): Promise<void> {
    await manager.insert(OrganizationVersion, {
      organizationId: row.id,
      version: row.version,
      content: contentOfRow(row),
      changedBy: actor.subject,
      changedAt: row.updatedAt,
    });
    await this.outbox.append(manager, {
      type: RegistryEventTypes.organizationUpserted,
      subject: row.id,
      data: organizationUpserted(row),
    });
    await recordRegistryAudit(manager, {
      actor,
      action,
      entityType: 'organization',
      entityId: row.id,
      changes,
    });
  }

  /** Organisations with their IIN, which is not selected by default. */
  private withIin(manager: EntityManager): SelectQueryBuilder<Organization> {
    return manager.getRepository(Organization).createQueryBuilder('o').addSelect('o.iin');
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<Organization> {
    const builder = this.withIin(manager).where('o.id = :id', { id });
    if (lock) builder.setLock('pessimistic_write');
    const row = await builder.getOne();
    if (!row) throw organizationError(OrganizationErrorCode.OrganizationNotFound, `No organisation ${id}`);
    return row;
  }

  /** Entries not excluded that name the organisation, and how. */
  private async dependentEntries(manager: EntityManager, id: string): Promise<DependentEntryDto[]> {
    const rows = await manager
      .getRepository(ServiceEntry)
      .createQueryBuilder('e')
      .select(['e.id', 'e.code', 'e.status', 'e.ownerId', 'e.providerIds', 'e.intakeOrganizationIds'])
      .where(`e.status <> 'excluded'`)
      .andWhere('(e.owner_id = :id OR :id = ANY(e.provider_ids) OR :id = ANY(e.intake_organization_ids))', {
        id,
      })
      .orderBy('e.code', 'ASC')
      .getMany();
    return rows.map((entry) => {
      const roles: DependentRole[] = [];
      if (entry.ownerId === id) roles.push('owner');
      if (entry.providerIds.includes(id)) roles.push('provider');
      if (entry.intakeOrganizationIds.includes(id)) roles.push('intake');
      return { id: entry.id, code: entry.code, status: entry.status, roles };
    });
  }

  private async check(manager: EntityManager, id: string, content: OrganizationContent): Promise<void> {
    this.checkIdentifier(content);
    // Art. 5.1.2: only a local executive body sits at an administrative level.
    if ((content.kind === LOCAL_EXECUTIVE_BODY) !== (content.level !== null)) {
      throw organizationFieldError(
        OrganizationErrorCode.LevelMismatch,
        'level',
        content.level === null
          ? 'level: a local executive body needs its level (oblast, city of republican significance, capital, district, city of oblast significance)'
          : `level: a ${content.kind} has no level`,
      );
    }
    await this.checkUnique(manager, id, content);
    const parent = await this.checkAncestry(manager, id, content.parentId);
    // Art. 5.2.1: a department (ведомство) is part of a central state body.
    if (content.kind === DEPARTMENT && parent?.kind !== 'central-state-body') {
      throw organizationFieldError(
        OrganizationErrorCode.DepartmentParent,
        'parentId',
        'parentId: a department needs the central state body it belongs to',
      );
    }
    if (content.kind === LOCAL_EXECUTIVE_BODY && content.level !== null) {
      if (content.regionKato === null) {
        throw organizationFieldError(
          OrganizationErrorCode.KatoMismatch,
          'regionKato',
          'regionKato: a local executive body needs the KATO code of its territory',
        );
      }
      const parentKato = parent?.kind === LOCAL_EXECUTIVE_BODY ? parent.regionKato : null;
      const problem = katoProblem(content.level, content.regionKato, parentKato);
      if (problem) throw organizationFieldError(OrganizationErrorCode.KatoMismatch, 'regionKato', problem);
    }
  }

  /** Art. 5.2.2: an individual provider by IIN and nothing else; every other organisation by BIN. */
  private checkIdentifier(content: OrganizationContent): void {
    const individual = content.kind === INDIVIDUAL_PROVIDER;
    if (individual && content.bin !== null) {
      throw organizationFieldError(
        OrganizationErrorCode.IdentifierMismatch,
        'bin',
        'bin: an individual provider has an IIN, not a BIN',
      );
    }
    if (individual && content.iin === null) {
      throw organizationFieldError(
        OrganizationErrorCode.IdentifierMismatch,
        'iin',
        'iin: an individual provider needs its IIN',
      );
    }
    if (!individual && content.iin !== null) {
      throw organizationFieldError(
        OrganizationErrorCode.IdentifierMismatch,
        'iin',
        `iin: only an individual provider has an IIN, not a ${content.kind}`,
      );
    }
    if (!individual && content.bin === null) {
      throw organizationFieldError(
        OrganizationErrorCode.IdentifierMismatch,
        'bin',
        `bin: a ${content.kind} needs its BIN`,
      );
    }
  }

  private async checkUnique(manager: EntityManager, id: string, content: OrganizationContent): Promise<void> {
    if (content.bin !== null) {
      const sameBin = await manager.getRepository(Organization).findOne({ where: { bin: content.bin } });
      if (sameBin && sameBin.id !== id) {
        throw organizationError(
          OrganizationErrorCode.BinTaken,
          `BIN ${content.bin} belongs to ${sameBin.id}`,
          {
            organizationId: sameBin.id,
          },
        );
      }
    }
    if (content.iin !== null) {
      const sameIin = await manager
        .getRepository(Organization)
        .createQueryBuilder('o')
        .where('o.iin = :iin', { iin: content.iin })
        .getOne();
      // The detail names the holder, never the number.
      if (sameIin && sameIin.id !== id) {
        throw organizationError(OrganizationErrorCode.IinTaken, `The IIN belongs to ${sameIin.id}`, {
          organizationId: sameIin.id,
        });
      }
    }
  }

  /** Walks up from the parent, refusing a missing parent or a cycle; returns the direct parent. */
  private async checkAncestry(
    manager: EntityManager,
    id: string,
    parentId: string | null,
  ): Promise<Organization | null> {
    let direct: Organization | null = null;
    let current = parentId;
    const seen = new Set<string>([id]);
    while (current) {
      if (seen.has(current))
        throw organizationFieldError(
          OrganizationErrorCode.ParentCycle,
          'parentId',
          'parentId: the organisation would become its own ancestor',
        );
      seen.add(current);
      const parent = await manager.getRepository(Organization).findOne({ where: { id: current } });
      if (!parent)
        throw organizationError(OrganizationErrorCode.ParentNotFound, `No organisation ${current}`);
      direct ??= parent;
      current = parent.parentId;
    }
    return direct;
  }
}
