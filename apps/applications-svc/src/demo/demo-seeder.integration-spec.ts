import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ORGANIZATIONS } from '@kzps/auth/testing';
import { DemoCa } from '@kzps/signature';
import { jsonSchemaProblems, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import {
  handled,
  inputTopics,
  organizationUpserted,
  publish,
  serviceIncluded,
  startService,
  type RunningService,
  type TestOrganization,
} from '../test/harness';
import { DeadlineWatcher } from '../clocks/deadline-watcher';
import { DemoSeeder } from './demo-seeder';

// Wednesday 8 April 2026, 11:00 in Astana.
const now = new Date('2026-04-08T06:00:00Z');
const organization = (o: Omit<TestOrganization, 'regionKato'>): TestOrganization => ({
  ...o,
  regionKato: '750000000',
});
const akimat = organization({
  id: DEMO_ORGANIZATIONS.almatyAkimat,
  bin: '990140100013',
  kind: 'local-executive-body',
  registryKind: 'local-executive-body',
  roles: ['service-owner', 'provider'],
});
const ministry = organization({
  id: randomUUID(),
  bin: '990240000011',
  kind: 'central-state-body',
  registryKind: 'central-state-body',
  roles: ['service-owner'],
});
const psc = organization({
  id: DEMO_ORGANIZATIONS.stateCorporation,
  bin: '160240000018',
  kind: 'state-corporation',
  registryKind: 'psc',
  roles: ['psc-operator', 'provider'],
});
const specialisedPsc = organization({
  id: randomUUID(),
  bin: '160241000013',
  kind: 'state-corporation',
  registryKind: 'specialised-psc',
  roles: ['psc-operator'],
});

describe('demo applications for the embedded run (SEED_DEMO_DATA)', () => {
  let service: RunningService;
  let caDir: string;
  const clock = new TestClock(now);
  const query = <T>(sql: string): Promise<T[]> => service.app.get(DataSource).query(sql);

  beforeAll(async () => {
    caDir = join(mkdtempSync(join(tmpdir(), 'kzps-demo-seed-')), 'signature');
    const ca = await DemoCa.open(caDir, now);
    // The seeder is driven by the test: its timer (SEED_DEMO_DATA) is off, the CA is the run's.
    service = await startService('applications_demo_seed', clock, {
      env: { SEED_DEMO_DATA: 'false', DEMO_SIGNATURE_CA_DIR: caDir },
      signature: {
        kind: 'in-process',
        trust: {
          trustAnchors: [readFileSync(ca.trustAnchorsFile, 'utf8')],
          intermediates: [readFileSync(ca.intermediatesFile, 'utf8')],
          crls: [],
        },
      },
    });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    rmSync(join(caDir, '..'), { recursive: true, force: true });
  });

  it("waits for the demo registry's services, then seeds every channel and status once, through the real intake and lifecycle, each event as its contract's JSON Schema states it (D22), with months of history and an application the watcher raises overdue (Art. 8.5), each standard owned by the central body the registry names (Art. 7.1)", async () => {
    const seeder = service.app.get(DemoSeeder);
    expect(await seeder.seed()).toBe(false);
    expect(await query('SELECT 1 FROM application')).toEqual([]);

    const organizations = [ministry, akimat, psc, specialisedPsc].map((o) => organizationUpserted(o, now));
    // Art. 7.1: the akimat delivers what the ministry develops; an entry still naming the akimat as the
    // developer (before the registry's D25 migration) gets no standard, nor does the akimat stand in as owner.
    // Its code sorts first, so a seeder blind to the owner would take it.
    const akimatServiceId = `00000000-${randomUUID().slice(9)}`;
    const akimatOwned = serviceIncluded(
      { id: akimatServiceId, ownerId: akimat.id, providerIds: [akimat.id] },
      now,
    );
    const services = [
      akimatOwned,
      ...[1, 2, 3, 4].map(() =>
        serviceIncluded({ id: randomUUID(), ownerId: ministry.id, providerIds: [akimat.id] }, now),
      ),
    ];
    await publish(service.kafka, inputTopics.organizations, organizations);
    await publish(service.kafka, inputTopics.services, services);
    await handled(service.app, [...organizations, ...services]);
    // The Ministry of Labour's service the akimat delivers is part of the demo registry too: until it arrives,
    // nothing is seeded.
    expect(await seeder.seed()).toBe(false);
    const labourServiceId = randomUUID();
    const labour = serviceIncluded(
      { id: labourServiceId, ownerId: DEMO_ORGANIZATIONS.ministryOfLabour, providerIds: [akimat.id] },
      now,
    );
    await publish(service.kafka, inputTopics.services, [labour]);
    await handled(service.app, [labour]);

    expect(await seeder.seed()).toBe(true);
    const owners = await query<{ serviceId: string; ownerId: string }>(
      'SELECT service_id AS "serviceId", owner_id AS "ownerId" FROM standard_version_ref',
    );
    expect(owners).toHaveLength(5);
    expect(new Set(owners.map((o) => o.ownerId))).toEqual(
      new Set([ministry.id, DEMO_ORGANIZATIONS.ministryOfLabour]),
    );
    expect(owners.map((o) => o.serviceId)).not.toContain(akimatServiceId);
    const rows = await query<{ status: string; channel: string }>('SELECT status, channel FROM application');
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['accepted', 'in_work', 'result_ready', 'issued', 'refused', 'withdrawn']),
    );
    expect(new Set(rows.map((r) => r.channel))).toEqual(
      new Set(['psc', 'specialised_psc', 'provider', 'electronic']),
    );
    const [refusals] = await query<{ n: number }>('SELECT count(*)::int AS n FROM intake_refusal');
    // One today and one every other month of the six months' history.
    expect(refusals?.n).toBe(4);
    // Each went through the outbox like any application: one submitted event per application.
    const [submitted] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_message WHERE event_type LIKE '%application.submitted%'`,
    );
    expect(submitted?.n).toBe(rows.length);
    // Every event the seeding wrote, of every type, matches the JSON Schema published for integrators.
    const events = await query<{ type: string; payload: unknown }>(
      'SELECT event_type AS type, payload FROM outbox_message',
    );
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThan(3);
    expect(
      events.flatMap((e) => jsonSchemaProblems(e.type, e.payload).map((p) => `${e.type}: ${p}`)),
    ).toEqual([]);
    // A paid service's result waits for its fee (Art. 18).
    const [awaiting] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM application WHERE status = 'result_ready' AND fee_kzt IS NOT NULL AND paid_at IS NULL`,
    );
    expect(awaiting?.n).toBe(1);

    // The history: accepted in each of the six months before this one, dated by the real intake.
    const months = await query<{ month: string }>(
      `SELECT DISTINCT to_char(accepted_at AT TIME ZONE 'Asia/Almaty', 'YYYY-MM') AS month FROM application
        ORDER BY month`,
    );
    expect(months.map((m) => m.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    const late = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM application WHERE status = 'issued' AND issued_at > due_at`,
    );
    expect(late[0]?.n).toBe(6);
    // The Ministry of Labour's application, in work three weeks, is past its term; the watcher raises it once.
    const [overdue] = await query<{ id: string; service_id: string; status: string }>(
      `SELECT id, service_id, status FROM application
        WHERE due_at < '${now.toISOString()}' AND status IN ('accepted', 'in_work')`,
    );
    expect(overdue).toMatchObject({ service_id: labourServiceId, status: 'in_work' });
    await service.app.get(DeadlineWatcher).tick();
    const raised = await query<{ key: string }>(
      `SELECT message_key AS key FROM outbox_message WHERE event_type LIKE '%application.overdue%'`,
    );
    expect(raised.map((r) => r.key)).toEqual([overdue?.id]);

    expect(await seeder.seed()).toBe(true);
    const [again] = await query<{ n: number }>('SELECT count(*)::int AS n FROM application');
    expect(again?.n).toBe(rows.length);
  });
});
