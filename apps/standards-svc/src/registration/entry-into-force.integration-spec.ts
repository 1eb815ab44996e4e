import { randomUUID } from 'node:crypto';
import { StandardsEventTypes } from '@kzps/contracts';
import type { IdentityClaimsInput } from '@kzps/auth';
import { DataSource } from 'typeorm';
import type { TestOrganization } from '../test/harness';
import { outboxEvents } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { approvingAct, publishedOn, standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';
import { EntryIntoForceWatcher } from './entry-into-force.watcher';

// Law "On legal acts" (D31): a registered standard enters into force on the day its act states, or ten
// calendar days after its first official publication, and is announced to applications-svc (which accepts
// applications only under a standard in force) on that day, not before.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000012', kind: 'central-state-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, psa, ia, justice];
const owner = officerOf(ministry, 'owner-officer');
const registrar = officerOf(justice, 'justice-officer');
const includedAt = new Date('2026-02-20T05:00:00Z');

describe('entry into force of a registered standard (Law "On legal acts")', () => {
  const { app, call, clock, driver } = useStandardsApp(
    'standards_entry_into_force',
    organizations,
    includedAt,
  );

  /** A central service the ministry delivers itself, agreed on 27 March. */
  const agreedStandard = (): Promise<string> =>
    standardAt(driver(), {
      service: { id: randomUUID(), ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] },
      includedAt,
      stage: 'registration',
      owner,
      content: completeContent(ministry.id),
      noticeAt: new Date('2026-03-27T05:00:00Z'),
      approverOf: (): IdentityClaimsInput => officerOf(psa, 'public-services-authority'),
    });

  /** Approved by the order of 27 March (stating `inForceOn` or not), registered on the 30th. */
  async function registeredStandard(inForceOn?: string): Promise<string> {
    const id = await agreedStandard();
    const act = { ...approvingAct(clock, '2026-03-27'), ...(inForceOn ? { inForceOn } : {}) };
    expect((await call('PUT', `/api/v1/standards/${id}/approving-act`, owner, act)).statusCode).toBe(200);
    clock.set('2026-03-30T05:00:00Z');
    const registered = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
      number: `e-${id.slice(0, 8)}`,
      date: '2026-03-30',
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({ inForceFrom: null, publication: null });
    return id;
  }

  /** The owner records the act's first publication, in the reference control bank on 1 April. */
  const publishOn1April = (id: string) =>
    call('PUT', `/api/v1/standards/${id}/publication`, owner, publishedOn('2026-04-01'));
  const statusOf = async (id: string): Promise<string> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<{ status: string }>().status;
  const announced = async (id: string) => outboxEvents(app(), StandardsEventTypes.standardInForce, id);
  const sweep = (): Promise<number> => app().get(EntryIntoForceWatcher).tick();
  /** `periodic_sweep_items_total{sweep="entry_into_force",outcome="failed"}`, as /metrics exports it. */
  const failedEntries = async (): Promise<number> => {
    const metrics = (await app().inject({ method: 'GET', url: '/metrics' })).body;
    const line =
      /periodic_sweep_items_total\{[^}]*sweep="entry_into_force"[^}]*outcome="failed"[^}]*\} (\d+)/.exec(
        metrics,
      );
    return Number(line?.[1]);
  };

  it('Law "On legal acts": enters into force on the day its act states, and is announced that day', async () => {
    const id = await registeredStandard('2026-04-15');
    clock.set('2026-04-02T05:00:00Z');
    const published = await publishOn1April(id);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      source: 'reference_control_bank',
      sourceName: { ru: 'Эталонный контрольный банк нормативных правовых актов Республики Казахстан' },
      firstPublishedOn: '2026-04-01',
      inForceOn: '2026-04-15',
      inForceBasis: 'stated_in_act',
      // The start of 15 April in Kazakhstan (UTC+5).
      inForceFrom: '2026-04-14T19:00:00.000Z',
      status: 'registered',
    });
    // The last minute of 14 April: still registered.
    clock.set('2026-04-14T18:59:00Z');
    await sweep();
    expect(await statusOf(id)).toBe('registered');
    expect(await announced(id)).toEqual([]);
    clock.set('2026-04-14T19:00:00Z');
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    expect(await statusOf(id)).toBe('in_force');
    const [event] = await announced(id);
    expect(event?.payload).toMatchObject({ inForceFrom: '2026-04-14T19:00:00.000Z' });
    // Once only, whichever pass comes next.
    await sweep();
    expect(await announced(id)).toHaveLength(1);
  });

  it('Law "On legal acts": an act stating no day enters into force ten calendar days after its first publication', async () => {
    const id = await registeredStandard();
    // Published on 31 March, entered a day later: the ten days run 1-10 April, in force from 11 April.
    clock.set('2026-04-01T05:00:00Z');
    const published = await call('PUT', `/api/v1/standards/${id}/publication`, owner, {
      sourceName: { kk: '«Заң газеті»', ru: '«Юридическая газета»' },
      firstPublishedOn: '2026-03-31',
    });
    expect(published.json()).toMatchObject({
      source: null,
      sourceName: { ru: '«Юридическая газета»' },
      inForceOn: '2026-04-11',
      inForceBasis: 'ten_days_after_publication',
      inForceFrom: '2026-04-10T19:00:00.000Z',
    });
    clock.set('2026-04-10T18:00:00Z');
    await sweep();
    expect(await statusOf(id)).toBe('registered');
    clock.set('2026-04-11T03:00:00Z');
    await sweep();
    expect(await statusOf(id)).toBe('in_force');
    const version = (await call('GET', `/api/v1/standards/${id}`)).json<{
      inForce: { inForceFrom: string; publication: { firstPublishedOn: string } };
    }>().inForce;
    expect(version).toMatchObject({
      inForceFrom: '2026-04-10T19:00:00.000Z',
      publication: { firstPublishedOn: '2026-03-31' },
    });
    // The publication is a fact entered late: accepted, and on record as such.
    const audit: Array<{ summary: string }> = await app()
      .get(DataSource)
      .query(`SELECT summary FROM audit_record WHERE resource_id = $1 AND action = $2`, [
        id,
        'standard.publication.record',
      ]);
    expect(audit).toEqual([
      {
        summary:
          'Version 1: first published on 2026-03-31 (other), recorded on 2026-04-01; in force from 2026-04-11 ' +
          '(ten_days_after_publication)',
      },
    ]);
  });

  it('Law "On legal acts": a registered standard is not in force before its day, so no application can be accepted under it', async () => {
    const id = await registeredStandard();
    // Registered but not published: no day at all; the watcher leaves it registered.
    clock.set('2026-06-01T05:00:00Z');
    await sweep();
    expect(await statusOf(id)).toBe('registered');
    const inForce = await call('GET', `/api/v1/standards?status=in_force&size=200`);
    expect(inForce.json<{ items: Array<{ id: string }> }>().items.map((s) => s.id)).not.toContain(id);
    // applications-svc takes a standard only from `standard.in-force`: none was written.
    expect(await announced(id)).toEqual([]);
    // Nor can a publication be in the future, or before the registration.
    const future = await call('PUT', `/api/v1/standards/${id}/publication`, owner, publishedOn('2026-06-02'));
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'PUBLICATION_DATE_IN_FUTURE', field: 'firstPublishedOn' });
    const early = await call('PUT', `/api/v1/standards/${id}/publication`, owner, publishedOn('2026-03-29'));
    expect(early.json()).toMatchObject({
      code: 'PUBLICATION_BEFORE_REGISTRATION',
      registrationDate: '2026-03-30',
    });
    const nowhere = await call('PUT', `/api/v1/standards/${id}/publication`, owner, {
      firstPublishedOn: '2026-04-01',
    });
    expect(nowhere.json()).toMatchObject({ code: 'PUBLICATION_SOURCE_MISSING' });
    // Only the central body that adopted the act records it.
    const byRegistrar = await call(
      'PUT',
      `/api/v1/standards/${id}/publication`,
      registrar,
      publishedOn('2026-04-01'),
    );
    expect(byRegistrar.statusCode).toBe(403);
    expect(await statusOf(id)).toBe('registered');
    expect(await announced(id)).toEqual([]);
  });

  it('Law "On legal acts": a version that cannot enter into force is parked with its reason in Kazakh and Russian (Art. 3, 5.5.2), audited and counted, and another due that day enters into force', async () => {
    const healthy = await registeredStandard('2026-04-15');
    const poisoned = await registeredStandard('2026-04-15');
    clock.set('2026-04-02T05:00:00Z');
    for (const id of [healthy, poisoned]) expect((await publishOn1April(id)).statusCode).toBe(200);
    // A version registered before completeness was checked at every step: its term is missing.
    const db = app().get(DataSource);
    const poisonedVersion = `(SELECT working_version_id FROM standard WHERE id = $1)`;
    const [{ term }] = await db.query<Array<{ term: object }>>(
      `SELECT content -> 'term' AS term FROM standard_version WHERE id = ${poisonedVersion}`,
      [poisoned],
    );
    await db.query(`UPDATE standard_version SET content = content - 'term' WHERE id = ${poisonedVersion}`, [
      poisoned,
    ]);
    const failedBefore = await failedEntries();

    clock.set('2026-04-14T19:00:00Z');
    await sweep();
    expect(await statusOf(healthy)).toBe('in_force');
    expect(await announced(healthy)).toHaveLength(1);
    expect(await statusOf(poisoned)).toBe('registered');
    expect(await announced(poisoned)).toEqual([]);
    // The owner reads why on the version; the public reads only that it is registered.
    const parking = {
      parkedAt: '2026-04-14T19:00:00.000Z',
      error: {
        kk: expect.stringMatching(/^Нұсқа өз күнінде күшіне енбеді: /),
        ru: expect.stringMatching(/^Версия не вступила в силу в свой день: /),
      },
    };
    const ownerRead = await call('GET', `/api/v1/standards/${poisoned}`, owner);
    expect(ownerRead.json()).toMatchObject({
      working: { status: 'registered', entryIntoForceParking: parking },
    });
    const publicRead = await call('GET', `/api/v1/standards/${poisoned}`);
    expect(publicRead.json<{ working: object }>().working).not.toHaveProperty('entryIntoForceParking');
    const parkedAudit = () =>
      db.query(`SELECT actor_subject FROM audit_record WHERE resource_id = $1 AND action = $2`, [
        poisoned,
        'standard.enter-into-force-parked',
      ]);
    expect(await parkedAudit()).toEqual([{ actor_subject: 'system:standards-svc' }]);
    expect(await failedEntries()).toBe(failedBefore + 1);

    // Parked, it is left out of the next passes.
    clock.set('2026-04-15T05:00:00Z');
    await sweep();
    expect(await failedEntries()).toBe(failedBefore + 1);
    expect(await parkedAudit()).toHaveLength(1);

    // Its cause fixed, the owner records the publication again, and the version enters into force.
    await db.query(
      `UPDATE standard_version SET content = jsonb_set(content, '{term}', $2) WHERE id = ${poisonedVersion}`,
      [poisoned, JSON.stringify(term)],
    );
    const again = await publishOn1April(poisoned);
    expect(again.json()).toMatchObject({ status: 'in_force' });
    expect(await announced(poisoned)).toHaveLength(1);
  });

  it('Law "On legal acts": refuses an act stating a day before its own date', async () => {
    const id = await agreedStandard();
    const act = { ...approvingAct(clock, '2026-03-27'), inForceOn: '2026-03-20' };
    const refused = await call('PUT', `/api/v1/standards/${id}/approving-act`, owner, act);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'APPROVING_ACT_IN_FORCE_BEFORE_ACT',
      actDate: '2026-03-27',
    });
  });
});
