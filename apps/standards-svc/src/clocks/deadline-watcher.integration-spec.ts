import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StandardsEventTypes } from '@kzps/contracts';
import { eventually } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { sessionsWaitingOnLocks, startApp, testConfig, type TestOrganization } from '../test/harness';
import { outboxEvents, type StandardBody, type TermBody } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { officerOf, useStandardsApp } from '../test/test-app';
import { DeadlineWatcher } from './deadline-watcher';
import { TermCalendar } from './term-calendar';

// Terms that run out: the deadline watcher raising each miss once, however many replicas sweep, and a first
// discussion opened late (Art. 7.4, 9.5). Each test includes a service of its own, so each runs alone and
// in any order; a sweep finds other tests' terms too, and no test counts on there being none.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const owner = officerOf(ministry, 'owner-officer');
const citizen = { subject: 'citizen-1', roles: ['recipient' as const], iin: '850101300123' };
// 20 February 2026, 10:00 in Almaty: 30 days end in Nauryz, so on 26 March; three months on 20 May.
const includedAt = new Date('2026-02-20T05:00:00Z');

describe('the deadline watcher and a late first discussion', () => {
  const { app, call, clock, driver, environment } = useStandardsApp(
    'standards_deadlines',
    [ministry],
    includedAt,
  );

  const standard = async (id: string): Promise<StandardBody> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>();
  const termOf = async (id: string, kind: string): Promise<TermBody> => {
    const term = (await standard(id)).terms.find((t) => t.kind === kind);
    if (!term) throw new Error(`no ${kind} term`);
    return term;
  };
  /** A central service of the ministry's included at `at`: its standard, drafting, its two clocks running. */
  const included = async (at: Date): Promise<{ id: string; serviceId: string }> => {
    const serviceId = randomUUID();
    const id = await standardAt(driver(), {
      service: { id: serviceId, ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] },
      includedAt: at,
      stage: 'included',
      owner,
      content: completeContent(ministry.id),
    });
    return { id, serviceId };
  };

  it('opens a first discussion after its 30 days all the same: late, 30 days of its own, the miss on record (Art. 7.4, 9.5)', async () => {
    const { id, serviceId } = await included(includedAt);
    // The watcher's pass the minute after the discussion term ran out finds it missed, outstanding.
    clock.set(new Date(Date.parse((await termOf(id, 'public_discussion')).dueAt) + 60_000));
    await app().get(DeadlineWatcher).tick();
    const before = await standard(id);
    expect(before.terms.find((t) => t.kind === 'public_discussion')?.status).toBe('missed');
    expect(before.overdue).toBe(true);

    clock.set('2026-05-13T05:00:00Z');
    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
    const response = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
    expect(response.statusCode).toBe(201);
    const lateEnd = app().get(TermCalendar).calendarDaysAfter(clock.now(), 30);
    expect(response.json()).toMatchObject({
      state: 'open',
      window: { endsAt: lateEnd.dueAt.toISOString(), late: true },
    });
    const [opened] = await outboxEvents(app(), StandardsEventTypes.discussionOpened, id);
    expect(opened?.payload).toMatchObject({ late: true, endsAt: lateEnd.dueAt.toISOString() });
    expect((await standard(id)).working).toMatchObject({ discussion: { late: true } });
    // The miss stays on record and was raised once; met late, it no longer makes the standard overdue.
    const after = await standard(id);
    const term = after.terms.find((t) => t.kind === 'public_discussion');
    expect(term).toMatchObject({ status: 'met_late', overdue: false });
    expect(term?.missedAt).not.toBeNull();
    expect(after.overdue).toBe(false);
    expect((await call('GET', `/api/v1/standards?overdue=true&serviceId=${serviceId}`)).json()).toMatchObject(
      {
        total: 0,
      },
    );
    const missed = await outboxEvents(app(), StandardsEventTypes.termMissed, id);
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
    const { id } = await included(new Date('2026-04-01T05:00:00Z'));
    clock.set('2026-05-13T05:00:00Z');
    // Included 1 April: 30 days end on Friday 1 May, a holiday, so on Monday 4 May; nobody swept since.
    expect(await termOf(id, 'public_discussion')).toMatchObject({
      dueDate: '2026-05-04',
      status: 'open',
      overdue: true,
    });
    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
    expect((await call('POST', `/api/v1/standards/${id}/discussion`, owner)).statusCode).toBe(201);
    expect(await termOf(id, 'public_discussion')).toMatchObject({
      status: 'met_late',
      missedAt: clock.now().toISOString(),
    });
    const missed = await outboxEvents(app(), StandardsEventTypes.termMissed, id);
    expect(missed.map((e) => e.payload)).toEqual([
      expect.objectContaining({ kind: 'public_discussion', article: '9.5', dueDate: '2026-05-04' }),
    ]);
    // The watcher finds nothing left to raise for it.
    await app().get(DeadlineWatcher).tick();
    expect(await outboxEvents(app(), StandardsEventTypes.termMissed, id)).toHaveLength(1);
  });

  it('raises every due term exactly once while two replicas sweep at the same time', async () => {
    const { id, serviceId } = await included(includedAt);
    // A second standard, so there are more due terms than replicas.
    await included(includedAt);
    const adoption = await termOf(id, 'standard_adoption');
    expect(adoption.status).toBe('open');
    clock.set(new Date(Date.parse(adoption.dueAt) + 60_000));
    const dataSource = app().get(DataSource);
    const due: Array<{ id: string }> = await dataSource.query(
      `SELECT id FROM statutory_term WHERE status = 'open' AND due_at < $1`,
      [clock.now()],
    );
    expect(due.length).toBeGreaterThanOrEqual(3);

    // Batch size 1, no timer: every claim is its own transaction and the test decides when they sweep.
    const replicaConfig = testConfig(environment(), { DEADLINE_WATCH_BATCH: '1' });
    const replicas: NestFastifyApplication[] = [];
    try {
      replicas.push(await startApp(replicaConfig, clock), await startApp(replicaConfig, clock));
      const [replicaA, replicaB] = replicas as [NestFastifyApplication, NestFastifyApplication];
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
          async () => ((await sessionsWaitingOnLocks(app())) >= 2 ? true : undefined),
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

      const [event] = (await outboxEvents(app(), StandardsEventTypes.termMissed, id)).filter(
        (e) => e.payload.kind === 'standard_adoption',
      );
      expect(event?.payload).toMatchObject({ article: '7.1', dueDate: adoption.dueDate });
      const overdue = (await call('GET', `/api/v1/standards?overdue=true&serviceId=${serviceId}`)).json<{
        items: StandardBody[];
      }>();
      expect(overdue.items.map((s) => s.id)).toEqual([id]);
      // A second pass finds nothing left.
      expect(
        await Promise.all([replicaA.get(DeadlineWatcher).tick(), replicaB.get(DeadlineWatcher).tick()]),
      ).toEqual([0, 0]);
    } finally {
      for (const replica of replicas) await replica.close();
    }
  });
});
