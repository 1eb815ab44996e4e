import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IdentityClaimsInput } from '@kzps/auth';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import { StandardsEventTypes } from '@kzps/contracts';
import {
  createTestDatabase,
  eventually,
  startTestBroker,
  TestClock,
  type RunningTestBroker,
  type TestDatabase,
} from '@kzps/testing';
import { DataSource } from 'typeorm';
import { DeadlineWatcher } from '../clocks/deadline-watcher';
import { TermCalendar } from '../clocks/term-calendar';
import {
  caller,
  organizationEvents,
  publish,
  registryTopics,
  serviceIncluded,
  sessionsWaitingOnLocks,
  startApp,
  testConfig,
  testKafka,
  type TestOrganization,
} from '../test/harness';
import { auditOf } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';

// Public discussion (Art. 9). Every test includes a service of its own, so each runs alone and in any order.
// The file runs its own broker: other projects' tests publish registry events on the run's shared one.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
// The notice sends the draft for agreement: the public-services authority must be known (Art. 7.1, 9.4).
const psa: TestOrganization = {
  id: randomUUID(),
  bin: '100000000001',
  kind: 'central-state-body',
  roles: ['public-services-authority'],
};
const owner: IdentityClaimsInput = {
  subject: `officer-${ministry.bin}`,
  roles: ['owner-officer'],
  organizationId: ministry.id,
};
const citizen: IdentityClaimsInput = { subject: 'citizen-1', roles: ['recipient'], iin: '850101300123' };
const company: IdentityClaimsInput = { subject: 'company-1', roles: ['recipient'], bin: '123456789012' };
const summary = { kk: 'Қысқаша мазмұны', ru: 'Краткое содержание' };
const reason = { kk: 'Себебі', ru: 'Причина' };
// 20 February 2026, 10:00 in Almaty: the window runs over 8 March and Nauryz (21-23 March).
const includedAt = new Date('2026-02-20T05:00:00Z');

describe('public discussion of a draft standard (Art. 9)', () => {
  let database: TestDatabase;
  let broker: RunningTestBroker;
  let issuer: TestIssuer;
  let app: NestFastifyApplication;
  const clock = new TestClock(new Date(includedAt.getTime() + 3_600_000));

  const call = caller(() => ({ app, issuer }));

  beforeAll(async () => {
    database = await createTestDatabase('standards_discussion');
    broker = await startTestBroker();
    issuer = await startTestIssuer();
    app = await startApp(testConfig({ databaseUrl: database.url, issuer, brokers: broker.address }), clock);
    await publish(
      testKafka(broker.address),
      registryTopics.organizations,
      organizationEvents([ministry, psa], includedAt),
    );
    await eventually(async () => {
      const rows: unknown[] = await app.get(DataSource).query('SELECT 1 FROM organization_ref');
      return rows.length === 2;
    }, 'the ministry and the authority in the read model');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await issuer?.close();
    await broker?.stop();
    await database?.drop();
  });

  /** A service of the ministry's, included on 20 February; its standard's id once the inclusion is in. */
  async function includedStandard(): Promise<string> {
    const service = {
      id: randomUUID(),
      ownerId: ministry.id,
      providerIds: [ministry.id],
      channels: ['provider' as const],
    };
    await publish(testKafka(broker.address), registryTopics.services, [serviceIncluded(service, includedAt)]);
    return eventually(async () => {
      const page = (await call('GET', `/api/v1/standards?serviceId=${service.id}`)).json<{
        items: Array<{ id: string }>;
      }>();
      return page.items[0]?.id;
    }, `the standard of service ${service.id}`);
  }

  /** A complete draft put to discussion on 21 February: its standard and the window's end. */
  async function inDiscussion(): Promise<{ id: string; endsAt: string }> {
    const id = await includedStandard();
    clock.set('2026-02-21T05:00:00Z');
    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
    const opened = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
    expect(opened.statusCode).toBe(201);
    return { id, endsAt: opened.json<{ window: { endsAt: string } }>().window.endsAt };
  }

  /** In discussion with a citizen's proposal and a company's, and the window over. */
  async function discussedWithProposals(): Promise<{ id: string; endsAt: string }> {
    const discussed = await inDiscussion();
    clock.set('2026-03-01T06:00:00Z');
    for (const [author, text] of [
      [citizen, 'Сократить срок до 3 рабочих дней'],
      [company, 'Добавить электронную копию'],
    ] as const) {
      const proposed = await call('POST', `/api/v1/standards/${discussed.id}/discussion/proposals`, author, {
        text,
      });
      expect(proposed.statusCode).toBe(201);
    }
    clock.set(new Date(Date.parse(discussed.endsAt) + 60_000));
    // The watcher's look after the window moves the draft to revision, where the developer reworks it.
    await app.get(DeadlineWatcher).tick();
    return discussed;
  }

  async function outboxEvents(type: string, subject: string): Promise<unknown[]> {
    return app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [
        type,
        subject,
      ]);
  }

  it('holds the discussion within 30 calendar days of inclusion and publishes the draft (Art. 9.3, 9.5)', async () => {
    const { id, endsAt } = await inDiscussion();
    expect(endsAt).toBe(app.get(TermCalendar).calendarDaysAfter(includedAt, 30).dueAt.toISOString());
    const discussion = await call('GET', `/api/v1/standards/${id}/discussion`);
    expect(discussion.json()).toMatchObject({
      state: 'open',
      draft: { term: { value: 5 } },
      window: {
        opensAtLocal: '2026-02-21T10:00:00.000+05:00',
        endsAtLocal: '2026-03-26T23:59:59.999+05:00',
        lastDay: '2026-03-26',
        late: false,
      },
    });
    expect((await outboxEvents(StandardsEventTypes.discussionOpened, id)).length).toBe(1);
  });

  it('refuses an anonymous proposal with 401, giving the window in Kazakhstan time and in words (Art. 9.4)', async () => {
    const { id, endsAt } = await inDiscussion();
    const response = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, undefined, {
      text: 'Анонимно',
    });
    expect(response.statusCode).toBe(401);
    const problem = response.json<{ localizedDetail: { kk: string; ru: string } }>();
    expect(problem).toMatchObject({
      code: 'PROPOSAL_ANONYMOUS',
      window: { endsAt, endsAtLocal: '2026-03-26T23:59:59.999+05:00' },
    });
    expect(problem.localizedDetail.ru).toContain('с 21 февраля 2026 г. по 26 марта 2026 г. включительно');
    expect(problem.localizedDetail.kk).toContain('2026 жылғы 26 наурыз');
  });

  it('refuses a proposal from a signed-in officer, who has no IIN or BIN to be its source, with 403 (Art. 9.1, 9.4)', async () => {
    const { id, endsAt } = await inDiscussion();
    const officer = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, owner, {
      text: 'Без ИИН',
    });
    expect(officer.statusCode).toBe(403);
    const problem = officer.json<{ localizedDetail: { kk: string; ru: string } }>();
    expect(problem).toMatchObject({ code: 'PROPOSAL_AUTHOR_UNIDENTIFIED', window: { endsAt } });
    expect(problem.localizedDetail.ru).toContain('нет ни ИИН, ни БИН');
    expect(problem.localizedDetail.kk).toContain('ЖСН де, БСН де жоқ');
  });

  it('takes proposals from persons identified by IIN or BIN, pointing at an item and clause (Art. 9.1, 9.4)', async () => {
    const { id } = await inDiscussion();
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
    // Art. 24: each proposal is on record, and the record keeps no IIN either.
    const audit = await auditOf(app, id);
    expect(audit.map((r) => r.action)).toContain('standard.proposal.submit');
    expect(JSON.stringify(audit)).not.toContain(citizen.iin);
  });

  it('refuses a proposal one minute after the window closes, before and after the watcher looked (Art. 9.5)', async () => {
    const { id, endsAt } = await inDiscussion();
    clock.set(new Date(Date.parse(endsAt) + 60_000));
    const response = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, citizen, {
      text: 'Поздно',
    });
    expect(response.statusCode).toBe(409);
    const problem = response.json<{ localizedDetail: { kk: string; ru: string } }>();
    expect(problem).toMatchObject({
      code: 'DISCUSSION_WINDOW_CLOSED',
      window: { endsAt, endsAtLocal: '2026-03-26T23:59:59.999+05:00' },
    });
    expect(problem.localizedDetail.ru).toContain('не рассматривается');
    expect(problem.localizedDetail.ru).toContain('по 26 марта 2026 г.');
    // Once the watcher has moved the draft to revision, the answer is the same.
    await app.get(DeadlineWatcher).tick();
    expect((await call('GET', `/api/v1/standards/${id}`)).json()).toMatchObject({ status: 'revision' });
    const again = await call('POST', `/api/v1/standards/${id}/discussion/proposals`, company, {
      text: 'Поздно',
    });
    expect(again.json()).toMatchObject({ code: 'DISCUSSION_WINDOW_CLOSED', window: { endsAt } });
  });

  it('requires the short summary of a proposal in both languages with its outcome (Art. 9.4)', async () => {
    const { id } = await discussedWithProposals();
    const [proposal] = (await call('GET', `/api/v1/standards/${id}/discussion/proposals`)).json<{
      items: Array<{ id: string }>;
    }>().items;
    const response = await call(
      'PUT',
      `/api/v1/standards/${id}/discussion/proposals/${proposal?.id ?? ''}/outcome`,
      owner,
      { outcome: 'accepted', reason },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'summary' }] });
  });

  it('refuses the notice while a proposal has no outcome or no summary, then publishes it with every outcome (Art. 9.4)', async () => {
    const { id } = await discussedWithProposals();
    const proposals = (await call('GET', `/api/v1/standards/${id}/discussion/proposals`)).json<{
      items: Array<{ id: string }>;
    }>().items;
    expect(proposals).toHaveLength(2);
    const first = proposals[0]?.id ?? '';
    const second = proposals[1]?.id ?? '';
    const outcome = (proposalId: string, body: object) =>
      call('PUT', `/api/v1/standards/${id}/discussion/proposals/${proposalId}/outcome`, owner, body);
    await outcome(first, { outcome: 'accepted', reason, summary });
    const notice = { revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=1' };
    const refused = await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, notice);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'PROPOSAL_OUTCOMES_MISSING', proposalIds: [second] });

    await outcome(second, { outcome: 'rejected', reason, summary });
    // An outcome recorded before summaries were required has none: the notice names it.
    await app.get(DataSource).query('UPDATE proposal SET summary = NULL WHERE id = $1', [second]);
    const unsummarised = await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, notice);
    expect(unsummarised.statusCode).toBe(409);
    expect(unsummarised.json()).toMatchObject({ code: 'PROPOSAL_SUMMARIES_MISSING', proposalIds: [second] });
    await outcome(second, { outcome: 'rejected', reason, summary });

    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id, 3) });
    const published = await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, notice);
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({
      revisedDraftUrl: notice.revisedDraftUrl,
      revisedDraft: { term: { value: 3 } },
      entries: [
        {
          proposalId: first,
          outcome: 'accepted',
          source: { kk: 'Жеке тұлға, ЖСН ********0123', ru: 'Физическое лицо, ИИН ********0123' },
          summary,
        },
        {
          proposalId: second,
          outcome: 'rejected',
          source: { kk: 'Заңды тұлға, БСН 123456789012', ru: 'Юридическое лицо, БИН 123456789012' },
          summary,
        },
      ],
    });
    // Art. 9.4: the revised draft is public from the notice on.
    const version = (await call('GET', `/api/v1/standards/${id}`)).json<{ working: { content: unknown } }>();
    expect(version.working.content).toMatchObject({ term: { value: 3 } });
    expect((await outboxEvents(StandardsEventTypes.discussionCompleted, id)).length).toBe(1);
  });

  it('takes no proposal once the notice listing the proposals is out, however close the two come (Art. 9.4)', async () => {
    const { id } = await inDiscussion();
    // The notice's transaction, held open: it has the standard and is publishing.
    const notice = app.get(DataSource).createQueryRunner();
    await notice.connect();
    try {
      await notice.startTransaction();
      await notice.query('SELECT id FROM standard WHERE id = $1 FOR UPDATE', [id]);
      await notice.query(
        `UPDATE standard_version SET notice_published_at = now()
          WHERE id = (SELECT working_version_id FROM standard WHERE id = $1)`,
        [id],
      );
      const proposal = call('POST', `/api/v1/standards/${id}/discussion/proposals`, citizen, {
        text: 'В последний момент',
      });
      await eventually(
        async () => (await sessionsWaitingOnLocks(app)) >= 1,
        'the proposal to wait for the notice',
      );
      await notice.commitTransaction();
      const answer = await proposal;
      expect(answer.statusCode).toBe(409);
      expect(answer.json()).toMatchObject({ code: 'DISCUSSION_NOT_OPEN' });
    } finally {
      if (notice.isTransactionActive) await notice.rollbackTransaction();
      await notice.release();
    }
    const stored: unknown[] = await app
      .get(DataSource)
      .query('SELECT 1 FROM proposal WHERE standard_id = $1', [id]);
    expect(stored).toHaveLength(0);
  });
});
