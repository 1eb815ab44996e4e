import { RegistryEventTypes } from '@kzps/contracts';
import { DataSource } from 'typeorm';
import { birthRegistration } from '../test/registry-fixtures';
import { registrySuite } from '../test/registry-suite';
import { ScheduledVersionsWatcher } from './scheduled-versions.watcher';

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

interface Version {
  version: number;
  change: string;
  appliedAt: string | null;
  parking: { parkedAt: string; error: { kk: string; ru: string } } | null;
  revocation: unknown;
}

/** 00:00 on 1 January 2099 in Kazakhstan. */
const NEW_YEAR_2099 = new Date('2098-12-31T19:00:00Z');
const LATER_INCLUSION = { decreeNumber: '2001', decreeDate: '2025-06-01', effectiveDate: '2099-01-01' };
/** Within the 2,000 characters an entry's name may have, beyond the 1,000 its event may carry. */
const LONG_NAME = { kk: 'Қ'.repeat(1500), ru: 'Р'.repeat(1500) };

/**
 * Issue 13, defect 1: one scheduled decree whose event breaks the contract stopped every decree due the same
 * day, for good, and could not be revoked. Each layer is tested on its own.
 */
describe('a decree that cannot be announced never stops the others (issue 13.1)', () => {
  const suite = registrySuite();

  const postDraft = (payload: object) =>
    suite.t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: { authorization: `Bearer ${suite.f.writer}` },
      payload: { ...birthRegistration(suite.f), ...payload },
    });

  const versions = async (id: string): Promise<Version[]> =>
    (await suite.r.read(`/services/${id}/versions?size=50`, suite.f.writer)).json<{ items: Version[] }>()
      .items;

  it.each([
    ['a name blank after trimming', { name: { kk: ' ', ru: '\t' } }, ['name.kk', 'name.ru']],
    ['a name that is a list', { name: [] }, ['name']],
    ['a description that is a list', { description: [] }, ['description']],
    ['a name that is a number', { name: 7 }, ['name']],
  ])('refuses %s with 400 naming the field', async (_case, payload, fields) => {
    const response = await postDraft(payload);
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect([...new Set(problem.errors?.map((e) => e.field))].sort()).toEqual(fields);
  });

  it('refuses, when it is recorded, an inclusion whose event would break the contract, naming the fields', async () => {
    const id = await suite.r.draft({ name: LONG_NAME });
    const response = await suite.r.action(id, 'inclusion', LATER_INCLUSION);
    expect(response.statusCode).toBe(422);
    const problem = response.json<Problem>();
    expect(problem.code).toBe('SERVICE_EVENT_UNPUBLISHABLE');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['nameKk', 'nameRu']);
    // Nothing recorded: the draft has no pending act.
    expect((await versions(id)).map((v) => v.change)).toEqual(['created']);
  });

  it('refuses an amendment whose event would break the contract, when it is recorded', async () => {
    const id = await suite.r.included();
    const response = await suite.r.action(id, 'amendments', {
      ...LATER_INCLUSION,
      changes: { name: LONG_NAME },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<Problem>()).toMatchObject({
      code: 'SERVICE_EVENT_UNPUBLISHABLE',
      errors: [{ field: 'nameKk' }, { field: 'nameRu' }],
    });
  });

  it('applies the healthy decree due the same day as a poisoned one, parks the poisoned one with its reason in Kazakh and Russian (Art. 3, 5.5.2), and lets it be revoked', async () => {
    const healthy = await suite.r.draft();
    const poisoned = await suite.r.draft();
    for (const id of [healthy, poisoned]) {
      expect((await suite.r.action(id, 'inclusion', LATER_INCLUSION)).statusCode).toBe(200);
    }
    // A decree recorded before contracts were checked at request time, with a name blank after trimming.
    const db = suite.t.app.get(DataSource);
    await db.query(
      `UPDATE service_entry_version SET content = jsonb_set(content, '{nameKk}', '""')
        WHERE service_id = $1 AND change = 'included'`,
      [poisoned],
    );

    suite.clock.set(NEW_YEAR_2099);
    expect(await suite.t.app.get(ScheduledVersionsWatcher).tick()).toBe(1);

    expect((await suite.r.read(`/services/${healthy}`)).json()).toMatchObject({ status: 'included' });
    expect(
      await db.query(`SELECT 1 FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [
        RegistryEventTypes.serviceIncluded,
        healthy,
      ]),
    ).toHaveLength(1);

    // The poisoned one waits, with its error on the entry's versions, audited and counted.
    const [, parked] = await versions(poisoned);
    expect(parked).toMatchObject({
      change: 'included',
      appliedAt: null,
      parking: {
        parkedAt: NEW_YEAR_2099.toISOString(),
        error: {
          kk: expect.stringMatching(/^Акт өз күнінде қолданылмады: .*\(өрістер: nameKk\)/),
          ru: expect.stringMatching(/^Акт не применён в день вступления в силу: .*\(поля: nameKk\)/),
        },
      },
    });
    expect(await db.query(`SELECT 1 FROM outbox_message WHERE message_key = $1`, [poisoned])).toEqual([]);
    expect(
      await db.query(
        `SELECT actor_subject FROM audit_record WHERE resource_id = $1 AND action = 'service.version-parked'`,
        [poisoned],
      ),
    ).toEqual([{ actor_subject: 'system:registry-svc' }]);
    const metrics = (await suite.t.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(
      /periodic_sweep_items_total\{[^}]*sweep="scheduled_versions"[^}]*outcome="failed"[^}]*\} 1/,
    );

    // Parked, it is not tried again on the next passes.
    expect(await suite.t.app.get(ScheduledVersionsWatcher).tick()).toBe(0);

    // Its day has come, but it never took effect: the authority revokes it, and the draft is its own again.
    const revoked = await suite.t.inject({
      method: 'POST',
      url: `/api/v1/registry/services/${poisoned}/versions/${parked?.version}/revocation`,
      headers: { authorization: `Bearer ${suite.f.writer}` },
      payload: { reason: { kk: 'Атауы бос', ru: 'Пустое наименование' } },
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'draft', pending: [] });
  });
});
