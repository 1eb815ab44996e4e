import { randomUUID } from 'node:crypto';
import {
  eventCatalog,
  StandardsEventTypes,
  Topics,
  type EventEnvelope,
  type InformationUpdateOverdueV1,
} from '@kzps/contracts';
import { testEnvelope, TestClock } from '@kzps/testing';
import { startService, type RunningService } from '../test/harness';
import type { IndicatorRow } from './indicators.service';

const analyst = {
  subject: 'qa-analyst',
  roles: ['quality-authority' as const],
  organizationId: randomUUID(),
};

function overdue(patch: Partial<InformationUpdateOverdueV1>): EventEnvelope<InformationUpdateOverdueV1> {
  const data = { ...eventCatalog[StandardsEventTypes.informationUpdateOverdue].example, ...patch };
  return testEnvelope(
    '/kzps/standards-svc',
    StandardsEventTypes.informationUpdateOverdue,
    data.standardId,
    data,
    new Date(data.overdueAt),
  );
}

describe('late information updates in the indicators (Art. 17.2)', () => {
  const clock = new TestClock(new Date('2026-08-10T04:00:00.000Z'));
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_information_updates', clock);
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  const rows = async (query: string): Promise<IndicatorRow[]> =>
    (await service.call('GET', `/api/v1/monitoring/indicators?${query}`, analyst)).json<{
      items: IndicatorRow[];
    }>().items;

  it('counts each late body once, by the part it plays, in the month its term ran out, and a redelivery adds nothing', async () => {
    const serviceId = randomUUID();
    const ministry = randomUUID();
    const akimat = randomUUID();
    // The ministry owns and delivers the service; the akimat delivers it too; July's term ends on 14 July.
    const july = {
      serviceId,
      dueDate: '2026-07-14',
      dueAt: '2026-07-14T18:59:59.999Z',
      overdueAt: '2026-07-14T19:00:05.000Z',
    };
    const both = overdue({ ...july, organizationId: ministry, roles: ['owner', 'provider'] });
    const provider = overdue({ ...july, organizationId: akimat, roles: ['provider'] });
    // 31 August 23:59 in Almaty is still August there, though it is September nowhere yet in UTC terms.
    const august = overdue({
      serviceId,
      organizationId: akimat,
      roles: ['provider'],
      dueDate: '2026-08-31',
      dueAt: '2026-08-31T18:59:59.999Z',
      overdueAt: '2026-08-31T19:00:05.000Z',
    });
    await service.publish(Topics.standards, [both, provider, august]);
    await service.publish(Topics.standards, [both, provider]);

    const byMonth = await rows(`serviceId=${serviceId}`);
    expect(byMonth.map((r) => [r.month, r.informationUpdatesLate])).toEqual([
      ['2026-07', 2],
      ['2026-08', 1],
    ]);
    const byProvider = await rows(`serviceId=${serviceId}&groupBy=provider`);
    expect(Object.fromEntries(byProvider.map((r) => [r.providerId, r.informationUpdatesLate]))).toEqual({
      [ministry]: 1,
      [akimat]: 2,
    });
    const ministryAsOwner = await rows(`ownerId=${ministry}`);
    expect(ministryAsOwner.map((r) => r.informationUpdatesLate)).toEqual([1]);
  });
});
