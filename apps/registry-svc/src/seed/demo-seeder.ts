import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { ClassifierService } from '../classifier/classifier.service';
import { RegistryConfig } from '../config';
import { OrganizationsService } from '../organizations/organizations.service';
import { RegistryEntriesService } from '../services/registry-entries.service';
import {
  DEMO_ACT,
  demoClassifier,
  demoEntryFields,
  demoOrganizationId,
  demoOrganizations,
  demoServiceId,
  demoServices,
} from './demo-data';

const SEED_LOCK = 7_110_001;

/**
 * Loads the demo registry when the registry is empty and SEED_DEMO_DATA is on. One transaction under an
 * advisory lock: replicas starting together seed once, and a failure leaves nothing half-written. The
 * events go through the outbox like any change, so other services' read models get the demo registry too.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly config: RegistryConfig,
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly classifier: ClassifierService,
    private readonly entries: RegistryEntriesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO_DATA) return;
    const seeded = await this.seed();
    if (seeded > 0) this.logger.log(`demo registry loaded: ${seeded} services`);
  }

  /** Returns how many services it loaded (0 when the registry already had entries). */
  async seed(): Promise<number> {
    const actor: Actor = { subject: 'system:registry-svc:seed', roles: [] };
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [{ count }] = await manager.query<Array<{ count: string }>>(
        'SELECT count(*) AS count FROM service_entry',
      );
      if (Number(count) > 0) return 0;
      for (const node of demoClassifier) {
        const exists = await manager.query<unknown[]>('SELECT 1 FROM classifier_node WHERE code = $1', [
          node.code,
        ]);
        if (exists.length === 0) await this.classifier.createWith(manager, node, actor);
      }
      const ids = new Map<string, string>();
      for (const organization of demoOrganizations) {
        const existing = await manager.query<Array<{ id: string }>>(
          'SELECT id FROM organization WHERE bin = $1',
          [organization.bin],
        );
        if (existing[0]) {
          ids.set(organization.key, existing[0].id);
          continue;
        }
        const parentId = organization.parent ? ids.get(organization.parent) : undefined;
        const created = await this.organizations.createWith(
          manager,
          {
            bin: organization.bin,
            nameKk: organization.nameKk,
            nameRu: organization.nameRu,
            kind: organization.kind,
            roles: organization.roles,
            ...(organization.level ? { level: organization.level } : {}),
            ...(parentId ? { parentId } : {}),
            ...(organization.regionKato ? { regionKato: organization.regionKato } : {}),
          },
          actor,
          demoOrganizationId(organization.key),
        );
        ids.set(organization.key, created.id);
      }
      const idOf = (key: string): string => {
        const id = ids.get(key);
        if (!id) throw new Error(`demo data names an unknown organisation ${key}`);
        return id;
      };
      for (const service of demoServices) {
        const entry = await this.entries.createWith(
          manager,
          demoEntryFields(service, idOf),
          actor,
          demoServiceId(service.code),
        );
        await this.entries.includeWith(manager, entry.id, DEMO_ACT, actor);
      }
      return demoServices.length;
    });
  }
}
