import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { pageOf, type Page, pageRows } from '@kzps/platform';
import type { Actor } from '../common/actor';
import { recordRegistryAudit } from '../common/audit';
import { ClassifierNode } from './classifier-node.entity';
import { classifierError, ClassifierErrorCode } from './classifier.errors';
import type {
  ClassifierNodeDto,
  ClassifierQueryDto,
  ClassifierTreeNodeDto,
  CreateClassifierNodeDto,
  UpdateClassifierNodeDto,
} from './dto/classifier.dto';

export function parentCodeOf(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

function toDto(row: ClassifierNode): ClassifierNodeDto {
  return {
    code: row.code,
    parentCode: row.parentCode,
    nameKk: row.nameKk,
    nameRu: row.nameRu,
    position: row.position,
    level: row.code.split('.').length,
  };
}

@Injectable()
export class ClassifierService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ClassifierQueryDto): Promise<Page<ClassifierNodeDto>> {
    const where =
      query.parent === undefined ? {} : { parentCode: query.parent === 'root' ? IsNull() : query.parent };
    const [rows, total] = await this.dataSource.getRepository(ClassifierNode).findAndCount({
      where,
      order: { code: 'ASC' },
      ...pageRows(query),
    });
    return pageOf(query, rows.map(toDto), total);
  }

  async tree(): Promise<ClassifierTreeNodeDto[]> {
    const rows = await this.dataSource
      .getRepository(ClassifierNode)
      .find({ order: { position: 'ASC', code: 'ASC' } });
    const nodes = new Map(
      rows.map((row) => [row.code, { ...toDto(row), children: [] as ClassifierTreeNodeDto[] }]),
    );
    const roots: ClassifierTreeNodeDto[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }

  async get(code: string): Promise<ClassifierNodeDto> {
    return toDto(await this.find(this.dataSource.manager, code));
  }

  /** Throws CLASSIFIER_NODE_NOT_FOUND when the code is not in the classifier. */
  async find(manager: EntityManager, code: string): Promise<ClassifierNode> {
    const row = await manager.getRepository(ClassifierNode).findOne({ where: { code } });
    if (!row) throw classifierError(ClassifierErrorCode.NodeNotFound, `No classifier position ${code}`);
    return row;
  }

  async create(input: CreateClassifierNodeDto, actor: Actor): Promise<ClassifierNodeDto> {
    return this.dataSource.transaction((manager) => this.createWith(manager, input, actor));
  }

  async createWith(
    manager: EntityManager,
    input: CreateClassifierNodeDto,
    actor: Actor,
  ): Promise<ClassifierNodeDto> {
    const repository = manager.getRepository(ClassifierNode);
    if (await repository.findOne({ where: { code: input.code } })) {
      throw classifierError(ClassifierErrorCode.CodeTaken, `Code ${input.code} is already used`);
    }
    const parentCode = parentCodeOf(input.code);
    if (parentCode && !(await repository.findOne({ where: { code: parentCode } }))) {
      throw classifierError(ClassifierErrorCode.ParentMismatch, `No parent position ${parentCode}`);
    }
    const row = repository.create({
      code: input.code,
      parentCode,
      nameKk: input.nameKk.trim(),
      nameRu: input.nameRu.trim(),
      position: input.position ?? Number(input.code.split('.').pop()),
    });
    const saved = await repository.save(row);
    await recordRegistryAudit(manager, {
      actor,
      action: 'classifier.created',
      entityType: 'classifier-node',
      entityId: saved.code,
      changes: toDto(saved),
    });
    return toDto(saved);
  }

  async update(code: string, input: UpdateClassifierNodeDto, actor: Actor): Promise<ClassifierNodeDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, code);
      const before = toDto(row);
      Object.assign(row, {
        nameKk: input.nameKk.trim(),
        nameRu: input.nameRu.trim(),
        position: input.position ?? row.position,
      });
      const saved = await manager.save(row);
      await recordRegistryAudit(manager, {
        actor,
        action: 'classifier.updated',
        entityType: 'classifier-node',
        entityId: code,
        changes: { before, after: toDto(saved) },
      });
      return toDto(saved);
    });
  }
}
