import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestIssuer, type IdentityClaimsInput, type Role, type TestIssuer } from '@kzps/auth';
import { Topics, type CalendarAmendmentV1 } from '@kzps/contracts';
import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { TermCalendar } from './clocks/term-calendar';
import { DeadlineWatcher } from './clocks/deadline-watcher';
import { StandardsEventTypes } from '@kzps/contracts';
import {
  IA_BIN,
  PSA_BIN,
  calendarChanged,
  organizationEvents,
  consumeUntil,
  publish,
  registryTopics,
  serviceExcluded,
  serviceIncluded,
  startApp,
  testConfig,
  testKafka,
  waitFor,
  type TestOrganization,
} from './test/harness';
import { completeContent } from './test/standard-fixtures';
import { TestClock } from './test/test-clock';

// One file for the whole service: its replicas share one consumer group, so a second file running in
// parallel on another database would steal this file's registry events.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const psa: TestOrganization = { id: randomUUID(), bin: PSA_BIN, kind: 'central-state-body' };
const ia: TestOrganization = { id: randomUUID(), bin: IA_BIN, kind: 'central-state-body' };
const akimatA: TestOrganization = { id: randomUUID(), bin: '100000000021', kind: 'local-executive-body' };
const akimatB: TestOrganization = { id: randomUUID(), bin: '100000000022', kind: 'local-executive-body' };
const justice: TestOrganization = { id: randomUUID(), bin: '100000000030', kind: 'central-state-body' };

const localPscService = {
  id: randomUUID(),
  ownerId: ministry.id,
  providerIds: [akimatA.id, akimatB.id],
  channels: ['provider', 'state-corporation'] as const,
};
const centralPaperService = {
  id: randomUUID(),
  ownerId: ministry.id,
  providerIds: [ministry.id],
  channels: ['provider'] as const,
};
const excludedService = {
  id: randomUUID(),
  ownerId: ministry.id,
  providerIds: [ministry.id],
  channels: ['e-government-portal'] as const,
};
const lateService = {
  id: randomUUID(),
  ownerId: ministry.id,
  providerIds: [ministry.id],
  channels: ['provider'] as const,
};

const roleOf = new Map<string, Role>([
  [ministry.id, 'owner-officer'],
  [psa.id, 'public-services-authority'],
  [ia.id, 'informatization-authority'],
  [akimatA.id, 'provider-officer'],
  [akimatB.id, 'provider-officer'],
  [justice.id, 'justice-officer'],
]);
const officerOf = (organization: TestOrganization, role?: Role): IdentityClaimsInput => ({
  subject: `officer-${organization.bin}`,
  roles: [role ?? roleOf.get(organization.id) ?? 'provider-officer'],
  organizationId: organization.id,
});
const owner = officerOf(ministry);
const citizen: IdentityClaimsInput = { subject: 'citizen-1', roles: ['recipient'], iin: '850101300123' };
const company: IdentityClaimsInput = { subject: 'company-1', roles: ['recipient'], bin: '123456789012' };
const registrar = officerOf(justice);

// 20 February 2026, 10:00 in Almaty: the 3-month term and the windows below run over 8 March, Nauryz
// (21-23 March) and the May holidays.
const includedAt = new Date('2026-02-20T05:00:00Z');

interface StandardBody {
  id: string;
  status: string;
  overdue: boolean;
  terms: Array<{ kind: string; scope: string; dueDate: string; dueAt: string; status: string }>;
  inForce: { id: string; content: Record<string, unknown> } | null;
  working: { id: string } | null;
}

describe('standards-svc', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let kafka: Kafka;
  let issuer: TestIssuer;
  const clock = new TestClock(new Date(includedAt.getTime() + 3_600_000));
  const standardIds = new Map<string, string>();

  const inject = (options: InjectOptions): Promise<LightMyRequestResponse> =>
    app.getHttpAdapter().getInstance().inject(options);
  const call = async (
    method: InjectOptions['method'],
    url: string,
    identity?: IdentityClaimsInput,
    payload?: object,
  ): Promise<LightMyRequestResponse> => {
    const headers = identity ? { authorization: `Bearer ${await issuer.token(identity)}` } : {};
    return inject({ method, url, headers, ...(payload ? { payload } : {}) });
  };

  async function standardFor(serviceId: string): Promise<StandardBody> {
    const response = await call('GET', `/api/v1/standards?serviceId=${serviceId}`);
    const body = response.json<{ items: StandardBody[] }>();
    if (!body.items[0]) throw new Error(`no standard for ${serviceId}`);
    return body.items[0];
  }

  async function outboxEvents(
    type: string,
    subject: string,
  ): Promise<Array<{ payload: Record<string, unknown> }>> {
    return app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [
        type,
        subject,
      ]);
  }

  beforeAll(async () => {
    database = await createTestDatabase('standards');
    issuer = await startTestIssuer();
    app = await startApp(testConfig(database.url, issuer), clock);
    kafka = testKafka();
    await publish(
      kafka,
      registryTopics.organizations,
      organizationEvents([ministry, psa, ia, akimatA, akimatB, justice], includedAt),
    );
    await publish(kafka, registryTopics.services, [
      serviceIncluded({ ...localPscService, channels: [...localPscService.channels] }, includedAt),
      serviceIncluded({ ...centralPaperService, channels: [...centralPaperService.channels] }, includedAt),
      serviceIncluded({ ...lateService, channels: [...lateService.channels] }, includedAt),
      serviceIncluded({ ...excludedService, channels: [...excludedService.channels] }, includedAt),
    ]);
    for (const service of [localPscService, centralPaperService, lateService, excludedService]) {
      const id = await waitFor(async () => {
        const body = (await call('GET', `/api/v1/standards?serviceId=${service.id}`)).json<{
          items: StandardBody[];
        }>();
        return body.items[0]?.id;
      }, `the standard of service ${service.id}`);
      standardIds.set(service.id, id);
    }
    // The organisations arrive on their own topic: wait until the approvers are known.
    await waitFor(async () => {
      const rows: unknown[] = await app.get(DataSource).query('SELECT 1 FROM organization_ref');
      return rows.length >= 6 ? true : undefined;
    }, 'the organisations');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await issuer?.close();
    await database?.drop();
  });

  it('serves health without a token', async () => {
    expect((await call('GET', '/health/live')).statusCode).toBe(200);
    expect((await call('GET', '/health/ready')).json()).toMatchObject({ status: 'ready' });
  });

  it('documents every resource path under the public prefix', async () => {
    const paths = Object.keys((await call('GET', '/openapi.json')).json<{ paths: object }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/standards',
        '/api/v1/standards/{id}',
        '/api/v1/standards/{id}/versions',
        '/api/v1/standards/{id}/discussion',
        '/api/v1/standards/{id}/discussion/proposals',
        '/api/v1/standards/{id}/discussion/notice',
        '/api/v1/standards/{id}/approvals',
        '/api/v1/standards/{id}/registration',
        '/api/v1/standards/{id}/reglament',
      ]),
    );
  });

  it('starts both statutory clocks at inclusion, as the calendar counts them', async () => {
    const calendar = app.get(TermCalendar);
    const standard = await standardFor(localPscService.id);
    expect(standard.status).toBe('drafting');
    const byKind = Object.fromEntries(standard.terms.map((t) => [t.kind, t]));
    const threeMonths = calendar.monthsAfter(includedAt, 3);
    const thirtyDays = calendar.calendarDaysAfter(includedAt, 30);
    expect(byKind.standard_adoption).toMatchObject({
      dueDate: threeMonths.dueDate,
      dueAt: threeMonths.dueAt.toISOString(),
      status: 'open',
    });
    expect(byKind.public_discussion).toMatchObject({
      dueDate: thirtyDays.dueDate,
      dueAt: thirtyDays.dueAt.toISOString(),
      status: 'open',
    });
    // Counted by hand: included 20 February 2026; 30 calendar days end on Sunday 22 March, in Nauryz
    // (21-23 March, moved days off 24-25 March), so on Thursday 26 March; three months end on 20 May.
    expect(byKind.public_discussion?.dueDate).toBe('2026-03-26');
    expect(byKind.public_discussion?.dueAt).toBe('2026-03-26T18:59:59.999Z');
    expect(byKind.standard_adoption?.dueDate).toBe('2026-05-20');
  });

  it('recounts open terms when the registry publishes a calendar change, once per revision', async () => {
    const dayOff: CalendarAmendmentV1 = {
      id: 'day-off-2026-05-20',
      kind: 'day_off',
      date: '2026-05-20',
      nameKk: 'Қосымша демалыс күні',
      nameRu: 'Дополнительный день отдыха',
      legalBasis: 'Постановление Правительства (тестовое)',
      recordedAt: includedAt.toISOString(),
    };
    const adoptionDue = async (): Promise<string | undefined> =>
      (await standardFor(localPscService.id)).terms.find((t) => t.kind === 'standard_adoption')?.dueDate;

    await publish(kafka, registryTopics.calendar, [calendarChanged(1, [dayOff], includedAt)]);
    await waitFor(
      async () => ((await adoptionDue()) === '2026-05-21' ? true : undefined),
      'the term to move',
    );
    // The replica's own calendar follows at its next poll of the revision (CALENDAR_POLL_INTERVAL_MS).
    const calendar = app.get(TermCalendar);
    const followed = (): Promise<true | undefined> =>
      Promise.resolve(calendar.monthsAfter(includedAt, 3).dueDate === '2026-05-21' ? true : undefined);
    await waitFor(followed, 'the calendar to follow');

    // The amendment revoked (revision 2), then revision 1 redelivered late: the later state stands.
    await publish(kafka, registryTopics.calendar, [calendarChanged(2, [], includedAt)]);
    await waitFor(
      async () => ((await adoptionDue()) === '2026-05-20' ? true : undefined),
      'the term to return',
    );
    const late = calendarChanged(1, [dayOff], includedAt);
    await publish(kafka, registryTopics.calendar, [late]);
    const dataSource = app.get(DataSource);
    await waitFor(async () => {
      const rows: unknown[] = await dataSource.query('SELECT 1 FROM inbox_message WHERE event_id = $1', [
        late.id,
      ]);
      return rows.length === 1 ? true : undefined;
    }, 'the late event to be handled');
    expect(await adoptionDue()).toBe('2026-05-20');
  });

  it('handles a redelivered or repeated inclusion once (inbox)', async () => {
    const repeated = serviceIncluded(
      { ...localPscService, channels: [...localPscService.channels] },
      includedAt,
    );
    await publish(kafka, registryTopics.services, [repeated, repeated]);
    const dataSource = app.get(DataSource);
    await waitFor(async () => {
      const rows: unknown[] = await dataSource.query('SELECT 1 FROM inbox_message WHERE event_id = $1', [
        repeated.id,
      ]);
      return rows.length === 1 ? true : undefined;
    }, 'the repeated inclusion to be handled');
    const standards: unknown[] = await dataSource.query('SELECT 1 FROM standard WHERE service_id = $1', [
      localPscService.id,
    ]);
    const terms: unknown[] = await dataSource.query(
      'SELECT 1 FROM statutory_term t JOIN standard s ON s.id = t.standard_id WHERE s.service_id = $1',
      [localPscService.id],
    );
    expect([standards.length, terms.length]).toEqual([1, 2]);
  });

  it('stops the clocks of a service excluded from the registry and refuses its discussion', async () => {
    const id = standardIds.get(excludedService.id) ?? '';
    await publish(kafka, registryTopics.services, [serviceExcluded(excludedService.id, includedAt)]);
    const standard = await waitFor(async () => {
      const body = (await call('GET', `/api/v1/standards/${id}`)).json<
        StandardBody & { service: { status: string } }
      >();
      return body.service.status === 'excluded' ? body : undefined;
    }, 'the exclusion');
    expect(standard.terms.map((t) => t.status)).toEqual(['lapsed', 'lapsed']);
    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
    expect((await call('POST', `/api/v1/standards/${id}/discussion`, owner)).json()).toMatchObject({
      code: 'SERVICE_EXCLUDED',
    });
  });

  it('refuses to open a discussion on an incomplete draft, naming every missing item', async () => {
    const id = standardIds.get(localPscService.id) ?? '';
    const { fee: _fee, appeal: _appeal, ...partial } = completeContent(ministry.id);
    expect((await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: partial })).statusCode).toBe(
      200,
    );
    const response = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{ code: string; missingItems: Array<{ item: string; article: string }> }>();
    expect(problem.code).toBe('DRAFT_INCOMPLETE');
    expect(problem.missingItems.map((m) => [m.item, m.article])).toEqual([
      ['fee', '8.6'],
      ['appeal', '8.11'],
    ]);
  });

  it('refuses drafting by anyone but an officer of the owner', async () => {
    const id = standardIds.get(localPscService.id) ?? '';
    const content = { content: completeContent(ministry.id) };
    expect(
      (await call('PUT', `/api/v1/standards/${id}/draft`, officerOf(psa, 'owner-officer'), content)).json(),
    ).toMatchObject({ code: 'NOT_THE_OWNER' });
    expect(
      (await call('PUT', `/api/v1/standards/${id}/draft`, officerOf(akimatA), content)).json(),
    ).toMatchObject({
      code: 'FORBIDDEN_ROLE',
    });
    expect((await call('PUT', `/api/v1/standards/${id}/draft`, undefined, content)).statusCode).toBe(401);
  });

  describe('public discussion', () => {
    let id: string;
    let endsAt: string;

    beforeAll(async () => {
      id = standardIds.get(localPscService.id) ?? '';
      clock.set('2026-02-21T05:00:00Z');
      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
      const opened = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
      expect(opened.statusCode).toBe(201);
      endsAt = opened.json<{ window: { endsAt: string } }>().window.endsAt;
    });

    it('holds the discussion within 30 calendar days of inclusion and publishes the draft', async () => {
      expect(endsAt).toBe(app.get(TermCalendar).calendarDaysAfter(includedAt, 30).dueAt.toISOString());
      const discussion = await call('GET', `/api/v1/standards/${id}/discussion`);
      expect(discussion.json()).toMatchObject({ state: 'open', draft: { term: { value: 5 } } });
      expect((await outboxEvents(StandardsEventTypes.discussionOpened, id)).length).toBe(1);
    });

    it('refuses an anonymous proposal, giving the window', async () => {
      const response = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, undefined, {
        text: 'Анонимно',
      });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'ANONYMOUS_PROPOSAL', window: { endsAt } });
      const officer = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, owner, {
        text: 'Без ИИН',
      });
      expect(officer.json()).toMatchObject({ code: 'ANONYMOUS_PROPOSAL' });
    });

    it('takes proposals from identified persons, pointing at an item and clause', async () => {
      clock.set('2026-03-01T06:00:00Z');
      const first = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, citizen, {
        text: 'Сократить срок до 3 рабочих дней',
        item: 'term',
        clause: 'п. 5',
      });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        source: { kind: 'individual', identifier: '********0123' },
        item: 'term',
      });
      const second = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, company, {
        text: 'Добавить электронную копию',
      });
      expect(second.json()).toMatchObject({ source: { kind: 'legal_entity', identifier: '123456789012' } });
      expect(JSON.stringify((await call('GET', `/api/v1/standards/${id}/discussion`)).json())).not.toContain(
        '850101300123',
      );
    });

    it('refuses a proposal one minute after the window closes', async () => {
      clock.set(new Date(Date.parse(endsAt) + 60_000));
      const response = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, citizen, {
        text: 'Поздно',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'DISCUSSION_WINDOW_CLOSED', window: { endsAt } });
      // Once the watcher has moved the draft to revision, the answer is the same.
      await app.get(DeadlineWatcher).tick();
      expect((await standardFor(localPscService.id)).status).toBe('revision');
      const again = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, company, {
        text: 'Поздно',
      });
      expect(again.json()).toMatchObject({ code: 'DISCUSSION_WINDOW_CLOSED', window: { endsAt } });
    });

    it('refuses the notice while a proposal has no outcome, then publishes it with every outcome', async () => {
      const proposals = (await call('GET', `/api/v1/standards/${id}/discussion/proposals`)).json<{
        items: Array<{ id: string }>;
      }>().items;
      expect(proposals).toHaveLength(2);
      const reason = { kk: 'Себебі', ru: 'Причина' };
      const first = proposals[0]?.id ?? '';
      const second = proposals[1]?.id ?? '';
      await call('PUT', `/api/v1/standards/${id}/discussion/proposals/${first}/outcome`, owner, {
        outcome: 'accepted',
        reason,
      });
      const notice = { revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=1' };
      const refused = await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, notice);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'OUTCOMES_MISSING', proposalIds: [second] });

      await call('PUT', `/api/v1/standards/${id}/discussion/proposals/${second}/outcome`, owner, {
        outcome: 'rejected',
        reason,
      });
      const revised = { ...completeContent(ministry.id, 3) };
      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: revised });
      const published = await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, notice);
      expect(published.statusCode).toBe(201);
      expect(published.json()).toMatchObject({
        revisedDraftUrl: notice.revisedDraftUrl,
        revisedDraft: { term: { value: 3 } },
        entries: [
          { proposalId: first, outcome: 'accepted', source: 'individual ********0123' },
          { proposalId: second, outcome: 'rejected', source: 'legal_entity 123456789012' },
        ],
      });
      // Art. 9.4: the revised draft is public from the notice on.
      const version = (await call('GET', `/api/v1/standards/${id}`)).json<{
        working: { content: unknown };
      }>();
      expect(version.working.content).toMatchObject({ term: { value: 3 } });
      expect((await outboxEvents(StandardsEventTypes.discussionCompleted, id)).length).toBe(1);
    });
  });

  describe('agreement and registration', () => {
    let id: string;

    beforeAll(() => {
      id = standardIds.get(localPscService.id) ?? '';
    });

    it('asks three kinds of body for a local service delivered through a PSC', async () => {
      const approvals = (await call('GET', `/api/v1/standards/${id}/approvals`)).json<{
        items: Array<{ kind: string; organizationId: string }>;
      }>();
      expect(approvals.items.map((a) => [a.kind, a.organizationId]).sort()).toEqual(
        [
          ['informatization_authority', ia.id],
          ['local_executive_body', akimatA.id],
          ['local_executive_body', akimatB.id],
          ['public_services_authority', psa.id],
        ].sort(),
      );
    });

    it('returns to revision on remarks and registers only after every body approved', async () => {
      clock.set('2026-03-25T05:00:00Z');
      const approvals = (await call('GET', `/api/v1/standards/${id}/approvals`)).json<{
        items: Array<{ id: string; organizationId: string }>;
      }>().items;
      const bodies = [psa, ia, akimatA, akimatB];
      const decide = (
        approval: { id: string; organizationId: string },
        decision: object,
      ): Promise<LightMyRequestResponse> => {
        const body = bodies.find((b) => b.id === approval.organizationId);
        return call(
          'POST',
          `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
          body && officerOf(body),
          decision,
        );
      };
      const [first, ...rest] = approvals;
      if (!first) throw new Error('no approvals');
      expect(
        (
          await call('POST', `/api/v1/standards/${id}/approvals/${first.id}/decision`, owner, {
            decision: 'approved',
          })
        ).json(),
      ).toMatchObject({ code: 'NOT_THE_APPROVER' });
      const returned = await decide(first, {
        decision: 'returned',
        remarks: { kk: 'Ескерту', ru: 'Замечание' },
      });
      expect(returned.json()).toMatchObject({ status: 'returned' });
      expect((await standardFor(localPscService.id)).status).toBe('revision');

      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id, 4) });
      expect((await call('POST', `/api/v1/standards/${id}/approvals`, owner)).statusCode).toBe(201);
      for (const approval of rest)
        expect((await decide(approval, { decision: 'approved' })).statusCode).toBe(201);
      clock.set('2026-05-06T06:00:00Z');
      const early = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
        number: '1',
        date: '2026-05-06',
      });
      expect(early.json()).toMatchObject({ code: 'NOT_AGREED' });
      expect((await decide(first, { decision: 'approved' })).statusCode).toBe(201);

      expect(
        (
          await call('POST', `/api/v1/standards/${id}/registration`, owner, {
            number: '1',
            date: '2026-05-06',
          })
        ).statusCode,
      ).toBe(403);
      const registered = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
        number: '33125',
        date: '2026-05-06',
      });
      expect(registered.statusCode).toBe(201);
    });

    it('serves the standard in force for the service and raises its event with the whole content', async () => {
      const response = await call('GET', `/api/v1/standards?serviceId=${localPscService.id}&inForce=true`);
      const body = response.json<{ items: StandardBody[]; total: number; page: number; size: number }>();
      expect(body).toMatchObject({ total: 1, page: 1, size: 20 });
      expect(body.items[0]?.status).toBe('in_force');
      expect(body.items[0]?.inForce?.content).toMatchObject({ term: { value: 4, unit: 'working_days' } });
      const [event] = await outboxEvents(StandardsEventTypes.standardInForce, id);
      expect(event?.payload).toMatchObject({
        serviceId: localPscService.id,
        registrationNumber: '33125',
        channels: ['provider', 'psc'],
        term: { value: 4, unit: 'working_days', acceptanceDayCounts: true },
        queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
        fee: { free: true },
      });
      // The relay really published it, keyed by the standard.
      const published = await consumeUntil(
        kafka,
        Topics.standards,
        (m) => m.key === id && m.type === StandardsEventTypes.standardInForce,
      );
      expect(published.value).toMatchObject({ standardId: id, registrationNumber: '33125' });
    });

    it('opens the 3-working-day publication term and the one-month reglament term over the May holidays', async () => {
      const calendar = app.get(TermCalendar);
      const standard = await standardFor(localPscService.id);
      const inForceFrom = calendar.startOfDay('2026-05-06');
      const byKind = Object.fromEntries(standard.terms.map((t) => [t.kind, t]));
      expect(byKind.public_information).toMatchObject({
        dueDate: calendar.workingDaysAfter(inForceFrom, 3).dueDate,
        dueAt: calendar.workingDaysAfter(inForceFrom, 3).dueAt.toISOString(),
      });
      expect(byKind.reglament?.dueDate).toBe(calendar.monthsAfter(inForceFrom, 1).dueDate);
      // By hand: 7 May is a holiday, 9 May a Saturday holiday moved to Monday 11 May: 8, 12 and 13 May
      // are the three working days; a month from 6 May ends on Saturday 6 June, so on Monday 8 June.
      expect(byKind.public_information?.dueDate).toBe('2026-05-13');
      expect(byKind.reglament?.dueDate).toBe('2026-06-08');
      expect(byKind.standard_adoption?.status).toBe('met');
    });

    it('asks only the public-services authority for a paper-only central service', async () => {
      const paperId = standardIds.get(centralPaperService.id) ?? '';
      clock.set('2026-02-21T06:00:00Z');
      await call('PUT', `/api/v1/standards/${paperId}/draft`, owner, {
        content: completeContent(ministry.id),
      });
      expect((await call('POST', `/api/v1/standards/${paperId}/discussion`, owner)).statusCode).toBe(201);
      clock.set('2026-05-07T06:00:00Z');
      const notice = await call('POST', `/api/v1/standards/${paperId}/discussion/notice`, owner, {
        revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=2',
      });
      expect(notice.statusCode).toBe(201);
      const approvals = (await call('GET', `/api/v1/standards/${paperId}/approvals`)).json<{
        items: Array<{ kind: string; organizationId: string }>;
      }>();
      expect(approvals.items).toEqual([
        expect.objectContaining({ kind: 'public_services_authority', organizationId: psa.id }),
      ]);
    });
  });

  describe('reglament', () => {
    let id: string;
    const step = (value: number, unit: string) => ({
      title: { kk: 'Қабылдау', ru: 'Приём' },
      responsibleUnit: { kk: 'Кеңсе', ru: 'Канцелярия' },
      officialRole: { kk: 'Маман', ru: 'Специалист' },
      informationSystem: 'ИС ГБД ФЛ',
      duration: { value, unit },
    });
    const reglament = (steps: object[]) => ({
      generalProvisions: { kk: 'Жалпы ережелер', ru: 'Общие положения' },
      steps,
      interactions: {
        internal: { kk: 'Ішкі', ru: 'Внутреннее' },
        psc: { kk: 'ХҚКО', ru: 'ЦОН' },
      },
    });

    beforeAll(() => {
      id = standardIds.get(localPscService.id) ?? '';
    });

    it('refuses steps that add up to more than the standard’s term', async () => {
      const response = await call(
        'PUT',
        `/api/v1/standards/${id}/reglament`,
        owner,
        reglament([step(3, 'working_days'), step(9, 'hours')]),
      );
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ code: 'STEPS_EXCEED_TERM', stepsTotal: 5, termLimit: 4 });
    });

    it('is agreed by the informatization authority and approved by an akimat resolution', async () => {
      const draft = await call(
        'PUT',
        `/api/v1/standards/${id}/reglament`,
        owner,
        reglament([step(30, 'minutes'), step(3, 'working_days')]),
      );
      expect(draft.statusCode).toBe(200);
      expect(draft.json()).toMatchObject({ actKind: 'akimat_resolution', informatizationRequired: true });
      const act = { actNumber: '145', actDate: '2026-05-08' };
      expect(
        (await call('POST', `/api/v1/standards/${id}/reglament/approval`, owner, act)).json(),
      ).toMatchObject({
        code: 'INFORMATIZATION_AGREEMENT_MISSING',
      });
      expect(
        (await call('POST', `/api/v1/standards/${id}/reglament/agreement`, officerOf(psa))).statusCode,
      ).toBe(403);
      expect(
        (await call('POST', `/api/v1/standards/${id}/reglament/agreement`, officerOf(ia))).statusCode,
      ).toBe(200);
      const approved = await call('POST', `/api/v1/standards/${id}/reglament/approval`, owner, act);
      expect(approved.json()).toMatchObject({ status: 'approved', actNumber: '145' });
      expect((await outboxEvents(StandardsEventTypes.reglamentApproved, id)).length).toBe(1);
      const standard = await standardFor(localPscService.id);
      expect(standard.terms.find((t) => t.kind === 'reglament')?.status).toBe('met');
      // Art. 24: who did what, in the same transactions.
      const audit: Array<{ action: string; actor_subject: string }> = await app
        .get(DataSource)
        .query(`SELECT action, actor_subject FROM audit_record WHERE resource_id = $1 ORDER BY occurred_at`, [
          id,
        ]);
      expect(audit.map((r) => r.action)).toEqual(
        expect.arrayContaining([
          'standard.create',
          'standard.discussion.open',
          'standard.proposal.submit',
          'standard.notice.publish',
          'standard.approval.returned',
          'standard.register',
          'standard.reglament.approve',
        ]),
      );
      expect(audit.find((r) => r.action === 'standard.register')?.actor_subject).toBe(registrar.subject);
      expect(JSON.stringify(audit)).not.toContain(citizen.iin);
    });
  });

  describe('amendment', () => {
    let id: string;
    let firstVersionId: string;

    beforeAll(() => {
      id = standardIds.get(localPscService.id) ?? '';
    });

    it('records the public information update within its 3 working days (Art. 17.2)', async () => {
      clock.set('2026-05-12T06:00:00Z');
      const response = await call('POST', `/api/v1/standards/${id}/publication`, owner);
      expect(response.statusCode).toBe(200);
      const term = response.json<StandardBody>().terms.find((t) => t.kind === 'public_information');
      expect(term?.status).toBe('met');
      expect((await call('POST', `/api/v1/standards/${id}/publication`, owner)).json()).toMatchObject({
        code: 'PUBLICATION_NOT_DUE',
      });
    });

    it('needs a reference for a change on a recommendation (Art. 7.5)', async () => {
      const response = await call('POST', `/api/v1/standards/${id}/versions`, owner, {
        kind: 'amendment',
        basis: 'quality_authority_recommendation',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it('takes an amendment through the same path and keeps the history with diffs and dates', async () => {
      firstVersionId = (await standardFor(localPscService.id)).inForce?.id ?? '';
      const started = await call('POST', `/api/v1/standards/${id}/versions`, owner, {
        kind: 'amendment',
        basis: 'quality_authority_recommendation',
        reference: 'Рекомендация № 5 от 2026-05-10',
      });
      expect(started.statusCode).toBe(201);
      expect(started.json()).toMatchObject({ number: 2, kind: 'amendment', status: 'drafting' });
      expect(
        (
          await call('POST', `/api/v1/standards/${id}/versions`, owner, {
            kind: 'cancellation',
            basis: 'owner_discretion',
          })
        ).json(),
      ).toMatchObject({ code: 'CHANGE_IN_PROGRESS' });

      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id, 2) });
      const opened = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
      const endsAt = opened.json<{ window: { endsAt: string } }>().window.endsAt;
      expect(endsAt).toBe(app.get(TermCalendar).calendarDaysAfter(clock.now(), 30).dueAt.toISOString());
      clock.set(new Date(Date.parse(endsAt) + 60_000));
      expect(
        (
          await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, {
            revisedDraftUrl: 'https://egov.kz/d/3',
          })
        ).statusCode,
      ).toBe(201);
      const approvals = (await call('GET', `/api/v1/standards/${id}/approvals`)).json<{
        items: Array<{ id: string; organizationId: string }>;
      }>().items;
      for (const approval of approvals) {
        const body = [psa, ia, akimatA, akimatB].find((b) => b.id === approval.organizationId);
        const decided = await call(
          'POST',
          `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
          body && officerOf(body),
          { decision: 'approved' },
        );
        expect(decided.statusCode).toBe(201);
      }
      clock.set('2026-06-15T09:00:00Z');
      const registered = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
        number: '34001',
        date: '2026-06-15',
      });
      expect(registered.statusCode).toBe(201);

      const [amended] = await outboxEvents(StandardsEventTypes.standardAmended, id);
      expect(amended?.payload).toMatchObject({ supersededVersionId: firstVersionId, term: { value: 2 } });

      const history = (await call('GET', `/api/v1/standards/${id}/versions`)).json<{
        items: Array<{
          number: number;
          status: string;
          changes: Array<{ path: string; before: unknown; after: unknown }> | null;
        }>;
      }>();
      expect(history.items.map((v) => [v.number, v.status])).toEqual([
        [2, 'in_force'],
        [1, 'superseded'],
      ]);
      expect(history.items[0]?.changes).toEqual([
        { path: 'term.value', change: 'changed', before: 4, after: 2 },
      ]);

      const asOf = async (date: string): Promise<number[]> =>
        (await call('GET', `/api/v1/standards/${id}/versions?asOf=${date}`))
          .json<{ items: Array<{ number: number }> }>()
          .items.map((v) => v.number);
      expect(await asOf('2026-05-01')).toEqual([]);
      expect(await asOf('2026-06-14')).toEqual([1]);
      expect(await asOf('2026-06-15')).toEqual([2]);
    });

    it('cancels the standard through the same path, ending the version in force', async () => {
      clock.set('2026-06-20T06:00:00Z');
      const started = await call('POST', `/api/v1/standards/${id}/versions`, owner, {
        kind: 'cancellation',
        basis: 'complaint_review',
        reference: 'Решение по жалобе № 77',
      });
      expect(started.statusCode).toBe(201);
      const opened = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
      clock.set(new Date(Date.parse(opened.json<{ window: { endsAt: string } }>().window.endsAt) + 60_000));
      await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, {
        revisedDraftUrl: 'https://egov.kz/d/4',
      });
      const approvals = (await call('GET', `/api/v1/standards/${id}/approvals`)).json<{
        items: Array<{ id: string; organizationId: string }>;
      }>().items;
      for (const approval of approvals) {
        const body = [psa, ia, akimatA, akimatB].find((b) => b.id === approval.organizationId);
        await call(
          'POST',
          `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
          body && officerOf(body),
          {
            decision: 'approved',
          },
        );
      }
      clock.set('2026-07-25T06:00:00Z');
      const registered = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
        number: '35002',
        date: '2026-07-24',
      });
      expect(registered.statusCode).toBe(201);
      const [cancelled] = await outboxEvents(StandardsEventTypes.standardCancelled, id);
      expect(cancelled?.payload).toMatchObject({
        basis: { kind: 'complaint_review', reference: 'Решение по жалобе № 77' },
      });
      expect(
        (await call('GET', `/api/v1/standards?serviceId=${localPscService.id}&inForce=true`)).json(),
      ).toMatchObject({ total: 0, items: [] });
      const standard = await standardFor(localPscService.id);
      expect(standard.status).toBe('cancelled');
      const versionTwo = (await call('GET', `/api/v1/standards/${id}/versions`))
        .json<{
          items: Array<{ id: string; number: number; status: string }>;
        }>()
        .items.find((v) => v.number === 2);
      expect(versionTwo?.status).toBe('cancelled');
      // The cancelled version's reglament term no longer applies; the cancellation's publication term does.
      expect(standard.terms.find((t) => t.kind === 'reglament' && t.scope === versionTwo?.id)?.status).toBe(
        'lapsed',
      );
      expect(
        standard.terms.filter((t) => t.kind === 'public_information' && t.status === 'open'),
      ).toHaveLength(1);
    });
  });

  describe('deadline watcher with two replicas', () => {
    let second: NestFastifyApplication;

    beforeAll(async () => {
      clock.set('2026-05-13T00:00:00Z');
      second = await startApp(testConfig(database.url, issuer, { DEADLINE_WATCH_INTERVAL_MS: '20' }), clock);
    }, 60_000);

    afterAll(async () => {
      await second?.close();
    });

    it('refuses to open the first discussion after the 30 days from inclusion (Art. 9.5)', async () => {
      const id = standardIds.get(lateService.id) ?? '';
      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
      const response = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'DISCUSSION_WINDOW_CLOSED',
        window: { opensAt: includedAt.toISOString() },
      });
    });

    it('raises a missed 3-month term exactly once and lists the standard as overdue', async () => {
      const id = standardIds.get(lateService.id) ?? '';
      const due = (await standardFor(lateService.id)).terms.find((t) => t.kind === 'standard_adoption');
      if (!due) throw new Error('no 3-month term');
      // Its 30-day discussion window has long passed (overdue already); the 3-month term is still open.
      expect(due.status).toBe('open');
      clock.set(new Date(Date.parse(due.dueAt) + 60_000));
      const watchers = [app.get(DeadlineWatcher), second.get(DeadlineWatcher)];
      const claimed = await Promise.all([...watchers, ...watchers].map((w) => w.tick()));
      await waitFor(
        async () =>
          (await standardFor(lateService.id)).terms.find((t) => t.kind === 'standard_adoption')?.status ===
          'missed'
            ? true
            : undefined,
        'the missed term',
      );
      expect(claimed.every((n) => n >= 0)).toBe(true);
      const events = await outboxEvents(StandardsEventTypes.termMissed, id);
      const adoption = events.filter((e) => e.payload.kind === 'standard_adoption');
      expect(adoption).toHaveLength(1);
      expect(adoption[0]?.payload).toMatchObject({ article: '7.1', dueDate: due.dueDate });
      // Its discussion window (Art. 9.5) ran out unused as well: one event of its own.
      expect(events.filter((e) => e.payload.kind === 'public_discussion')).toHaveLength(1);
      const overdue = (await call('GET', `/api/v1/standards?overdue=true&serviceId=${lateService.id}`)).json<{
        items: StandardBody[];
      }>();
      expect(overdue.items.map((s) => s.id)).toEqual([id]);
      await Promise.all(watchers.map((w) => w.tick()));
      expect(
        (await outboxEvents(StandardsEventTypes.termMissed, id)).filter(
          (e) => e.payload.kind === 'standard_adoption',
        ),
      ).toHaveLength(1);
    });
  });
});
