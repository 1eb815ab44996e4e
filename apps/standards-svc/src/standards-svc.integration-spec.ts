import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type IdentityClaimsInput, type Role } from '@kzps/auth';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import { StandardsEventTypes, Topics, type CalendarAmendmentV1 } from '@kzps/contracts';
import {
  createTestDatabase,
  eventually,
  jsonSchemaProblems,
  type RunningTestBroker,
  startTestBroker,
  type TestDatabase,
  TestClock,
} from '@kzps/testing';
import type { LightMyRequestResponse } from 'fastify';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { DeadlineWatcher } from './clocks/deadline-watcher';
import { TermCalendar } from './clocks/term-calendar';
import {
  caller,
  sessionsWaitingOnLocks,
  calendarChanged,
  consumeUntil,
  individualProviderUpserted,
  organizationEvents,
  organizationUpserted,
  publish,
  registryTopics,
  serviceAmended,
  serviceExcluded,
  serviceIncluded,
  startApp,
  testConfig,
  testKafka,
  type TestEnvironment,
  type TestOrganization,
  type TestService,
} from './test/harness';
import {
  childbirthAllowance,
  demoUsers,
  digitalDevelopment,
  labour,
  ministryOfJustice,
} from './test/demo-registry';
import { completeContent } from './test/standard-fixtures';
import { approvingAct } from './test/standard-lifecycle';

// The file runs its own broker: other projects' tests publish registry events (organisations with the
// roles this service looks authorities up by, calendar revisions) on the run's shared broker, and this
// service would take them into its read model. One file for the whole service all the same: its replicas
// share one consumer group.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
// The designated bodies are the organisations the registry gives their roles to (Art. 7.1-7.3).
const psa: TestOrganization = {
  id: randomUUID(),
  bin: '100000000001',
  kind: 'central-state-body',
  roles: ['public-services-authority'],
};
const ia: TestOrganization = {
  id: randomUUID(),
  bin: '100000000002',
  kind: 'central-state-body',
  roles: ['informatization-authority'],
};
const akimatA: TestOrganization = { id: randomUUID(), bin: '100000000021', kind: 'local-executive-body' };
const akimatB: TestOrganization = { id: randomUUID(), bin: '100000000022', kind: 'local-executive-body' };
const justice: TestOrganization = {
  id: randomUUID(),
  bin: '100000000030',
  kind: 'central-state-body',
  roles: ['justice-registration-authority'],
};
const otherMinistry: TestOrganization = { id: randomUUID(), bin: '100000000040', kind: 'central-state-body' };

const service = (ownerId: string, providerIds: string[], channels: TestService['channels']): TestService => ({
  id: randomUUID(),
  ownerId,
  providerIds,
  channels,
});
const localPscService = service(ministry.id, [akimatA.id, akimatB.id], ['provider', 'state-corporation']);
const centralPaperService = service(ministry.id, [ministry.id], ['provider']);
const excludedService = service(ministry.id, [ministry.id], ['e-government-portal']);
const lateService = service(ministry.id, [ministry.id], ['provider']);
// Included on 1 April: its discussion term (to 4 May) runs out with no watcher pass in between.
const laterService = service(ministry.id, [ministry.id], ['provider']);
const amendedFirstService = service(ministry.id, [ministry.id], ['provider']);
const excludedFirstService = service(ministry.id, [ministry.id], ['provider']);

const roleOf = new Map<string, Role>([
  [ministry.id, 'owner-officer'],
  [psa.id, 'public-services-authority'],
  [ia.id, 'informatization-authority'],
  [akimatA.id, 'provider-officer'],
  [akimatB.id, 'provider-officer'],
  [justice.id, 'justice-officer'],
  [otherMinistry.id, 'justice-officer'],
]);
const organizations = [ministry, psa, ia, akimatA, akimatB, justice, otherMinistry];
const officerOf = (organization: TestOrganization, role?: Role): IdentityClaimsInput => ({
  subject: `officer-${organization.bin}`,
  roles: [role ?? roleOf.get(organization.id) ?? 'provider-officer'],
  organizationId: organization.id,
});
const owner = officerOf(ministry);
const citizen: IdentityClaimsInput = { subject: 'citizen-1', roles: ['recipient'], iin: '850101300123' };
const registrar = officerOf(justice);

// 20 February 2026, 10:00 in Almaty: the 3-month term and the windows below run over 8 March, Nauryz
// (21-23 March) and the May holidays.
const includedAt = new Date('2026-02-20T05:00:00Z');
const laterIncludedAt = new Date('2026-04-01T05:00:00Z');

interface TermBody {
  kind: string;
  scope: string;
  dueDate: string;
  dueAt: string;
  dueAtLocal: string;
  status: string;
  startsAt: string;
  missedAt: string | null;
  skipped: Array<{ date: string; kind: string; reason: { kk: string; ru: string } }>;
  provisional: boolean;
}

interface StandardBody {
  id: string;
  status: string;
  overdue: boolean;
  service: { status: string; name: { ru: string } };
  terms: TermBody[];
  inForce: { id: string; content: Record<string, unknown> } | null;
  working: { id: string } | null;
}

interface ApprovalBody {
  id: string;
  kind: string;
  organizationId: string;
  status: string;
  round: number;
  remarks: { kk: string; ru: string } | null;
}

describe('standards-svc', () => {
  let database: TestDatabase;
  let broker: RunningTestBroker;
  let environment: TestEnvironment;
  let app: NestFastifyApplication;
  let kafka: Kafka;
  let issuer: TestIssuer;
  const clock = new TestClock(new Date(includedAt.getTime() + 3_600_000));
  const standardIds = new Map<string, string>();

  const call = caller(() => ({ app, issuer }));
  const idOf = (of: TestService): string => standardIds.get(of.id) ?? '';

  /** The service's standard, or undefined while the inclusion has not made one (an `eventually` probe). */
  async function standardOf(serviceId: string): Promise<StandardBody | undefined> {
    const response = await call('GET', `/api/v1/standards?serviceId=${serviceId}`);
    return response.json<{ items: StandardBody[] }>().items[0];
  }

  async function standardFor(serviceId: string): Promise<StandardBody> {
    const standard = await standardOf(serviceId);
    if (!standard) throw new Error(`no standard for ${serviceId}`);
    return standard;
  }

  /** Returns once the service's inbox has taken the event in (handled, or found a repeat). */
  async function handled(event: { id: string }, what: string): Promise<void> {
    await eventually(async () => {
      const rows: unknown[] = await app
        .get(DataSource)
        .query('SELECT 1 FROM inbox_message WHERE event_id = $1', [event.id]);
      return rows.length === 1 ? true : undefined;
    }, what);
  }

  /** The events of a type the service wrote for a standard; each must match its type's JSON Schema. */
  async function outboxEvents(
    type: string,
    subject: string,
  ): Promise<Array<{ payload: Record<string, unknown> }>> {
    const rows: Array<{ payload: Record<string, unknown> }> = await app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id`, [
        type,
        subject,
      ]);
    for (const { payload } of rows) expect(jsonSchemaProblems(type, payload)).toEqual([]);
    return rows;
  }

  async function approvalsOf(id: string, query = 'size=100'): Promise<ApprovalBody[]> {
    return (await call('GET', `/api/v1/standards/${id}/approvals?${query}`)).json<{ items: ApprovalBody[] }>()
      .items;
  }

  /** Every body that has not decided in the current round approves. */
  async function approveAll(id: string): Promise<void> {
    for (const approval of (await approvalsOf(id)).filter((a) => a.status === 'pending')) {
      const body = organizations.find((o) => o.id === approval.organizationId);
      const decided = await call(
        'POST',
        `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
        body && officerOf(body),
        { decision: 'approved' },
      );
      expect(decided.statusCode).toBe(201);
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase('standards');
    broker = await startTestBroker();
    issuer = await startTestIssuer();
    environment = { databaseUrl: database.url, issuer, brokers: broker.address };
    app = await startApp(testConfig(environment), clock);
    kafka = testKafka(broker.address);
    await publish(kafka, registryTopics.organizations, organizationEvents(organizations, includedAt));
    const includedFirst = [localPscService, centralPaperService, lateService, excludedService];
    await publish(kafka, registryTopics.services, [
      ...includedFirst.map((s) => serviceIncluded(s, includedAt)),
      serviceIncluded(laterService, laterIncludedAt),
    ]);
    for (const included of [...includedFirst, laterService]) {
      const id = await eventually(
        async () => (await standardOf(included.id))?.id,
        `the standard of service ${included.id}`,
      );
      standardIds.set(included.id, id);
    }
    // The organisations arrive on their own topic: wait until the approvers are known.
    await eventually(async () => {
      const rows: unknown[] = await app.get(DataSource).query('SELECT 1 FROM organization_ref');
      return rows.length >= organizations.length ? true : undefined;
    }, 'the organisations');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await issuer?.close();
    await broker?.stop();
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
        '/api/v1/standards/{id}/registration/refusals',
        '/api/v1/standards/{id}/reglament',
      ]),
    );
  });

  it('starts both statutory clocks at inclusion, as the calendar counts them, with the days skipped', async () => {
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
      skipped: JSON.parse(JSON.stringify(thirtyDays.skipped)) as unknown,
      provisional: false,
      status: 'open',
    });
    // Counted by hand: included 20 February 2026; 30 calendar days end on Sunday 22 March, in Nauryz
    // (21-23 March, moved days off 24-25 March), so on Thursday 26 March; three months end on 20 May.
    expect(byKind.public_discussion?.dueDate).toBe('2026-03-26');
    expect(byKind.public_discussion?.dueAt).toBe('2026-03-26T18:59:59.999Z');
    expect(byKind.public_discussion?.dueAtLocal).toBe('2026-03-26T23:59:59.999+05:00');
    expect(byKind.standard_adoption?.dueDate).toBe('2026-05-20');
    // The answer says why the end moved, day by day, in both languages.
    const skipped = byKind.public_discussion?.skipped ?? [];
    expect(skipped.map((d) => d.date)).toEqual(['2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25']);
    expect(skipped.find((d) => d.date === '2026-03-23')?.kind).toBe('holiday');
    for (const day of skipped) expect(day.reason.kk && day.reason.ru).toBeTruthy();
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
    const adoptionTerm = async (): Promise<TermBody | undefined> =>
      (await standardFor(localPscService.id)).terms.find((t) => t.kind === 'standard_adoption');

    await publish(kafka, registryTopics.calendar, [calendarChanged(1, [dayOff], includedAt)]);
    const moved = await eventually(async () => {
      const term = await adoptionTerm();
      return term?.dueDate === '2026-05-21' ? term : undefined;
    }, 'the term to move');
    // The day off the decree added is now among the days the term skipped over.
    expect(moved.skipped.map((d) => [d.date, d.kind])).toContainEqual(['2026-05-20', 'decree']);
    // The replica's own calendar follows at its next poll of the revision (CALENDAR_POLL_INTERVAL_MS).
    const calendar = app.get(TermCalendar);
    const followed = (): Promise<true | undefined> =>
      Promise.resolve(calendar.monthsAfter(includedAt, 3).dueDate === '2026-05-21' ? true : undefined);
    await eventually(followed, 'the calendar to follow');

    // The amendment revoked (revision 2), then revision 1 redelivered late: the later state stands.
    await publish(kafka, registryTopics.calendar, [calendarChanged(2, [], includedAt)]);
    await eventually(
      async () => ((await adoptionTerm())?.dueDate === '2026-05-20' ? true : undefined),
      'the term to return',
    );
    const late = calendarChanged(1, [dayOff], includedAt);
    await publish(kafka, registryTopics.calendar, [late]);
    await handled(late, 'the late event to be handled');
    expect((await adoptionTerm())?.dueDate).toBe('2026-05-20');
  });

  it('handles a redelivered or repeated inclusion once (inbox)', async () => {
    const repeated = serviceIncluded(localPscService, includedAt);
    await publish(kafka, registryTopics.services, [repeated, repeated]);
    await handled(repeated, 'the repeated inclusion to be handled');
    const dataSource = app.get(DataSource);
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
    const id = idOf(excludedService);
    await publish(kafka, registryTopics.services, [serviceExcluded(excludedService.id, includedAt)]);
    const standard = await eventually(async () => {
      const body = (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>();
      return body.service.status === 'excluded' ? body : undefined;
    }, 'the exclusion');
    expect(standard.terms.map((t) => t.status)).toEqual(['lapsed', 'lapsed']);
    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
    expect((await call('POST', `/api/v1/standards/${id}/discussion`, owner)).json()).toMatchObject({
      code: 'SERVICE_EXCLUDED',
    });
  });

  it('includes an excluded service again on a later inclusion, its clocks counted from then', async () => {
    const id = idOf(excludedService);
    const reincludedAt = new Date('2026-03-02T05:00:00Z');
    await publish(kafka, registryTopics.services, [serviceIncluded(excludedService, reincludedAt)]);
    const standard = await eventually(async () => {
      const body = (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>();
      return body.service.status === 'included' ? body : undefined;
    }, 'the re-inclusion');
    const calendar = app.get(TermCalendar);
    expect(standard.terms.map((t) => [t.kind, t.status, t.startsAt, t.dueDate])).toEqual(
      expect.arrayContaining([
        [
          'standard_adoption',
          'open',
          reincludedAt.toISOString(),
          calendar.monthsAfter(reincludedAt, 3).dueDate,
        ],
        [
          'public_discussion',
          'open',
          reincludedAt.toISOString(),
          calendar.calendarDaysAfter(reincludedAt, 30).dueDate,
        ],
      ]),
    );
  });

  it('keeps an amendment that arrives before its inclusion, and starts the standard when the inclusion comes', async () => {
    const amendment = serviceAmended(
      amendedFirstService,
      new Date(includedAt.getTime() + 3_600_000),
      'Выдача справки (новая редакция)',
    );
    await publish(kafka, registryTopics.services, [amendment]);
    await handled(amendment, 'the amendment to be handled');
    // No inclusion date yet: no standard and no clocks.
    expect((await call('GET', `/api/v1/standards?serviceId=${amendedFirstService.id}`)).json()).toMatchObject(
      { total: 0 },
    );

    await publish(kafka, registryTopics.services, [serviceIncluded(amendedFirstService, includedAt)]);
    const standard = await eventually(
      () => standardOf(amendedFirstService.id),
      'the standard of the service amended first',
    );
    // The newer entry (the amendment's) stands; the clocks count from the inclusion.
    expect(standard.service.name.ru).toBe('Выдача справки (новая редакция)');
    expect(standard.terms.find((t) => t.kind === 'public_discussion')?.dueDate).toBe('2026-03-26');
  });

  it('records an exclusion that carries the entry of a service not seen yet, and starts no clock for it', async () => {
    const excludedAt = new Date(includedAt.getTime() + 7_200_000);
    await publish(kafka, registryTopics.services, [
      serviceExcluded(excludedFirstService.id, excludedAt, excludedFirstService),
    ]);
    await publish(kafka, registryTopics.services, [serviceIncluded(excludedFirstService, includedAt)]);
    const standard = await eventually(
      () => standardOf(excludedFirstService.id),
      'the standard of the service excluded first',
    );
    expect(standard.service.status).toBe('excluded');
    expect(standard.terms.map((t) => t.status)).toEqual(['lapsed', 'lapsed']);
  });

  it('keeps an individual provider, who has no BIN, among the organisations', async () => {
    const notary = randomUUID();
    const upserted = individualProviderUpserted(notary, includedAt);
    await publish(kafka, registryTopics.organizations, [upserted]);
    const [row] = await eventually(async () => {
      const rows: Array<{ bin: string | null; kind: string }> = await app
        .get(DataSource)
        .query('SELECT bin, kind FROM organization_ref WHERE id = $1', [notary]);
      return rows.length > 0 ? rows : undefined;
    }, 'the individual provider');
    expect(row).toEqual({ bin: null, kind: 'individual' });
  });

  it('refuses to open a discussion on an incomplete draft, naming every missing item', async () => {
    const id = idOf(localPscService);
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
    const id = idOf(localPscService);
    const content = { content: completeContent(ministry.id) };
    expect(
      (await call('PUT', `/api/v1/standards/${id}/draft`, officerOf(psa, 'owner-officer'), content)).json(),
    ).toMatchObject({ code: 'STANDARD_NOT_THE_OWNER' });
    expect(
      (await call('PUT', `/api/v1/standards/${id}/draft`, officerOf(akimatA), content)).json(),
    ).toMatchObject({
      code: 'ROLE_FORBIDDEN',
    });
    expect((await call('PUT', `/api/v1/standards/${id}/draft`, undefined, content)).statusCode).toBe(401);
  });

  it('refuses a draft naming an owner or provider the registry does not hold for the service (Art. 8.1-8.2)', async () => {
    const id = idOf(localPscService);
    const content = completeContent(ministry.id);
    const wrongOwner = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: { ...content, owner: { organizationId: psa.id, name: { kk: 'Басқа', ru: 'Другой' } } },
    });
    expect(wrongOwner.statusCode).toBe(422);
    expect(wrongOwner.json()).toMatchObject({
      code: 'STANDARD_CONTENT_DISAGREES_WITH_REGISTRY',
      mismatches: [{ item: 'owner', article: '8.2', value: psa.id, registry: ministry.id }],
    });
    const wrongProvider = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: {
        ...content,
        providers: [
          { organizationId: akimatA.id, name: { kk: 'Әкімдік', ru: 'Акимат' } },
          { organizationId: ia.id, name: { kk: 'Басқа', ru: 'Другой' } },
        ],
      },
    });
    expect(wrongProvider.json()).toMatchObject({
      code: 'STANDARD_CONTENT_DISAGREES_WITH_REGISTRY',
      mismatches: [{ item: 'providers', path: 'providers[1].organizationId', value: ia.id }],
    });
  });

  it('refuses a term longer than the calendar counts, naming the field and the bound', async () => {
    const id = idOf(localPscService);
    const response = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: {
        ...completeContent(ministry.id),
        term: { value: 1001, unit: 'working_days', acceptanceDayCounts: true },
      },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: Array<{ field: string; message: string }> }>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'content.term.value', message: expect.stringContaining('1000') }),
    ]);
    const withinBound = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: {
        ...completeContent(ministry.id),
        term: { value: 1000, unit: 'working_days', acceptanceDayCounts: true },
      },
    });
    expect(withinBound.statusCode).toBe(200);
  });

  describe('agreement and registration', () => {
    let id: string;
    const decide = (approval: ApprovalBody, decision: object): Promise<LightMyRequestResponse> => {
      const body = organizations.find((b) => b.id === approval.organizationId);
      return call(
        'POST',
        `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
        body && officerOf(body),
        decision,
      );
    };

    // The discussion (discussion/discussion.integration-spec.ts) held with one proposal, its notice out.
    beforeAll(async () => {
      id = idOf(localPscService);
      clock.set('2026-02-21T05:00:00Z');
      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
      const opened = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
      expect(opened.statusCode).toBe(201);
      clock.set('2026-03-01T06:00:00Z');
      const proposal = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, citizen, {
        text: 'Сократить срок до 3 рабочих дней',
      });
      clock.set(new Date(Date.parse(opened.json<{ window: { endsAt: string } }>().window.endsAt) + 60_000));
      await app.get(DeadlineWatcher).tick();
      await call(
        'PUT',
        `/api/v1/standards/${id}/discussion/proposals/${proposal.json<{ id: string }>().id}/outcome`,
        owner,
        {
          outcome: 'accepted',
          reason: { kk: 'Себебі', ru: 'Причина' },
          summary: { kk: 'Қысқаша мазмұны', ru: 'Краткое содержание' },
        },
      );
      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id, 3) });
      const notice = await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, {
        revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=1',
      });
      expect(notice.statusCode).toBe(201);
    });

    it('asks three kinds of body for a local service delivered through a PSC', async () => {
      const approvals = await approvalsOf(id);
      expect(approvals.map((a) => [a.kind, a.organizationId]).sort()).toEqual(
        [
          ['informatization_authority', ia.id],
          ['local_executive_body', akimatA.id],
          ['local_executive_body', akimatB.id],
          ['public_services_authority', psa.id],
        ].sort(),
      );
    });

    it('returns to revision on remarks and keeps that round when the draft is resubmitted', async () => {
      clock.set('2026-03-27T05:00:00Z');
      const [first, ...rest] = await approvalsOf(id);
      if (!first) throw new Error('no approvals');
      expect(
        (
          await call('POST', `/api/v1/standards/${id}/approvals/${first.id}/decision`, owner, {
            decision: 'approved',
          })
        ).json(),
      ).toMatchObject({ code: 'APPROVAL_NOT_THE_APPROVER' });
      const remarks = { kk: 'Ескерту', ru: 'Замечание' };
      expect((await decide(first, { decision: 'returned' })).json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'remarks' }],
      });
      expect((await decide(first, { decision: 'returned', remarks })).json()).toMatchObject({
        status: 'returned',
      });
      expect((await standardFor(localPscService.id)).status).toBe('revision');

      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id, 4) });
      expect((await call('POST', `/api/v1/standards/${id}/approvals`, owner)).statusCode).toBe(201);
      // Round 1 stays as it was decided: who returned it and why; the others did not get to decide.
      const roundOne = await approvalsOf(id, 'round=1');
      expect(roundOne.find((a) => a.id === first.id)).toMatchObject({
        status: 'returned',
        remarks,
        round: 1,
      });
      expect(roundOne.filter((a) => a.id !== first.id).map((a) => a.status)).toEqual([
        'superseded',
        'superseded',
        'superseded',
      ]);
      expect((await decide(rest[0] ?? first, { decision: 'approved' })).json()).toMatchObject({
        code: 'AGREEMENT_ROUND_CLOSED',
      });
      const roundTwo = await approvalsOf(id, 'round=2');
      expect(roundTwo.map((a) => a.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
      const firstAgain = roundTwo.find((a) => a.organizationId === first.organizationId);
      if (!firstAgain) throw new Error('the returning body is not asked again');
      for (const approval of roundTwo.filter((a) => a !== firstAgain))
        expect((await decide(approval, { decision: 'approved' })).statusCode).toBe(201);
      clock.set('2026-05-06T06:00:00Z');
      const early = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
        number: '1',
        date: '2026-05-06',
      });
      expect(early.json()).toMatchObject({ code: 'REGISTRATION_NOT_AGREED' });
      expect((await decide(firstAgain, { decision: 'approved' })).statusCode).toBe(201);
      expect((await standardFor(localPscService.id)).status).toBe('registration');
    });

    it('lets only the Ministry of Justice refuse registration, with reasons, back to revision and a new round (Art. 7.2)', async () => {
      const reasons = {
        kk: 'Құқықтық сараптама: 8.7-тармақ заңға сәйкес емес',
        ru: 'Правовая экспертиза: пункт 8.7 не соответствует закону',
      };
      const byOtherBody = await call(
        'POST',
        `/api/v1/standards/${id}/registration/refusals`,
        officerOf(otherMinistry),
        { reasons },
      );
      expect(byOtherBody.statusCode).toBe(403);
      expect(byOtherBody.json()).toMatchObject({ code: 'JUSTICE_MINISTRY_OFFICER_REQUIRED' });
      expect(
        (await call('POST', `/api/v1/standards/${id}/registration/refusals`, registrar, {})).statusCode,
      ).toBe(400);

      const refused = await call('POST', `/api/v1/standards/${id}/registration/refusals`, registrar, {
        reasons,
      });
      expect(refused.statusCode).toBe(201);
      expect((await standardFor(localPscService.id)).status).toBe('revision');
      expect((await call('GET', `/api/v1/standards/${id}/registration/refusals`)).json()).toMatchObject({
        total: 1,
        items: [{ reasons }],
      });
      const [event] = await outboxEvents(StandardsEventTypes.registrationRefused, id);
      expect(event?.payload).toMatchObject({ standardId: id, reasons });
      const audit: Array<{ action: string }> = await app
        .get(DataSource)
        .query(`SELECT action FROM audit_record WHERE resource_id = $1`, [id]);
      expect(audit.map((r) => r.action)).toContain('standard.registration.refuse');
      expect(
        (
          await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
            number: '33125',
            date: '2026-05-06',
          })
        ).json(),
      ).toMatchObject({ code: 'REGISTRATION_NOT_AGREED' });

      // Revised, the draft goes to every body again: round 3.
      expect((await call('POST', `/api/v1/standards/${id}/approvals`, owner)).statusCode).toBe(201);
      expect((await approvalsOf(id, 'round=3')).map((a) => a.status)).toEqual([
        'pending',
        'pending',
        'pending',
        'pending',
      ]);
      await approveAll(id);
      expect((await standardFor(localPscService.id)).status).toBe('registration');
    });

    it('registers only on a real date from the last agreement until today, and only by the Ministry of Justice', async () => {
      // Art. 7.1: the ministry's order approves the agreed version; the registration registers it.
      const act = await call('PUT', `/api/v1/standards/${id}/approving-act`, owner, approvingAct(clock));
      expect(act.statusCode).toBe(200);
      const register = (body: object, as = registrar) =>
        call('POST', `/api/v1/standards/${id}/registration`, as, body);
      const before2005 = await register({ number: '33125', date: '1990-01-01' });
      expect(before2005.statusCode).toBe(400);
      expect(before2005.json()).toMatchObject({ code: 'CALENDAR_OUT_OF_RANGE', errors: [{ field: 'date' }] });
      expect((await register({ number: '33125', date: '2026-05-07' })).json()).toMatchObject({
        code: 'REGISTRATION_DATE_IN_FUTURE',
      });
      expect((await register({ number: '33125', date: '2026-05-05' })).json()).toMatchObject({
        code: 'REGISTRATION_BEFORE_AGREEMENT',
        agreedOn: '2026-05-06',
      });
      expect((await register({ number: '1', date: '2026-05-06' }, owner)).statusCode).toBe(403);
      expect(
        (await register({ number: '1', date: '2026-05-06' }, officerOf(otherMinistry))).json(),
      ).toMatchObject({ code: 'JUSTICE_MINISTRY_OFFICER_REQUIRED' });
      const registered = await register({ number: '33125', date: '2026-05-06' });
      expect(registered.statusCode).toBe(201);
    });

    it('pages the approvals of every round, newest round first', async () => {
      const page = (await call('GET', `/api/v1/standards/${id}/approvals?page=2&size=5`)).json<{
        items: ApprovalBody[];
        total: number;
        page: number;
        size: number;
      }>();
      expect(page).toMatchObject({ total: 12, page: 2, size: 5 });
      expect(page.items.map((a) => a.round)).toEqual([2, 2, 2, 1, 1]);
      const first = (await call('GET', `/api/v1/standards/${id}/approvals?size=1`)).json<{
        items: ApprovalBody[];
      }>();
      expect(first.items.map((a) => a.round)).toEqual([3]);
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
        // The owner and providers are the registry's (Art. 6.2), not free text of the draft.
        ownerOrganizationId: ministry.id,
        providerOrganizationIds: [akimatA.id, akimatB.id],
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
      expect(byKind.public_information?.skipped.map((d) => d.date)).toEqual([
        '2026-05-07',
        '2026-05-09',
        '2026-05-10',
        '2026-05-11',
      ]);
      expect(byKind.reglament?.dueDate).toBe('2026-06-08');
      expect(byKind.standard_adoption?.status).toBe('met');
    });

    it('asks only the public-services authority for a paper-only central service', async () => {
      const paperId = idOf(centralPaperService);
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
      expect(await approvalsOf(paperId)).toEqual([
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
    const approval = (as: IdentityClaimsInput, act: object) =>
      call('POST', `/api/v1/standards/${id}/reglament/approval`, as, act);

    beforeAll(() => {
      id = idOf(localPscService);
      clock.set('2026-05-08T06:00:00Z');
    });

    it('is agreed by the informatization authority and adopted by a resolution of each akimat delivering it', async () => {
      const draft = await call(
        'PUT',
        `/api/v1/standards/${id}/reglament`,
        owner,
        reglament([step(30, 'minutes'), step(3, 'working_days')]),
      );
      expect(draft.statusCode).toBe(200);
      expect(draft.json()).toMatchObject({
        actKind: 'akimat_resolution',
        informatizationRequired: true,
        awaitingActsFrom: [akimatA.id, akimatB.id].sort(),
      });
      const act = (actNumber: string) => ({ actNumber, actDate: '2026-05-08' });
      // Art. 10.3: the ministry that owns the standard does not adopt a local service's reglament.
      expect((await approval(owner, act('1'))).json()).toMatchObject({
        code: 'REGLAMENT_NOT_AN_APPROVING_BODY',
      });
      expect((await approval(officerOf(akimatA), act('145'))).json()).toMatchObject({
        code: 'REGLAMENT_INFORMATIZATION_AGREEMENT_MISSING',
      });
      expect(
        (await call('POST', `/api/v1/standards/${id}/reglament/agreement`, officerOf(psa))).statusCode,
      ).toBe(403);
      expect(
        (await call('POST', `/api/v1/standards/${id}/reglament/agreement`, officerOf(ia))).statusCode,
      ).toBe(200);
      expect(
        (await approval(officerOf(akimatA), { actNumber: '145', actDate: '2026-05-01' })).json(),
      ).toMatchObject({ code: 'REGLAMENT_ACT_DATE_OUT_OF_RANGE', earliest: '2026-05-06' });

      const byFirst = await approval(officerOf(akimatA), act('145'));
      expect(byFirst.json()).toMatchObject({ status: 'draft', awaitingActsFrom: [akimatB.id] });
      expect((await approval(officerOf(akimatA), act('146'))).json()).toMatchObject({
        code: 'REGLAMENT_ACT_ALREADY_RECORDED',
      });
      // Adopted by one akimat, the text is fixed for the others.
      expect(
        (
          await call('PUT', `/api/v1/standards/${id}/reglament`, owner, reglament([step(1, 'working_days')]))
        ).json(),
      ).toMatchObject({ code: 'REGLAMENT_APPROVED' });
      expect((await standardFor(localPscService.id)).terms.find((t) => t.kind === 'reglament')?.status).toBe(
        'open',
      );

      const bySecond = await approval(officerOf(akimatB), act('77'));
      expect(bySecond.json()).toMatchObject({
        status: 'approved',
        acts: [
          { organizationId: akimatA.id, actNumber: '145' },
          { organizationId: akimatB.id, actNumber: '77' },
        ],
        awaitingActsFrom: [],
      });
      const events = await outboxEvents(StandardsEventTypes.reglamentApproved, id);
      expect(events.map((e) => [e.payload.approvingOrganizationId, e.payload.complete])).toEqual([
        [akimatA.id, false],
        [akimatB.id, true],
      ]);
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

  describe('a late first discussion, and the deadline watcher with two replicas', () => {
    let replicaA: NestFastifyApplication;
    let replicaB: NestFastifyApplication;

    beforeAll(async () => {
      clock.set('2026-05-13T05:00:00Z');
      // Batch size 1, no timer: every claim is its own transaction and the test decides when they sweep.
      const replicaConfig = testConfig(environment, { DEADLINE_WATCH_BATCH: '1' });
      replicaA = await startApp(replicaConfig, clock);
      replicaB = await startApp(replicaConfig, clock);
    }, 60_000);

    afterAll(async () => {
      await replicaA?.close();
      await replicaB?.close();
    });

    it('opens a first discussion after its 30 days all the same: late, 30 days of its own, the miss on record (Art. 7.4, 9.5)', async () => {
      const id = idOf(lateService);
      const before = await standardFor(lateService.id);
      // The watcher's pass on 27 March found its discussion term run out: missed, outstanding.
      expect(before.terms.find((t) => t.kind === 'public_discussion')?.status).toBe('missed');
      expect(before.overdue).toBe(true);
      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
      const response = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
      expect(response.statusCode).toBe(201);
      const lateEnd = app.get(TermCalendar).calendarDaysAfter(clock.now(), 30);
      expect(response.json()).toMatchObject({
        state: 'open',
        window: { endsAt: lateEnd.dueAt.toISOString(), late: true },
      });
      const [opened] = await outboxEvents(StandardsEventTypes.discussionOpened, id);
      expect(opened?.payload).toMatchObject({ late: true, endsAt: lateEnd.dueAt.toISOString() });
      expect((await standardFor(lateService.id)).working).toMatchObject({ discussion: { late: true } });
      // The miss stays on record and was raised once; met late, it no longer makes the standard overdue.
      const after = await standardFor(lateService.id);
      const term = after.terms.find((t) => t.kind === 'public_discussion');
      expect(term).toMatchObject({ status: 'met_late', overdue: false });
      expect(term?.missedAt).not.toBeNull();
      expect(after.overdue).toBe(false);
      expect(
        (await call('GET', `/api/v1/standards?overdue=true&serviceId=${lateService.id}`)).json(),
      ).toMatchObject({ total: 0 });
      const missed = await outboxEvents(StandardsEventTypes.termMissed, id);
      expect(missed.filter((e) => e.payload.kind === 'public_discussion')).toHaveLength(1);
      // Citizens can comment in the late window.
      expect(
        (
          await call('POST', `/api/v1/standards/${id}/discussion/proposals`, citizen, {
            text: 'Поздно, но в срок',
          })
        ).statusCode,
      ).toBe(201);
    });

    it('records and raises the miss itself when the discussion opens late before the watcher saw it', async () => {
      const id = idOf(laterService);
      const before = (await standardFor(laterService.id)).terms.find((t) => t.kind === 'public_discussion');
      // Included 1 April: 30 days end on Friday 1 May, a holiday, so on Monday 4 May; nobody swept since.
      expect(before).toMatchObject({ dueDate: '2026-05-04', status: 'open', overdue: true });
      await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
      expect((await call('POST', `/api/v1/standards/${id}/discussion`, owner)).statusCode).toBe(201);
      const after = (await standardFor(laterService.id)).terms.find((t) => t.kind === 'public_discussion');
      expect(after).toMatchObject({ status: 'met_late', missedAt: clock.now().toISOString() });
      const missed = await outboxEvents(StandardsEventTypes.termMissed, id);
      expect(missed.map((e) => e.payload)).toEqual([
        expect.objectContaining({ kind: 'public_discussion', article: '9.5', dueDate: '2026-05-04' }),
      ]);
      // The watcher finds nothing left to raise for it.
      await replicaA.get(DeadlineWatcher).tick();
      expect(await outboxEvents(StandardsEventTypes.termMissed, id)).toHaveLength(1);
    });

    it('raises every due term exactly once while two replicas sweep at the same time', async () => {
      const id = idOf(lateService);
      const adoption = (await standardFor(lateService.id)).terms.find((t) => t.kind === 'standard_adoption');
      if (!adoption) throw new Error('no 3-month term');
      expect(adoption.status).toBe('open');
      clock.set(new Date(Date.parse(adoption.dueAt) + 60_000));
      const dataSource = app.get(DataSource);
      const due: Array<{ id: string }> = await dataSource.query(
        `SELECT id FROM statutory_term WHERE status = 'open' AND due_at < $1`,
        [clock.now()],
      );
      expect(due.length).toBeGreaterThanOrEqual(3);

      // Hold the audit table: each replica stops inside its claim transaction, holding the term it claimed,
      // so both are mid-claim at once and the second must pass over the first one's term.
      const blocker = dataSource.createQueryRunner();
      await blocker.connect();
      let sweeps: Promise<number[]> | undefined;
      try {
        await blocker.startTransaction();
        await blocker.query('LOCK TABLE audit_record IN SHARE MODE');
        sweeps = Promise.all([replicaA.get(DeadlineWatcher).tick(), replicaB.get(DeadlineWatcher).tick()]);
        await eventually(
          async () => ((await sessionsWaitingOnLocks(app)) >= 2 ? true : undefined),
          'both replicas inside a claim',
        );
        const claimedNow: unknown[] = await dataSource.query(
          `SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relname = 'statutory_term' AND l.mode = 'RowShareLock' AND l.granted`,
        );
        expect(claimedNow.length).toBeGreaterThanOrEqual(2);
        await blocker.commitTransaction();
      } finally {
        if (blocker.isTransactionActive) await blocker.rollbackTransaction();
        await blocker.release();
      }
      const claimed = await (sweeps ?? Promise.resolve([]));
      expect(claimed.reduce((sum, n) => sum + n, 0)).toBe(due.length);
      expect(claimed.every((n) => n >= 1)).toBe(true);

      const raised: Array<{ term_id: string; n: number }> = await dataSource.query(
        `SELECT payload->>'termId' AS term_id, count(*)::int AS n FROM outbox_message
          WHERE event_type = $1 AND payload->>'termId' = ANY($2::text[]) GROUP BY 1`,
        [StandardsEventTypes.termMissed, due.map((t) => t.id)],
      );
      expect(raised).toHaveLength(due.length);
      expect(raised.every((r) => r.n === 1)).toBe(true);

      const [event] = (await outboxEvents(StandardsEventTypes.termMissed, id)).filter(
        (e) => e.payload.kind === 'standard_adoption',
      );
      expect(event?.payload).toMatchObject({ article: '7.1', dueDate: adoption.dueDate });
      const overdue = (await call('GET', `/api/v1/standards?overdue=true&serviceId=${lateService.id}`)).json<{
        items: StandardBody[];
      }>();
      expect(overdue.items.map((s) => s.id)).toEqual([id]);
      // A second pass finds nothing left.
      expect(
        await Promise.all([replicaA.get(DeadlineWatcher).tick(), replicaB.get(DeadlineWatcher).tick()]),
      ).toEqual([0, 0]);
    });
  });

  describe('the embedded demo: authorities are the organisations the registry gives their roles to', () => {
    // The demo registry's organisations and 01.02-001, and the demo users (test/demo-registry.ts).
    const {
      owner: demoOwner,
      authority: demoAuthority,
      informatization: demoInformatization,
      justice: demoJustice,
    } = demoUsers;
    const demoIncludedAt = new Date('2026-06-01T05:00:00Z');
    let id: string;

    interface OrganizationRow {
      roles: string[];
      active: boolean;
      name: { ru: string };
    }
    const organizationRow = async (organizationId: string): Promise<OrganizationRow | undefined> => {
      const [row]: OrganizationRow[] = await app
        .get(DataSource)
        .query(`SELECT roles, active, name FROM organization_ref WHERE id = $1`, [organizationId]);
      return row;
    };
    /** The registry publishes these organisations as they now stand; returns once the read model has them. */
    async function registryUpserts(changed: TestOrganization[], time: Date): Promise<void> {
      await publish(kafka, registryTopics.organizations, organizationEvents(changed, time));
      for (const organization of changed) {
        await eventually(async () => {
          const row = await organizationRow(organization.id);
          return row?.active === (organization.active ?? true) &&
            (!organization.roles || row.roles.join() === organization.roles.join())
            ? true
            : undefined;
        }, `organisation ${organization.bin} as the registry last published it`);
      }
    }
    const notice = (): Promise<LightMyRequestResponse> =>
      call('POST', `/api/v1/standards/${id}/discussion/notice`, demoOwner, {
        revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=0102001',
      });

    beforeAll(async () => {
      clock.set(demoIncludedAt);
      await registryUpserts(
        [labour, digitalDevelopment, ministryOfJustice],
        new Date('2026-06-01T04:00:00Z'),
      );
      await publish(kafka, registryTopics.services, [serviceIncluded(childbirthAllowance, demoIncludedAt)]);
      id = await eventually(
        async () => (await standardOf(childbirthAllowance.id))?.id,
        'the standard of the demo service',
      );
    }, 60_000);

    it('keeps the roles each organisation comes with, and the known ones when an upsert has none', async () => {
      expect((await organizationRow(digitalDevelopment.id))?.roles).toEqual([
        'service-owner',
        'public-services-authority',
        'informatization-authority',
      ]);
      // An upsert from before organization.upserted.v1 carried roles says nothing about them.
      const renamed = { ...labour, roles: undefined, name: { kk: labour.name?.kk ?? '', ru: 'Минтруда' } };
      await publish(kafka, registryTopics.organizations, [
        organizationUpserted(renamed, new Date('2026-06-01T04:30:00Z')),
      ]);
      await eventually(
        async () => ((await organizationRow(labour.id))?.name.ru === 'Минтруда' ? true : undefined),
        'the renamed ministry',
      );
      expect((await organizationRow(labour.id))?.roles).toEqual(['service-owner', 'provider']);
    });

    it('refuses the notice naming every holder while the registry gives a needed role to two organisations', async () => {
      clock.set('2026-06-02T05:00:00Z');
      const drafted = await call('PUT', `/api/v1/standards/${id}/draft`, demoOwner, {
        content: completeContent(labour.id, 8),
      });
      expect(drafted.statusCode).toBe(200);
      expect((await call('POST', `/api/v1/standards/${id}/discussion`, demoOwner)).statusCode).toBe(201);
      clock.set('2026-07-06T05:00:00Z');
      const refused = await notice();
      expect(refused.statusCode).toBe(409);
      const holder = (o: TestOrganization) => expect.objectContaining({ organizationId: o.id, bin: o.bin });
      expect(refused.json()).toMatchObject({
        code: 'APPROVER_AMBIGUOUS',
        unknownApprovers: [],
        // Ordered by BIN: the test's own authorities were given the roles first.
        ambiguousApprovers: [
          { kind: 'public_services_authority', holders: [holder(psa), holder(digitalDevelopment)] },
          { kind: 'informatization_authority', holders: [holder(ia), holder(digitalDevelopment)] },
        ],
      });
      const detail = refused.json<{ localizedDetail: { kk: string; ru: string } }>().localizedDetail;
      expect(detail.ru).toContain(
        'роль «уполномоченный орган в сфере государственных услуг» имеют несколько',
      );
      expect(detail.ru).toContain(`${digitalDevelopment.name?.ru} (990640000015)`);
      expect(detail.kk).toContain('«ақпараттандыру саласындағы уәкілетті орган» рөлі бірнеше');
    });

    it('names each missing authority when no active organisation holds its role', async () => {
      // The registry takes the roles from the test's bodies, and the demo ministry is being reorganised.
      await registryUpserts(
        [
          { ...psa, roles: [] },
          { ...ia, roles: [] },
          { ...digitalDevelopment, active: false },
        ],
        new Date('2026-07-01T05:00:00Z'),
      );
      const refused = await notice();
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'APPROVER_UNKNOWN',
        unknownApprovers: ['public_services_authority', 'informatization_authority'],
        localizedDetail: {
          ru:
            'В реестре нет действующей организации с ролью «уполномоченный орган в сфере государственных услуг». ' +
            'В реестре нет действующей организации с ролью «уполномоченный орган в сфере информатизации».',
        },
      });
      expect(refused.json<{ localizedDetail: { kk: string } }>().localizedDetail.kk).toContain(
        '«мемлекеттік көрсетілетін қызметтер саласындағы уәкілетті орган» рөлі берілген жұмыс істеп тұрған ұйым жоқ',
      );
    });

    it('derives the demo’s approvers from the roles alone: the digital ministry as both authorities', async () => {
      await registryUpserts([digitalDevelopment], new Date('2026-07-02T05:00:00Z'));
      expect((await notice()).statusCode).toBe(201);
      const approvals = await approvalsOf(id);
      expect(approvals.map((a) => [a.kind, a.organizationId]).sort()).toEqual([
        ['informatization_authority', digitalDevelopment.id],
        ['public_services_authority', digitalDevelopment.id],
      ]);
      const asKind = (kind: string): ApprovalBody => {
        const approval = approvals.find((a) => a.kind === kind);
        if (!approval) throw new Error(`no ${kind} approval`);
        return approval;
      };
      const decide = (approval: ApprovalBody, as: IdentityClaimsInput) =>
        call('POST', `/api/v1/standards/${id}/approvals/${approval.id}/decision`, as, {
          decision: 'approved',
        });
      // The same ministry, but each officer decides only for the part their role plays.
      expect((await decide(asKind('public_services_authority'), demoInformatization)).json()).toMatchObject({
        code: 'APPROVAL_NOT_THE_APPROVER',
      });
      expect((await decide(asKind('public_services_authority'), demoAuthority)).statusCode).toBe(201);
      expect((await decide(asKind('informatization_authority'), demoInformatization)).statusCode).toBe(201);
      expect((await standardFor(childbirthAllowance.id)).status).toBe('registration');
    });

    it('is registered by the Ministry of Justice the registry names; with two, only the configured BIN chooses', async () => {
      const registration = { number: '33412', date: '2026-07-06' };
      const act = await call('PUT', `/api/v1/standards/${id}/approving-act`, demoOwner, approvingAct(clock));
      expect(act.statusCode).toBe(200);
      const ambiguous = await call('POST', `/api/v1/standards/${id}/registration`, demoJustice, registration);
      expect(ambiguous.statusCode).toBe(409);
      expect(ambiguous.json()).toMatchObject({
        code: 'JUSTICE_MINISTRY_AMBIGUOUS',
        holders: [
          expect.objectContaining({ organizationId: justice.id }),
          expect.objectContaining({ organizationId: ministryOfJustice.id }),
        ],
      });
      // A replica told which BIN to take while the registry names two: the test's own ministry is out.
      const replica = await startApp(
        testConfig(environment, { JUSTICE_MINISTRY_BIN: ministryOfJustice.bin }),
        clock,
      );
      try {
        const byTestMinistry = await replica
          .getHttpAdapter()
          .getInstance()
          .inject({
            method: 'POST',
            url: `/api/v1/standards/${id}/registration`,
            headers: { authorization: `Bearer ${await issuer.token(registrar)}` },
            payload: registration,
          });
        expect(byTestMinistry.json()).toMatchObject({ code: 'JUSTICE_MINISTRY_OFFICER_REQUIRED' });
      } finally {
        await replica.close();
      }
      // Once the registry names one ministry, the demo needs no configuration at all.
      await registryUpserts([{ ...justice, roles: [] }], new Date('2026-07-03T05:00:00Z'));
      const registered = await call(
        'POST',
        `/api/v1/standards/${id}/registration`,
        demoJustice,
        registration,
      );
      expect(registered.statusCode).toBe(201);
      expect((await standardFor(childbirthAllowance.id)).status).toBe('in_force');
    });

    it('lets nobody act for the Ministry of Justice while no active organisation holds its role', async () => {
      await registryUpserts([{ ...ministryOfJustice, active: false }], new Date('2026-07-04T05:00:00Z'));
      const refused = await call('POST', `/api/v1/standards/${id}/registration/refusals`, demoJustice, {
        reasons: { kk: 'Себебі', ru: 'Причина' },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'JUSTICE_MINISTRY_UNKNOWN',
        localizedDetail: {
          ru: 'В реестре нет действующей организации с ролью «Министерство юстиции Республики Казахстан».',
        },
      });
    });
  });
});
