import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { localDateOf } from '@kzps/calendar';
import { RegistryEventTypes } from '@kzps/contracts';
import { DataSource } from 'typeorm';
import { birthRegistration } from '../test/registry-fixtures';
import { registrySuite } from '../test/registry-suite';
import { startRegistryReplica } from '../test/registry-test-app';
import { ScheduledVersionsWatcher } from './scheduled-versions.watcher';

interface Entry {
  id: string;
  code: string;
  status: string;
  version: number;
  termWorkingDays: number | null;
  includedAt: string | null;
  excludedAt: string | null;
  pending: Array<{
    version: number;
    change: string;
    effectiveDate: string;
    appliedAt: string | null;
    entry: { status: string; termWorkingDays: number | null };
  }>;
}

/** 00:00 on 1 January 2099 in Kazakhstan (UTC+5), and the second before it. */
const NEW_YEAR_2099 = new Date('2098-12-31T19:00:00Z');
const EVE_2099 = new Date('2098-12-31T18:59:59Z');

describe('decrees that take effect later', () => {
  const suite = registrySuite();

  async function outboxEvents(type: string, subject: string): Promise<Array<Record<string, unknown>>> {
    const rows = await suite.t.app
      .get(DataSource)
      .query<Array<{ payload: Record<string, unknown> }>>(
        `SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
        [type, subject],
      );
    return rows.map((row) => row.payload);
  }

  const entry = async (id: string, token?: string) =>
    (await suite.r.read(`/services/${id}`, token)).json<Entry>();
  const listed = async (code: string) =>
    (await suite.r.read(`/services?q=${encodeURIComponent(code)}`)).json<{ items: Entry[] }>().items;

  let amendedLater: string;
  let excludedLater: string;
  let includedLater: string;

  it('keeps the entry as it is until an amendment takes effect, and shows the amendment as pending', async () => {
    amendedLater = await suite.r.included();
    const response = await suite.r.action(amendedLater, 'amendments', {
      decreeNumber: '77',
      decreeDate: '2025-06-01',
      effectiveDate: '2099-01-01',
      changes: { termWorkingDays: 7 },
    });
    expect(response.statusCode).toBe(200);
    const expected = {
      status: 'included',
      version: 2,
      termWorkingDays: 1,
      pending: [
        {
          version: 3,
          change: 'amended',
          effectiveDate: '2099-01-01',
          appliedAt: null,
          entry: expect.objectContaining({ status: 'amended', termWorkingDays: 7 }),
        },
      ],
    };
    expect(response.json()).toMatchObject(expected);
    expect(await entry(amendedLater)).toMatchObject(expected);

    const [found] = await listed((await entry(amendedLater)).code);
    expect(found).toMatchObject({ status: 'included', termWorkingDays: 1 });
    const asOf = (date: string) => suite.r.read(`/services/${amendedLater}?asOf=${date}`);
    expect((await asOf('2098-12-31')).json()).toMatchObject({ status: 'included', termWorkingDays: 1 });
    expect((await asOf('2099-01-01')).json()).toMatchObject({ status: 'amended', termWorkingDays: 7 });
    expect(await outboxEvents(RegistryEventTypes.serviceAmended, amendedLater)).toEqual([]);
  });

  it('keeps an entry in the registry until its exclusion takes effect, and refuses changes after it', async () => {
    excludedLater = await suite.r.included();
    const excluded = await suite.r.action(excludedLater, 'exclusion', {
      decreeNumber: '90',
      decreeDate: '2025-09-01',
      effectiveDate: '2099-03-01',
    });
    expect(excluded.statusCode).toBe(200);
    expect(excluded.json()).toMatchObject({
      status: 'included',
      excludedAt: null,
      pending: [{ change: 'excluded', effectiveDate: '2099-03-01' }],
    });
    expect((await listed(excluded.json<Entry>().code)).map((e) => e.id)).toEqual([excludedLater]);

    const afterExclusion = await suite.r.action(excludedLater, 'amendments', {
      decreeNumber: '91',
      decreeDate: '2025-10-01',
      effectiveDate: '2099-04-01',
      changes: { termWorkingDays: 3 },
    });
    expect(afterExclusion.statusCode).toBe(409);
    expect(afterExclusion.headers['content-type']).toContain('application/problem+json');
    expect(afterExclusion.json()).toMatchObject({
      code: 'SERVICE_CHANGE_SCHEDULED',
      scheduled: { change: 'excluded', effectiveDate: '2099-03-01', decreeNumber: '90' },
    });
    expect(afterExclusion.json<{ detail: string }>().detail).toContain('exclusion');

    const beforeExclusion = await suite.r.action(excludedLater, 'amendments', {
      decreeNumber: '92',
      decreeDate: '2025-10-01',
      changes: { termWorkingDays: 3 },
    });
    expect(beforeExclusion.statusCode).toBe(409);
    expect(beforeExclusion.json().code).toBe('SERVICE_CHANGE_SCHEDULED');
    const again = await suite.r.action(excludedLater, 'exclusion', {
      decreeNumber: '93',
      decreeDate: '2099-05-01',
    });
    expect(again.json().code).toBe('SERVICE_CHANGE_SCHEDULED');
    expect(await outboxEvents(RegistryEventTypes.serviceExcluded, excludedLater)).toEqual([]);
  });

  it('leaves a draft out of the registry until its inclusion takes effect', async () => {
    includedLater = await suite.r.draft();
    const response = await suite.r.action(includedLater, 'inclusion', {
      decreeNumber: '2001',
      decreeDate: '2098-12-20',
      effectiveDate: '2099-01-01',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'draft',
      includedAt: null,
      inclusion: null,
      pending: [{ change: 'included', effectiveDate: '2099-01-01', entry: { status: 'included' } }],
    });
    expect((await suite.r.read(`/services/${includedLater}`)).statusCode).toBe(404);
    expect(await outboxEvents(RegistryEventTypes.serviceIncluded, includedLater)).toEqual([]);

    const edit = await suite.t.inject({
      method: 'PUT',
      url: `/api/v1/registry/services/${includedLater}`,
      headers: { authorization: `Bearer ${suite.f.writer}` },
      payload: { ...birthRegistration(suite.f), termWorkingDays: 4 },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('SERVICE_CHANGE_SCHEDULED');
    const second = await suite.r.action(includedLater, 'inclusion', {
      decreeNumber: '2002',
      decreeDate: '2098-12-21',
    });
    expect(second.json().code).toBe('SERVICE_CHANGE_SCHEDULED');

    // An amendment may follow the scheduled inclusion.
    const amendment = await suite.r.action(includedLater, 'amendments', {
      decreeNumber: '2003',
      decreeDate: '2098-12-25',
      effectiveDate: '2099-02-01',
      changes: { termWorkingDays: 2 },
    });
    expect(amendment.statusCode).toBe(200);
    expect(amendment.json<Entry>().pending.map((p) => [p.change, p.effectiveDate])).toEqual([
      ['included', '2099-01-01'],
      ['amended', '2099-02-01'],
    ]);
  });

  it('applies a decree effective today at once, with its event', async () => {
    const id = await suite.r.included();
    const today = localDateOf(new Date());
    const response = await suite.r.action(id, 'amendments', {
      decreeNumber: '300',
      decreeDate: today,
      effectiveDate: today,
      changes: { termWorkingDays: 5 },
    });
    expect(response.json()).toMatchObject({ status: 'amended', version: 3, termWorkingDays: 5, pending: [] });
    expect(await outboxEvents(RegistryEventTypes.serviceAmended, id)).toEqual([
      expect.objectContaining({ termWorkingDays: 5, version: 3 }),
    ]);
  });

  describe('the watcher with two replicas', () => {
    let second: NestFastifyApplication;

    beforeAll(async () => {
      second = await startRegistryReplica(suite.t.config, suite.clock);
    }, 60_000);

    afterAll(async () => {
      await second?.close();
    });

    const watchers = () => [suite.t.app.get(ScheduledVersionsWatcher), second.get(ScheduledVersionsWatcher)];

    it('applies nothing before 00:00 in Kazakhstan of the effective date', async () => {
      suite.clock.set(EVE_2099);
      expect(await Promise.all(watchers().map((w) => w.tick()))).toEqual([0, 0]);
      expect(await entry(amendedLater)).toMatchObject({ status: 'included', version: 2 });
    });

    it('applies each due version exactly once, and publishes its event once', async () => {
      // Both replicas at once. Due on 1 January 2099: the amendment and the inclusion (the February
      // amendment and the March exclusion wait); between them the replicas apply each once.
      suite.clock.set(NEW_YEAR_2099);
      const applied = await Promise.all(watchers().map((w) => w.tick()));
      expect(applied.reduce((sum, n) => sum + n, 0)).toBe(2);
      expect(await Promise.all(watchers().map((w) => w.tick()))).toEqual([0, 0]);

      expect(await entry(amendedLater)).toMatchObject({
        status: 'amended',
        version: 3,
        termWorkingDays: 7,
        pending: [],
      });
      expect(await outboxEvents(RegistryEventTypes.serviceAmended, amendedLater)).toEqual([
        expect.objectContaining({ version: 3, termWorkingDays: 7, amendedAt: NEW_YEAR_2099.toISOString() }),
      ]);

      // The inclusion starts the statutory clocks at its effective moment, not when it was recorded.
      const nowIncluded = await entry(includedLater);
      expect(nowIncluded).toMatchObject({
        status: 'included',
        includedAt: '2099-01-01T00:00:00+05:00',
        pending: [{ change: 'amended', effectiveDate: '2099-02-01' }],
      });
      expect(await outboxEvents(RegistryEventTypes.serviceIncluded, includedLater)).toEqual([
        expect.objectContaining({
          includedAt: NEW_YEAR_2099.toISOString(),
          decree: expect.objectContaining({ number: '2001' }),
        }),
      ]);
      expect(await entry(excludedLater)).toMatchObject({
        status: 'included',
        pending: [{ change: 'excluded' }],
      });

      const audit = await suite.t.app
        .get(DataSource)
        .query<Array<{ actor_subject: string }>>(
          `SELECT actor_subject FROM audit_record WHERE resource_id = $1 AND action = 'service.version-applied'`,
          [amendedLater],
        );
      expect(audit).toEqual([{ actor_subject: 'system:registry-svc' }]);
    });

    it('excludes the entry when its exclusion takes effect, with the entry in the event', async () => {
      suite.clock.set('2099-02-28T19:00:00Z');
      await Promise.all(watchers().map((w) => w.tick()));
      const excluded = await entry(excludedLater);
      expect(excluded).toMatchObject({
        status: 'excluded',
        excludedAt: '2099-03-01T00:00:00+05:00',
        pending: [],
      });
      expect((await listed(excluded.code)).map((e) => e.id)).toEqual([]);
      expect(await outboxEvents(RegistryEventTypes.serviceExcluded, excludedLater)).toEqual([
        expect.objectContaining({
          serviceId: excludedLater,
          code: excluded.code,
          nameRu: expect.any(String),
          ownerOrganizationId: suite.f.ministryId,
          excludedAt: '2099-02-28T19:00:00.000Z',
        }),
      ]);
    });
  });
});
