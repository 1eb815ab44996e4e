import { randomUUID } from 'node:crypto';
import { StandardsEventTypes } from '@kzps/contracts';
import type { TestOrganization, TestService } from '../test/harness';
import { outboxEvents } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';
import { InformationUpdateWatcher } from './information-update.watcher';

// Art. 17.2: within three working days of a standard's adoption or change the owner and the providers update
// their information on the order of delivery; each body confirms its own update.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000510', kind: 'central-state-body' };
const centre: TestOrganization = { id: randomUUID(), bin: '100000000520', kind: 'legal-entity' };
const { psa, ia, justice } = designatedBodies();
const owner = officerOf(ministry, 'owner-officer');
const includedAt = new Date('2026-03-02T05:00:00Z');

interface Duty {
  organizationId: string;
  roles: string[];
  change: string;
  startsOn: string;
  dueDate: string;
  dueAt: string;
  status: string;
  updatedOn: string | null;
}

describe('information updates after adoption (Art. 17.2)', () => {
  const { app, call, clock, driver } = useStandardsApp(
    'standards_information_updates',
    [ministry, centre, psa, ia, justice],
    includedAt,
  );

  const published = async (type: string, id: string): Promise<Array<Record<string, unknown>>> =>
    (await outboxEvents(app(), type, id)).map((row) => row.payload);

  it('makes each provider confirm its own update; the unconfirmed become overdue on the calendar (Art. 17.2)', async () => {
    const service: TestService = {
      id: randomUUID(),
      ownerId: ministry.id,
      providerIds: [ministry.id, centre.id],
      channels: ['provider'],
    };
    const id = await standardAt(driver(), {
      service,
      includedAt,
      stage: 'in_force',
      owner,
      content: completeContent(ministry.id, 4, [ministry.id, centre.id]),
      noticeAt: new Date('2026-05-06T06:00:00Z'),
      approverOf: () => officerOf(psa, 'public-services-authority'),
      registrar: officerOf(justice, 'justice-officer'),
    });
    const duties = async (): Promise<Duty[]> =>
      (await call('GET', `/api/v1/standards/${id}/information-updates`)).json<Duty[]>();

    // Registered on Wednesday 6 May 2026. 7 May (Defender of the Fatherland Day) and 11 May (Victory Day, moved
    // from Saturday) are days off: the calendar ends the three working days on Wednesday 13 May.
    const [ministryDuty, centreDuty] = await duties();
    expect(ministryDuty).toMatchObject({
      organizationId: ministry.id,
      roles: ['owner', 'provider'],
      change: 'adoption',
      startsOn: '2026-05-06',
      dueDate: '2026-05-13',
      status: 'pending',
    });
    expect(centreDuty).toMatchObject({ organizationId: centre.id, roles: ['provider'], status: 'pending' });

    // Nobody confirms for another body: an officer of a body that neither owns nor delivers the service.
    clock.set('2026-05-08T06:00:00Z');
    const stranger = await call(
      'POST',
      `/api/v1/standards/${id}/information-updates`,
      officerOf(psa, 'provider-officer'),
    );
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json()).toMatchObject({ code: 'INFORMATION_UPDATE_NOT_OBLIGED' });
    // A date in the future is not an update that happened.
    const future = await call(
      'POST',
      `/api/v1/standards/${id}/information-updates`,
      officerOf(centre, 'provider-officer'),
      {
        updatedOn: '2026-05-09',
      },
    );
    expect(future.statusCode).toBe(422);
    expect(future.json()).toMatchObject({
      code: 'INFORMATION_UPDATE_DATE_OUT_OF_RANGE',
      latest: '2026-05-08',
    });

    // The centre's officer confirms the centre's update of 7 May, within the term.
    const confirmed = await call(
      'POST',
      `/api/v1/standards/${id}/information-updates`,
      officerOf(centre, 'provider-officer'),
      { updatedOn: '2026-05-07' },
    );
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<Duty[]>().map((d) => [d.organizationId, d.status, d.updatedOn])).toEqual([
      [ministry.id, 'pending', null],
      [centre.id, 'confirmed', '2026-05-07'],
    ]);
    const again = await call(
      'POST',
      `/api/v1/standards/${id}/information-updates`,
      officerOf(centre, 'provider-officer'),
    );
    expect(again.json()).toMatchObject({ code: 'INFORMATION_UPDATE_ALREADY_CONFIRMED' });

    // The term runs out with the ministry unconfirmed: raised once, for the ministry alone.
    clock.set('2026-05-13T19:00:01Z');
    const watcher = app().get(InformationUpdateWatcher);
    await watcher.tick();
    await watcher.tick();
    const overdue = await published(StandardsEventTypes.informationUpdateOverdue, id);
    expect(overdue).toEqual([
      expect.objectContaining({
        organizationId: ministry.id,
        roles: ['owner', 'provider'],
        dueDate: '2026-05-13',
        overdueAt: '2026-05-13T19:00:01.000Z',
      }),
    ]);
    expect((await duties()).map((d) => d.status)).toEqual(['overdue', 'confirmed']);

    // The ministry updates late; the version's term is met late, with the last update.
    clock.set('2026-05-15T06:00:00Z');
    const late = await call('POST', `/api/v1/standards/${id}/information-updates`, owner);
    expect(late.statusCode).toBe(200);
    expect(late.json<Duty[]>().map((d) => d.status)).toEqual(['confirmed_late', 'confirmed']);
    const confirmations = await published(StandardsEventTypes.informationUpdateConfirmed, id);
    expect(confirmations.map((c) => [c['organizationId'], c['updatedOn'], c['late']])).toEqual([
      [centre.id, '2026-05-07', false],
      [ministry.id, '2026-05-15', true],
    ]);
    const terms = (await call('GET', `/api/v1/standards/${id}`)).json<{
      terms: Array<{ kind: string; status: string }>;
    }>().terms;
    expect(terms.find((t) => t.kind === 'public_information')?.status).toBe('met_late');
  });
});
