import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { ClassifierService } from '../classifier/classifier.service';
import { RegistryConfig } from '../config';
import { isAuthorityRole } from '../organizations/organization.enums';
import { OrganizationsService } from '../organizations/organizations.service';
import { RegistryEntriesService } from '../services/registry-entries.service';
import {
  DEMO_ACT,
  type DemoOrganization,
  demoClassifier,
  demoEntryFields,
  demoOrganizationId,
  demoOrganizations,
  demoServiceId,
  demoServices,
} from './demo-data';

const SEED_LOCK = 7_110_001;
const SEED_ACTOR: Actor = { subject: 'system:registry-svc:seed', roles: [] };

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

  /**
   * Returns how many services it loaded (0 when the registry already had entries). The demo's designated
   * bodies get their acts recorded either way, once: an embedded run's older `.data` has the bodies but not
   * the acts, and without one nobody could keep the registry (D38).
   */
  async seed(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [{ count }] = await manager.query<Array<{ count: string }>>(
        'SELECT count(*) AS count FROM service_entry',
      );
      const loaded = Number(count) > 0 ? 0 : await this.load(manager);
      await this.designateWith(manager);
      return loaded;
    });
  }

  /**
   * The demo bodies a legal act designates an authorised body (the public-services authority among them),
   * created if the directory lacks them, each with its act recorded unless one already is. Tests call it too,
   * for the bodies `holding` names: every registry write is the designated public-services authority's alone
   * (Art. 6.3, D38).
   */
  async designateWith(
    manager: EntityManager,
    holding: (organization: DemoOrganization) => boolean = () => true,
  ): Promise<void> {
    const ids = new Map<string, string>();
    for (const organization of demoOrganizations) {
      if (!organization.designatedBy || !holding(organization)) continue;
      const id = await this.organizationWith(manager, organization, ids);
      const recorded = await manager.query<unknown[]>(
        'SELECT 1 FROM authority_designation WHERE organization_id = $1',
        [id],
      );
      if (recorded.length > 0) continue;
      await this.organizations.recordDesignationWith(
        manager,
        id,
        organization.roles.filter(isAuthorityRole),
        organization.designatedBy,
        SEED_ACTOR,
      );
    }
  }

  private async load(manager: EntityManager): Promise<number> {
    for (const node of demoClassifier) {
      const exists = await manager.query<unknown[]>('SELECT 1 FROM classifier_node WHERE code = $1', [
        node.code,
      ]);
      if (exists.length === 0) await this.classifier.createWith(manager, node, SEED_ACTOR);
    }
    const ids = new Map<string, string>();
    for (const organization of demoOrganizations) {
      await this.organizationWith(manager, organization, ids);
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
        SEED_ACTOR,
        demoServiceId(service.code),
      );
      await this.entries.includeWith(manager, entry.id, DEMO_ACT, SEED_ACTOR);
    }
    return demoServices.length;
  }

  /** The demo organisation's id: the one in the directory under its BIN, or the one it is created with. */
  private async organizationWith(
    manager: EntityManager,
    organization: DemoOrganization,
    ids: Map<string, string>,
  ): Promise<string> {
    const existing = await manager.query<Array<{ id: string }>>(
      'SELECT id FROM organization WHERE bin = $1',
      [organization.bin],
    );
    const parentId = organization.parent ? ids.get(organization.parent) : undefined;
    const id =
      existing[0]?.id ??
      (
        await this.organizations.createWith(
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
          SEED_ACTOR,
          demoOrganizationId(organization.key),
        )
      ).id;
    ids.set(organization.key, id);
    return id;
  }
}
