import { randomUUID } from 'node:crypto';
import type { Role } from '@kzps/auth';
import { StandardsEventTypes } from '@kzps/contracts';
import type { TestOrganization } from '../test/harness';
import { outboxEvents } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';

// Art. 14.1: the day an application is accepted at a PSC is part of the term; through the provider it is not
// (Civil Code Art. 172). The law's rule per channel, never a standard's choice.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000610', kind: 'central-state-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, psa, ia, justice];
const roleOf = new Map<string, Role>([
  [psa.id, 'public-services-authority'],
  [ia.id, 'informatization-authority'],
]);
const owner = officerOf(ministry, 'owner-officer');
const includedAt = new Date('2026-02-20T05:00:00Z');

interface StepsProblem {
  code: string;
  channels: string[];
  perChannel: Array<{ channels: string[]; acceptanceDayCounts: boolean; fits: boolean }>;
  localizedDetail: { kk: string; ru: string };
}

describe('the day of acceptance by channel (Art. 14.1)', () => {
  const { app, call, clock, driver } = useStandardsApp('standards_acceptance_day', organizations, includedAt);

  it('counts the day of acceptance at a PSC and not at the provider, by law and per channel (Art. 14.1)', async () => {
    const service = {
      id: randomUUID(),
      ownerId: ministry.id,
      providerIds: [ministry.id],
      channels: ['provider' as const, 'state-corporation' as const],
    };
    const id = await standardAt(driver(), { service, includedAt, stage: 'included', owner, content: {} });

    // A standard can no longer choose: the one flag for every channel is not an item of the standard.
    const flagged = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: {
        ...completeContent(ministry.id, 4),
        term: { value: 4, unit: 'working_days', acceptanceDayCounts: false },
      },
    });
    expect(flagged.statusCode).toBe(400);
    expect(flagged.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'content.term.acceptanceDayCounts' })],
    });

    // In force, the standard tells applications-svc the rule of each channel.
    await standardAt(driver(), {
      service,
      includedAt,
      stage: 'in_force',
      owner,
      content: completeContent(ministry.id, 4),
      noticeAt: new Date('2026-05-06T06:00:00Z'),
      approverOf: (approval) => {
        const body = organizations.find((o) => o.id === approval.organizationId) ?? ministry;
        return officerOf(body, roleOf.get(body.id) ?? 'owner-officer');
      },
      registrar: officerOf(justice, 'justice-officer'),
    });
    const [event] = await outboxEvents(app(), StandardsEventTypes.standardInForce, id);
    expect(event?.payload['term']).toEqual({
      value: 4,
      unit: 'working_days',
      acceptanceDayCounts: true,
      perChannel: [
        { channel: 'provider', acceptanceDayCounts: false },
        { channel: 'psc', acceptanceDayCounts: true },
      ],
    });

    // The reglament's steps are checked in the worst case of each channel's own count.
    clock.set('2026-05-08T06:00:00Z');
    const step = (value: number, unit: string) => ({
      title: { kk: 'Қарау', ru: 'Рассмотрение' },
      responsibleUnit: { kk: 'Басқарма', ru: 'Управление' },
      officialRole: { kk: 'Маман', ru: 'Специалист' },
      informationSystem: { kk: 'АЖ', ru: 'ИС' },
      duration: { value, unit },
    });
    const refused = await call('PUT', `/api/v1/standards/${id}/reglament`, owner, {
      generalProvisions: { kk: 'Жалпы ережелер', ru: 'Общие положения' },
      steps: [step(4, 'working_days'), step(1, 'hours')],
      interactions: { internal: { kk: 'Ішкі', ru: 'Внутреннее' }, psc: { kk: 'ХҚКО', ru: 'ЦОН' } },
    });
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<StepsProblem>();
    expect(problem.code).toBe('REGLAMENT_STEPS_EXCEED_TERM');
    expect(problem.perChannel.map((c) => [c.channels, c.acceptanceDayCounts, c.fits]).sort()).toEqual([
      [['provider'], false, false],
      [['psc'], true, false],
    ]);
    expect(problem.perChannel[0]?.channels).toEqual(problem.channels);
    expect(problem.localizedDetail.ru).toMatch(
      /^(услугодатель \(поставщик\)|центр обслуживания населения): /,
    );
  });
});
