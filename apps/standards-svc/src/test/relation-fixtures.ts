import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput, Role } from '@kzps/auth';
import { eventCatalog, MonitoringEventTypes, Topics, type RecommendationIssuedV1 } from '@kzps/contracts';
import {
  eventually,
  testEnvelope,
  type RelationCell,
  type RelationFixture,
  type TestClock,
} from '@kzps/testing';
import type { Kafka } from 'kafkajs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { organizationEvents, publish, registryTopics, type caller } from './harness';
import { localPscSetting } from './local-psc';
import type { ApprovalBody } from './probes';
import { standardAt, type StandardStage } from './standard-lifecycle';
import { officerOf } from './test-app';

type Fixture = RelationFixture<IdentityClaimsInput>;
type Cell = RelationCell<IdentityClaimsInput>;

/** Every standard starts here, as the reglament spec's do: the clock goes back for each fresh one. */
const includedAt = new Date('2026-02-20T05:00:00Z');
/** The notice after the window (21 February to 26 March), and the day every later step is taken. */
const noticeAt = new Date('2026-05-06T06:00:00Z');
const afterForce = '2026-05-08T06:00:00Z';

/** The approval kind an officer of each role decides (the local executive bodies in either officer role). */
const approvalKindOf: Partial<Record<string, string>> = {
  'public-services-authority': 'public_services_authority',
  'informatization-authority': 'informatization_authority',
  'owner-officer': 'local_executive_body',
  'provider-officer': 'local_executive_body',
};

/**
 * Issue 20: how each `own` operation of standards-svc obtains the standard it concerns: a ministry's local
 * service that two akimats deliver through a PSC, brought to the stage where the operation is due, with the
 * officer of the body concerned (the owner, the approver, the akimat, the designated authority) and an
 * officer in the same role of another ministry.
 */
export async function standardsRelationFixtures(driver: {
  app: NestFastifyApplication;
  call: ReturnType<typeof caller>;
  clock: TestClock;
  kafka: Kafka;
}): Promise<Record<string, Fixture>> {
  const setting = localPscSetting();
  const { akimatA, otherMinistry, owner } = setting;
  await publish(
    driver.kafka,
    registryTopics.organizations,
    organizationEvents(setting.organizations, includedAt),
  );
  await eventually(async () => {
    const rows: unknown[] = await driver.app.get(DataSource).query('SELECT 1 FROM organization_ref');
    return rows.length >= setting.organizations.length;
  }, 'the organisations in the read model');
  const stranger = (role: Role): IdentityClaimsInput => ({
    ...officerOf(otherMinistry, role),
    subject: `stranger-${role}`,
  });
  let lastService = '';
  const at = async (stage: StandardStage): Promise<string> => {
    driver.clock.set(includedAt);
    const journey = setting.journey(stage, includedAt, { noticeAt });
    lastService = journey.service.id;
    return standardAt(driver, journey);
  };
  const ofTheOwner = (stage: StandardStage, body?: unknown, clock?: string): Fixture => ({
    cell: async () => {
      const id = await at(stage);
      if (clock) driver.clock.set(clock);
      return {
        values: { id },
        ...(body === undefined ? {} : { body }),
        own: owner,
        other: stranger('owner-officer'),
      };
    },
  });
  const step = {
    title: { kk: 'Қабылдау', ru: 'Приём' },
    responsibleUnit: { kk: 'Кеңсе', ru: 'Канцелярия' },
    officialRole: { kk: 'Маман', ru: 'Специалист' },
    duration: { value: 1, unit: 'working_days' },
  };
  const reglament = {
    generalProvisions: { kk: 'Жалпы ережелер', ru: 'Общие положения' },
    steps: [step],
    interactions: { internal: { kk: 'Ішкі', ru: 'Внутреннее' }, psc: { kk: 'ХҚКО', ru: 'ЦОН' } },
  };
  /** A standard in force whose reglament the owner has drafted (Art. 10), on the day after its force. */
  const withReglament = async (): Promise<string> => {
    const id = await at('in_force');
    driver.clock.set(afterForce);
    const drafted = await driver.call('PUT', `/api/v1/standards/${id}/reglament`, owner, reglament);
    if (drafted.statusCode !== 200) throw new Error(`the reglament: ${drafted.statusCode} ${drafted.body}`);
    return id;
  };
  const recommended = async (): Promise<{ id: string; recommendationId: string }> => {
    const id = await at('in_force');
    const serviceId = lastService;
    const example = eventCatalog[MonitoringEventTypes.recommendationIssued].example;
    const data: RecommendationIssuedV1 = { ...example, recommendationId: randomUUID(), serviceId };
    await publish(driver.kafka, Topics.monitoringRecommendations, [
      testEnvelope(
        '/kzps/monitoring-svc',
        MonitoringEventTypes.recommendationIssued,
        data.recommendationId,
        data,
        new Date(data.issuedAt),
      ),
    ]);
    await eventually(
      async () =>
        (await driver.call('GET', `/api/v1/standards/${id}/recommendations`))
          .json<{ items: Array<{ id: string }> }>()
          .items.some((r) => r.id === data.recommendationId) || undefined,
      'the recommendation on the standard',
    );
    return { id, recommendationId: data.recommendationId };
  };
  const ofTheJustice: Fixture = {
    cell: async () => ({
      values: { id: await at('registration') },
      own: setting.registrar,
      other: setting.officer(otherMinistry),
    }),
  };

  return {
    'PUT /api/v1/standards/{id}/draft': ofTheOwner('included', { content: setting.content() }),
    'POST /api/v1/standards/{id}/versions': ofTheOwner('in_force', undefined, afterForce),
    'POST /api/v1/standards/{id}/discussion': {
      cell: async () => {
        const id = await at('included');
        driver.clock.set(new Date(includedAt.getTime() + 86_400_000));
        await driver.call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: setting.content() });
        return { values: { id }, own: owner, other: stranger('owner-officer') };
      },
    },
    'POST /api/v1/standards/{id}/discussion/proposals': {
      // Art. 9.1, 9.4: a person identified by IIN or BIN; a signed-in recipient the token names neither of is not.
      cell: async () => {
        const id = await at('in_discussion');
        driver.clock.set('2026-03-01T06:00:00Z');
        return {
          values: { id },
          body: { text: 'Сократить срок до 3 рабочих дней' },
          own: { subject: 'citizen-1', roles: ['recipient'], iin: '900315401233' },
          other: { subject: 'citizen-unnamed', roles: ['recipient'] },
        };
      },
    },
    'PUT /api/v1/standards/{id}/discussion/proposals/{proposalId}/outcome': {
      cell: async () => {
        const id = await at('in_discussion');
        driver.clock.set('2026-03-01T06:00:00Z');
        const citizen: IdentityClaimsInput = {
          subject: 'citizen-1',
          roles: ['recipient'],
          iin: '900315401233',
        };
        const proposal = await driver.call('POST', `/api/v1/standards/${id}/discussion/proposals`, citizen, {
          text: 'Сократить срок до 3 рабочих дней',
        });
        driver.clock.set('2026-03-27T06:00:00Z');
        return {
          values: { id, proposalId: proposal.json<{ id: string }>().id },
          own: owner,
          other: stranger('owner-officer'),
        };
      },
    },
    'POST /api/v1/standards/{id}/discussion/notice': ofTheOwner(
      'in_discussion',
      undefined,
      '2026-03-27T06:00:00Z',
    ),
    'POST /api/v1/standards/{id}/approvals': ofTheOwner('agreement'),
    'POST /api/v1/standards/{id}/approvals/{approvalId}/decision': {
      cell: async (role): Promise<Cell> => {
        const id = await at('agreement');
        const approvals = (
          await driver.call('GET', `/api/v1/standards/${id}/approvals?size=100`, owner)
        ).json<{
          items: ApprovalBody[];
        }>().items;
        const approval = approvals.find((a) => a.kind === approvalKindOf[role] && a.status === 'pending');
        if (!approval) throw new Error(`no pending ${approvalKindOf[role] ?? role} approval`);
        const body = [setting.psa, setting.ia, akimatA, setting.akimatB].find(
          (o) => o.id === approval.organizationId,
        );
        if (!body) throw new Error(`an approval of ${approval.organizationId}`);
        return {
          values: { id, approvalId: approval.id },
          body: { decision: 'approved' },
          own: officerOf(body, role as Role),
          other: stranger(role as Role),
        };
      },
    },
    'PUT /api/v1/standards/{id}/publication': ofTheOwner('registration'),
    'PUT /api/v1/standards/{id}/approving-act': ofTheOwner('registration'),
    'POST /api/v1/standards/{id}/registration': ofTheJustice,
    'POST /api/v1/standards/{id}/registration/refusals': ofTheJustice,
    'PUT /api/v1/standards/{id}/reglament': ofTheOwner('in_force', reglament, afterForce),
    'POST /api/v1/standards/{id}/reglament/agreement': {
      cell: async () => ({
        values: { id: await withReglament() },
        own: setting.officer(setting.ia),
        other: stranger('informatization-authority'),
      }),
    },
    'POST /api/v1/standards/{id}/reglament/approval': {
      // Art. 10.3: a local service's reglament is adopted by a resolution of each akimat delivering it.
      cell: async (role) => ({
        values: { id: await withReglament() },
        body: { actNumber: '1', actDate: afterForce.slice(0, 10) },
        own: officerOf(akimatA, role as Role),
        other: stranger(role as Role),
      }),
    },
    'POST /api/v1/standards/{id}/recommendations/{recommendationId}/answer': {
      cell: async () => ({
        values: await recommended(),
        body: { response: 'accepted' },
        own: owner,
        other: stranger('owner-officer'),
      }),
    },
    'POST /api/v1/standards/{id}/information-updates': {
      // Art. 17.2: each body delivering the service updates its own information; the akimats deliver this one.
      cell: async (role) => {
        const id = await at('in_force');
        driver.clock.set(afterForce);
        return { values: { id }, own: officerOf(akimatA, role as Role), other: stranger(role as Role) };
      },
    },
    'POST /api/v1/standards/imports': {
      cell: () =>
        Promise.resolve({
          values: {},
          own: setting.officer(setting.psa),
          other: stranger('public-services-authority'),
        }),
    },
  };
}
