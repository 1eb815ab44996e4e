import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RegistryEventTypes } from '@kzps/contracts';
import { OutboxService } from '@kzps/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { recordRegistryAudit } from '../common/audit';
import { pageOf, type Page } from '../common/page.dto';
import type {
  CreateOrganizationDto,
  OrganizationQueryDto,
  OrganizationResponseDto,
  OrganizationVersionDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { Organization, OrganizationVersion, type OrganizationContent } from './organization.entity';
import { organizationUpserted } from './organization.events';
import { organizationError, OrganizationErrorCode } from './organizations.errors';

export function toOrganizationResponse(row: Organization): OrganizationResponseDto {
  return {
    id: row.id,
    bin: row.bin,
    nameKk: row.nameKk,
    nameRu: row.nameRu,
    kind: row.kind,
    level: row.level,
    roles: [...row.roles],
    parentId: row.parentId,
    regionKato: row.regionKato,
    active: row.active,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function contentOf(input: CreateOrganizationDto, active: boolean): OrganizationContent {
  return {
    bin: input.bin,
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

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async list(query: OrganizationQueryDto): Promise<Page<OrganizationResponseDto>> {
    const { page, size, offset } = pageOf(query);
    const builder = this.dataSource.getRepository(Organization).createQueryBuilder('o');
    if (query.kind) builder.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.role) builder.andWhere(':role = ANY(o.roles)', { role: query.role });
    if (query.parentId) builder.andWhere('o.parent_id = :parentId', { parentId: query.parentId });
    if (query.regionKato) builder.andWhere('o.region_kato = :kato', { kato: query.regionKato });
    if (query.q) {
      // Names are matched case-insensitively word by word; lower() in JS knows Kazakh letters whatever the
      // database collation is.
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
      .skip(offset)
      .take(size)
      .getManyAndCount();
    return { items: rows.map(toOrganizationResponse), total, page, size };
  }

  async get(id: string): Promise<OrganizationResponseDto> {
    return toOrganizationResponse(await this.find(this.dataSource.manager, id));
  }

  async versions(id: string): Promise<OrganizationVersionDto[]> {
    const current = await this.find(this.dataSource.manager, id);
    const rows = await this.dataSource
      .getRepository(OrganizationVersion)
      .find({ where: { organizationId: id }, order: { version: 'ASC' } });
    return rows.map((row) => ({
      version: row.version,
      changedAt: row.changedAt.toISOString(),
      changedBy: row.changedBy,
      organization: {
        id: current.id,
        ...row.content,
        roles: [...row.content.roles],
        version: row.version,
        updatedAt: row.changedAt.toISOString(),
      },
    }));
  }

  async create(input: CreateOrganizationDto, actor: Actor): Promise<OrganizationResponseDto> {
    return this.dataSource.transaction((manager) => this.createWith(manager, input, actor));
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
    await this.afterChange(manager, saved, actor, 'organization.created', content);
    return toOrganizationResponse(saved);
  }

  async update(id: string, input: UpdateOrganizationDto, actor: Actor): Promise<OrganizationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, id, true);
      const before = toOrganizationResponse(row);
      const content = contentOf(input, input.active ?? row.active);
      await this.check(manager, id, content);
      Object.assign(row, content, { version: row.version + 1 });
      const saved = await manager.save(row);
      await this.afterChange(manager, saved, actor, 'organization.updated', { before, after: content });
      return toOrganizationResponse(saved);
    });
  }

  private async afterChange(
    manager: EntityManager,
    row: Organization,
    actor: Actor,
    action: string,
    changes: unknown,
  ): Promise<void> {
    const content: OrganizationContent = {
      bin: row.bin,
      nameKk: row.nameKk,
      nameRu: row.nameRu,
      kind: row.kind,
      level: row.level,
      roles: row.roles,
      parentId: row.parentId,
      regionKato: row.regionKato,
      active: row.active,
    };
    await manager.insert(OrganizationVersion, {
      organizationId: row.id,
      version: row.version,
      content,
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

  private async find(manager: EntityManager, id: string, lock = false): Promise<Organization> {
    const row = await manager.getRepository(Organization).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw organizationError(OrganizationErrorCode.OrganizationNotFound, `No organisation ${id}`);
    return row;
  }

  private async check(manager: EntityManager, id: string, content: OrganizationContent): Promise<void> {
    // Art. 5.1.2: only a local executive body sits at an administrative level.
    if ((content.kind === 'local-executive-body') !== (content.level !== null)) {
      throw organizationError(OrganizationErrorCode.LevelMismatch);
    }
    const sameBin = await manager.getRepository(Organization).findOne({ where: { bin: content.bin } });
    if (sameBin && sameBin.id !== id) {
      throw organizationError(OrganizationErrorCode.BinTaken, `BIN ${content.bin} belongs to ${sameBin.id}`, {
        organizationId: sameBin.id,
      });
    }
    let parentId = content.parentId;
    const seen = new Set<string>([id]);
    while (parentId) {
      if (seen.has(parentId)) throw organizationError(OrganizationErrorCode.ParentCycle);
      seen.add(parentId);
      const parent = await manager.getRepository(Organization).findOne({ where: { id: parentId } });
      if (!parent)
        throw organizationError(OrganizationErrorCode.ParentNotFound, `No organisation ${parentId}`);
      parentId = parent.parentId;
    }
  }
}
