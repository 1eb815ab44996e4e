import { randomUUID } from 'node:crypto';
import type { Role } from '@kzps/auth';
import type { TestOrganization } from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';

// The reglament of a standard in force (Art. 10). Each test brings a service of its own into force, so
// each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const akimatA: TestOrganization = { id: randomUUID(), bin: '100000000021', kind: 'local-executive-body' };
const akimatB: TestOrganization = { id: randomUUID(), bin: '100000000022', kind: 'local-executive-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, akimatA, akimatB, psa, ia, justice];
const roleOf = new Map<string, Role>([
  [psa.id, 'public-services-authority'],
  [ia.id, 'informatization-authority'],
  [akimatA.id, 'provider-officer'],
  [akimatB.id, 'provider-officer'],
]);
const owner = officerOf(ministry, 'owner-officer');
const includedAt = new Date('2026-02-20T05:00:00Z');

describe('reglament', () => {
  const { call, clock, driver } = useStandardsApp('standards_reglament', organizations, includedAt);

  /** A local service two akimats deliver, also through a PSC; its standard (term 4 days) in force from 6 May. */
  function localPscInForce(): Promise<string> {
    return standardAt(driver(), {
      service: {
        id: randomUUID(),
        ownerId: ministry.id,
        providerIds: [akimatA.id, akimatB.id],
        channels: ['provider', 'state-corporation'],
      },
      includedAt,
      stage: 'in_force',
      owner,
      content: completeContent(ministry.id, 4),
      noticeAt: new Date('2026-05-06T06:00:00Z'),
      approverOf: (approval) => {
        const body = organizations.find((o) => o.id === approval.organizationId) ?? ministry;
        return officerOf(body, roleOf.get(body.id) ?? 'provider-officer');
      },
      registrar: officerOf(justice, 'justice-officer'),
    });
  }

  const step = (value: number, unit: string) => ({
    title: { kk: 'Қабылдау', ru: 'Приём' },
    responsibleUnit: { kk: 'Кеңсе', ru: 'Канцелярия' },
    officialRole: { kk: 'Маман', ru: 'Специалист' },
    informationSystem: 'ИС ГБД ФЛ',
    duration: { value, unit },
  });

  it('refuses steps that add up to more than the standard’s term', async () => {
    const id = await localPscInForce();
    clock.set('2026-05-08T06:00:00Z');
    const response = await call('PUT', `/api/v1/standards/${id}/reglament`, owner, {
      generalProvisions: { kk: 'Жалпы ережелер', ru: 'Общие положения' },
      steps: [step(3, 'working_days'), step(9, 'hours')],
      interactions: {
        internal: { kk: 'Ішкі', ru: 'Внутреннее' },
        psc: { kk: 'ХҚКО', ru: 'ЦОН' },
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'REGLAMENT_STEPS_EXCEED_TERM',
      stepsTotal: 5,
      termLimit: 4,
    });
  });
});
