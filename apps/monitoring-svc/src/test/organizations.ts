import { randomUUID } from 'node:crypto';
import {
  RegistryEventTypes,
  Topics,
  type EventEnvelope,
  type OrganizationRole,
  type OrganizationUpsertedV1,
} from '@kzps/contracts';
import { testEnvelope } from '@kzps/testing';
import type { RunningService } from './harness';

/** An organisation as the registry publishes it, with the roles the test gives it. */
export interface TestOrganization {
  id: string;
  roles: OrganizationRole[];
  bin: string;
  active?: boolean;
  parentOrganizationId?: string | null;
}

let sequence = 0;

/** A new organisation with a BIN of its own (check digits are not verified by this service). */
export function organization(
  roles: OrganizationRole[],
  parentOrganizationId: string | null = null,
): TestOrganization {
  sequence += 1;
  return { id: randomUUID(), roles, bin: String(100_000_000_000 + sequence), parentOrganizationId };
}

export function organizationUpserted(
  o: TestOrganization,
  time = new Date('2026-01-05T04:00:00Z'),
): EventEnvelope {
  const data: OrganizationUpsertedV1 = {
    organizationId: o.id,
    bin: o.bin,
    nameKk: `Ұйым ${o.bin}`,
    nameRu: `Организация ${o.bin}`,
    kind: 'central-state-body',
    parentOrganizationId: o.parentOrganizationId ?? null,
    active: o.active ?? true,
    updatedAt: time.toISOString(),
    roles: o.roles,
  };
  return testEnvelope('/kzps/registry-svc', RegistryEventTypes.organizationUpserted, o.id, data, time);
}

/** Publishes the organisations on the registry's topic and waits until this service copied them. */
export async function publishOrganizations(
  service: RunningService,
  ...organizations: TestOrganization[]
): Promise<void> {
  await service.publish(
    Topics.registryOrganizations,
    organizations.map((o) => organizationUpserted(o)),
  );
}
