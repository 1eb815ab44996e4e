import { RegistryEventTypes } from '@kzps/contracts';
import { DataSource } from 'typeorm';
import { birthRegistration } from '../test/registry-fixtures';
import { registrySuite } from '../test/registry-suite';
import { ScheduledVersionsWatcher } from './scheduled-versions.watcher';

interface Detail {
  status: string;
  version: number;
  termWorkingDays: number | null;
  pending: Array<{ version: number; change: string }>;
}

interface Problem {
  code: string;
  scheduled?: { version: number };
  errors?: Array<{ field: string }>;
}

const REASON = { kk: 'Бұйрық күшіне енгенге дейін күші жойылды', ru: 'Приказ отменён до вступления в силу' };
/** 00:00 on 1 January 2099 in Kazakhstan. */
const NEW_YEAR_2099 = new Date('2098-12-31T19:00:00Z');

describe('revoking a scheduled act before it takes effect', () => {
  const suite = registrySuite();

  const revoke = (
    id: string,
    version: number,
    payload: object = { reason: REASON },
    token = suite.f.writer,
  ) =>
    suite.t.inject({
      method: 'POST',
      url: `/api/v1/registry/services/${id}/versions/${version}/revocation`,
      headers: { authorization: `Bearer ${token}` },
      payload,
    });

  const amendLater = (id: string, effectiveDate: string, termWorkingDays: number) =>
    suite.r.action(id, 'amendments', {
      decreeKind: 'authorised-body-order',
      decreeNumber: `${termWorkingDays}/НҚ`,
      decreeDate: '2025-06-01',
      effectiveDate,
      changes: { termWorkingDays },
    });

  const query = <T>(sql: string, parameters: unknown[]) =>
    suite.t.app.get(DataSource).query<T>(sql, parameters);

  it('takes the act out of pending, keeps it revoked in the history, and never applies or announces it', async () => {
    const id = await suite.r.included();
    expect((await amendLater(id, '2099-01-01', 7)).json<Detail>().pending).toEqual([
      expect.objectContaining({ version: 3, change: 'amended' }),
    ]);

    const revoked = await revoke(id, 3);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<Detail>()).toMatchObject({ status: 'included', version: 2, pending: [] });

    const history = (await suite.r.read(`/services/${id}/versions`)).json<{
      items: Array<{ version: number; appliedAt: string | null; revocation: unknown }>;
    }>();
    expect(history.items.at(-1)).toMatchObject({
      version: 3,
      appliedAt: null,
      revocation: { revokedBy: 'officer-1', reason: REASON, revokedAt: expect.any(String) },
    });
    const asOf = (await suite.r.read(`/services/${id}?asOf=2099-06-01`)).json<Detail>();
    expect(asOf).toMatchObject({ version: 2, termWorkingDays: 1 });

    suite.clock.set(NEW_YEAR_2099);
    expect(await suite.t.app.get(ScheduledVersionsWatcher).tick()).toBe(0);
    expect((await suite.r.read(`/services/${id}`)).json<Detail>()).toMatchObject({
      version: 2,
      termWorkingDays: 1,
    });
    expect(
      await query(`SELECT 1 FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [
        RegistryEventTypes.serviceAmended,
        id,
      ]),
    ).toEqual([]);
    expect(
      await query<Array<{ actor_subject: string; summary: string }>>(
        `SELECT actor_subject, summary FROM audit_record WHERE resource_id = $1 AND action = 'service.version-revoked'`,
        [id],
      ),
    ).toEqual([{ actor_subject: 'officer-1', summary: expect.stringContaining('Приказ отменён') }]);

    // The next act, recorded before its day, takes the next number; the revoked one keeps its own.
    suite.clock.set(new Date());
    const next = await amendLater(id, '2099-01-01', 5);
    expect(next.json<Detail>().pending).toEqual([expect.objectContaining({ version: 4 })]);
    suite.clock.set(NEW_YEAR_2099);
    expect(await suite.t.app.get(ScheduledVersionsWatcher).tick()).toBe(1);
    expect((await suite.r.read(`/services/${id}`)).json<Detail>()).toMatchObject({
      version: 4,
      termWorkingDays: 5,
    });
  });

  it('refuses an act that took effect with 409 SERVICE_VERSION_IN_FORCE', async () => {
    const id = await suite.r.included();
    const response = await revoke(id, 2);
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>().code).toBe('SERVICE_VERSION_IN_FORCE');
  });

  it('refuses an act another scheduled act follows, naming it, until that one is revoked', async () => {
    const id = await suite.r.included();
    await amendLater(id, '2099-01-01', 3);
    await amendLater(id, '2099-02-01', 4);
    const refused = await revoke(id, 3);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>()).toMatchObject({
      code: 'SERVICE_CHANGE_SCHEDULED',
      scheduled: { version: 4 },
    });

    expect((await revoke(id, 4)).statusCode).toBe(200);
    expect((await revoke(id, 3)).json<Detail>().pending).toEqual([]);
    expect((await revoke(id, 3)).json<Problem>().code).toBe('SERVICE_VERSION_REVOKED');
  });

  it('answers 404 for a version no act recorded, 400 without a reason and 403 to anyone but the authority', async () => {
    const id = await suite.r.included();
    await amendLater(id, '2099-01-01', 3);
    expect((await revoke(id, 1)).json<Problem>().code).toBe('SERVICE_VERSION_NOT_FOUND');
    expect((await revoke(id, 99)).statusCode).toBe(404);
    const withoutReason = await revoke(id, 3, {});
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json<Problem>().errors?.map((e) => e.field)).toEqual(['reason']);
    expect(
      (await revoke(id, 3, { reason: REASON }, await suite.t.token(['recipient'], 'citizen'))).statusCode,
    ).toBe(403);
    expect(
      (
        await suite.t.inject({
          method: 'POST',
          url: `/api/v1/registry/services/${id}/versions/3x/revocation`,
          headers: { authorization: `Bearer ${suite.f.writer}` },
          payload: { reason: REASON },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('leaves a draft whose scheduled inclusion is revoked editable, and includable by another act', async () => {
    const id = await suite.r.draft();
    await suite.r.action(id, 'inclusion', {
      decreeNumber: '77',
      decreeDate: '2025-06-01',
      effectiveDate: '2099-01-01',
    });
    expect((await revoke(id, 2)).json<Detail>()).toMatchObject({ status: 'draft', pending: [] });
    const edited = await suite.t.inject({
      method: 'PUT',
      url: `/api/v1/registry/services/${id}`,
      headers: { authorization: `Bearer ${suite.f.writer}` },
      payload: { ...birthRegistration(suite.f), termWorkingDays: 2 },
    });
    expect(edited.json<Detail>()).toMatchObject({ status: 'draft', version: 3, termWorkingDays: 2 });
    const included = await suite.r.action(id, 'inclusion', { decreeNumber: '78', decreeDate: '2025-07-01' });
    expect(included.json<Detail>()).toMatchObject({ status: 'included', version: 4 });
  });
});
