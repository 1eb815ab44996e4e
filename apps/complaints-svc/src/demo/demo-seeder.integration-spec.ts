import { randomUUID } from 'node:crypto';
import { DEMO_ORGANIZATIONS, DEMO_RECIPIENTS } from '@kzps/auth/testing';
import { ComplaintsEventTypes } from '@kzps/contracts';
import { eventually, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import {
  inputTopics,
  organizationUpserted,
  outboxEvents,
  serviceIncluded,
  startService,
  type RunningService,
  type TestOrganization,
} from '../test/harness';
import { DemoComplaintsSeeder } from './demo-seeder';

// Monday 1 June 2026, 09:00 in Astana.
const clock = new TestClock(new Date('2026-06-01T04:00:00.000Z'));
const registryTime = new Date('2026-05-01T04:00:00.000Z');

/** The demo registry's bodies as registry-svc publishes them, under the demo users' organisation ids. */
const demoBodies: TestOrganization[] = [
  {
    id: DEMO_ORGANIZATIONS.almatyAkimat,
    bin: '990340001230',
    kind: 'local-executive-body',
    roles: ['provider'],
    regionKato: '750000000',
  },
  {
    id: DEMO_ORGANIZATIONS.ministryOfLabour,
    bin: '010140000014',
    kind: 'central-state-body',
    roles: ['service-owner', 'provider'],
    regionKato: '710000000',
  },
  {
    id: DEMO_ORGANIZATIONS.civilServiceAgency,
    bin: '990240000010',
    kind: 'central-state-body',
    roles: ['quality-authority'],
    regionKato: '710000000',
  },
];

interface ComplaintFile {
  status: string;
  form: string;
  court: unknown;
  requirements: unknown[];
  notices: Array<{ text: unknown }>;
  stages: Array<{
    instanceId: string;
    state: string;
    extensions: unknown[];
    decision: { measures: unknown[] } | null;
  }>;
}

describe('the demo complaints (SEED_DEMO_DATA)', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('complaints_demo', clock, { SEED_DEMO_DATA: 'true' });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  });

  const count = async (): Promise<number> => {
    const [row] = await service.app
      .get(DataSource)
      .query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM complaint');
    return row?.n ?? 0;
  };

  it('waits for the demo registry, then files complaints at every point of the chains of Art. 19.2-3, once', async () => {
    // Nothing can be filed before the registry's events bring the services and the bodies of their chains.
    expect(await service.app.get(DemoComplaintsSeeder).seed()).toBe('waiting');
    await service.publish(
      inputTopics.organizations,
      demoBodies.map((body) => organizationUpserted(body, registryTime)),
    );
    const { almatyAkimat, ministryOfLabour, civilServiceAgency } = DEMO_ORGANIZATIONS;
    await service.publish(inputTopics.services, [
      serviceIncluded(
        { id: randomUUID(), ownerId: ministryOfLabour, providerIds: [almatyAkimat] },
        registryTime,
      ),
      serviceIncluded(
        { id: randomUUID(), ownerId: ministryOfLabour, providerIds: [ministryOfLabour] },
        registryTime,
      ),
    ]);
    // The bootstrap's poll files them on its own once the read model has what they need.
    await eventually(async () => (await count()) === 8 || undefined, 'the demo complaints filed');

    const citizen = {
      subject: 'demo-citizen',
      roles: ['recipient' as const],
      iin: DEMO_RECIPIENTS.citizenIin,
    };
    const mine = (await service.call('GET', '/api/v1/complaints/mine?size=20', citizen)).json<{
      items: Array<{ complaintId: string }>;
    }>();
    expect(mine.items).toHaveLength(8);
    const views = await Promise.all(
      mine.items.map(async ({ complaintId }) =>
        (await service.call('GET', `/api/v1/complaints/${complaintId}`, citizen)).json<ComplaintFile>(),
      ),
    );
    const current = (instanceId: string, state: string) =>
      views.filter((v) => v.stages[0]?.instanceId === instanceId && v.stages[0]?.state === state).length;
    // Open at the akimat: just registered, extended, and the paper one the ministry redirected there.
    expect(current(almatyAkimat, 'open')).toBe(3);
    expect(current(almatyAkimat, 'decided')).toBe(1);
    // At the ministry: escalated from the akimat, and the two about its own service (one in court).
    expect(current(ministryOfLabour, 'open')).toBe(2);
    expect(current(ministryOfLabour, 'closed')).toBe(1);
    expect(current(civilServiceAgency, 'decided')).toBe(1);
    expect(views.filter((v) => v.form === 'paper')).toHaveLength(1);
    expect(views.filter((v) => v.status === 'withdrawn')).toHaveLength(1);
    expect(views.filter((v) => v.court !== null)).toHaveLength(1);
    expect(views.filter((v) => v.requirements.length === 1)).toHaveLength(1);
    expect(views.filter((v) => (v.stages[0]?.extensions.length ?? 0) === 1)).toHaveLength(1);
    expect(views.filter((v) => (v.stages[0]?.decision?.measures.length ?? 0) > 0)).toHaveLength(2);
    // Every text a person reads in them is in Kazakh and Russian.
    for (const view of views) {
      for (const notice of view.notices)
        expect(notice.text).toEqual({ kk: expect.any(String), ru: expect.any(String) });
    }

    // Each step raised its event, as a request would have.
    const types = new Set((await outboxEvents(service.app)).map((event) => event.type));
    for (const type of [
      ComplaintsEventTypes.registered,
      ComplaintsEventTypes.redirected,
      ComplaintsEventTypes.extended,
      ComplaintsEventTypes.decided,
      ComplaintsEventTypes.escalated,
      ComplaintsEventTypes.requirementIssued,
      ComplaintsEventTypes.courtRecorded,
      ComplaintsEventTypes.withdrawn,
    ]) {
      expect(types).toContain(type);
    }

    // A second seed (another replica, a restart) files nothing.
    expect(await service.app.get(DemoComplaintsSeeder).seed()).toBe(0);
    expect(await count()).toBe(8);
  });
});
