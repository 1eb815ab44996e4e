import { MonitoringEventTypes } from '@kzps/contracts';
import { jsonSchemaProblems, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { startService, type RunningService } from '../test/harness';
import { organization, publishOrganizations } from '../test/organizations';
import { accredit, applicationOf, ngoMonitor } from '../test/public-monitoring';
import type { AccreditationView } from './accreditations.service';

const qa = organization(['quality-authority']);
const otherBody = organization(['public-services-authority']);
const inspector = { subject: 'qa-accreditor', roles: ['quality-authority' as const], organizationId: qa.id };
const impostor = {
  subject: 'qa-impostor',
  roles: ['quality-authority' as const],
  organizationId: otherBody.id,
};
const reason = { kk: 'Әдістеме бұзылды', ru: 'Нарушена методика' };
const validity = { validFrom: '2026-09-01', validUntil: '2029-08-31' };
const code = (response: { json<T>(): T }) => response.json<{ code: string }>().code;

describe('accreditation of NGOs for public monitoring (Art. 23.3-4)', () => {
  const clock = new TestClock(new Date('2026-09-01T05:00:00.000Z'));
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_accreditations', clock);
    await publishOrganizations(service, qa, otherBody);
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  const path = (id: string, step = '') => `/api/v1/monitoring/accreditations/${id}${step}`;
  const outbox = (type: string, accreditationId: string) =>
    service.app
      .get(DataSource)
      .query<Array<{ payload: Record<string, unknown> }>>(
        `SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`,
        [type, accreditationId],
      );

  it('lets only the quality authority the registry designates accredit, for a validity (Art. 23.3)', async () => {
    const monitor = ngoMonitor();
    const applied = await service.call('POST', '/api/v1/monitoring/accreditations', monitor, applicationOf());
    expect(applied.statusCode).toBe(201);
    const { accreditationId } = applied.json<AccreditationView>();
    const twice = await service.call('POST', '/api/v1/monitoring/accreditations', monitor, applicationOf());
    expect(code(twice)).toBe('ACCREDITATION_ALREADY_HELD');

    const grant = { decision: 'granted', ...validity };
    const byNgo = await service.call('POST', path(accreditationId, '/decision'), monitor, grant);
    expect(code(byNgo)).toBe('ROLE_FORBIDDEN');
    const byImpostor = await service.call('POST', path(accreditationId, '/decision'), impostor, grant);
    expect(code(byImpostor)).toBe('QUALITY_AUTHORITY_NOT_YOURS');
    const backdated = await service.call('POST', path(accreditationId, '/decision'), inspector, {
      ...grant,
      validFrom: '2026-08-31',
    });
    expect(code(backdated)).toBe('ACCREDITATION_BACKDATED');

    const granted = await service.call('POST', path(accreditationId, '/decision'), inspector, grant);
    expect(granted.json<AccreditationView>()).toMatchObject({
      status: 'granted',
      decidedOn: '2026-09-01',
      qualityAuthorityId: qa.id,
      inForceToday: true,
    });
    const [event] = await outbox(MonitoringEventTypes.accreditationGranted, accreditationId);
    expect(jsonSchemaProblems(MonitoringEventTypes.accreditationGranted, event?.payload)).toEqual([]);
    expect(code(await service.call('POST', path(accreditationId, '/decision'), inspector, grant))).toBe(
      'ACCREDITATION_NOT_PENDING',
    );
  });

  it('refuses an accreditation only with a reason, and the NGO may apply again', async () => {
    const monitor = ngoMonitor();
    const applied = await service.call('POST', '/api/v1/monitoring/accreditations', monitor, applicationOf());
    const { accreditationId } = applied.json<AccreditationView>();
    const bare = await service.call('POST', path(accreditationId, '/decision'), inspector, {
      decision: 'refused',
    });
    expect(code(bare)).toBe('ACCREDITATION_REASON_REQUIRED');
    const refused = await service.call('POST', path(accreditationId, '/decision'), inspector, {
      decision: 'refused',
      reason,
    });
    expect(refused.json<AccreditationView>()).toMatchObject({ status: 'refused', refusalReason: reason });
    const again = await service.call('POST', '/api/v1/monitoring/accreditations', monitor, applicationOf());
    expect(again.statusCode).toBe(201);
  });

  it('takes a suspended accreditation out of force until resumed, and revokes it for good, announced', async () => {
    const monitor = ngoMonitor();
    const { accreditationId } = await accredit(service, monitor, inspector, validity);
    const suspended = await service.call('POST', path(accreditationId, '/suspension'), inspector, { reason });
    expect(suspended.json<AccreditationView>()).toMatchObject({ status: 'suspended', inForceToday: false });
    const resumed = await service.call('POST', path(accreditationId, '/resumption'), inspector);
    expect(resumed.json<AccreditationView>()).toMatchObject({ status: 'granted', inForceToday: true });
    const revoked = await service.call('POST', path(accreditationId, '/revocation'), inspector, { reason });
    expect(revoked.json<AccreditationView>()).toMatchObject({
      status: 'revoked',
      revokedOn: '2026-09-01',
      inForceToday: false,
    });
    expect(
      code(await service.call('POST', path(accreditationId, '/suspension'), inspector, { reason })),
    ).toBe('ACCREDITATION_NOT_GRANTED');
    const [event] = await outbox(MonitoringEventTypes.accreditationRevoked, accreditationId);
    expect(event?.payload).toMatchObject({ revokedOn: '2026-09-01', reason });
    expect(jsonSchemaProblems(MonitoringEventTypes.accreditationRevoked, event?.payload)).toEqual([]);
  });

  it('shows an NGO’s monitor its own accreditations only, and the authority every one', async () => {
    const mine = ngoMonitor();
    const theirs = ngoMonitor();
    const own = await accredit(service, mine, inspector, validity);
    const other = await accredit(service, theirs, inspector, validity);
    const listed = await service.call('GET', '/api/v1/monitoring/accreditations?size=200', mine);
    expect(listed.json<{ items: AccreditationView[] }>().items.map((a) => a.accreditationId)).toEqual([
      own.accreditationId,
    ]);
    expect(code(await service.call('GET', path(other.accreditationId), mine))).toBe(
      'ACCREDITATION_NOT_FOUND',
    );
    const all = await service.call(
      'GET',
      '/api/v1/monitoring/accreditations?status=granted&size=200',
      inspector,
    );
    expect(all.json<{ items: AccreditationView[] }>().items.map((a) => a.accreditationId)).toEqual(
      expect.arrayContaining([own.accreditationId, other.accreditationId]),
    );
  });
});
