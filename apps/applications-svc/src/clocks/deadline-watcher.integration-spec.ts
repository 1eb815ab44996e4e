import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApplicationsEventTypes, type StandardInForceV1 } from '@kzps/contracts';
import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import type { ApplicationReceipt } from '../intake/receipt';
import { standardItemId } from '../read-model/standard-content-ids';
import { startApp, startService, testConfig, type RunningService } from '../test/harness';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';
import { DeadlineWatcher } from './deadline-watcher';

// Thursday 19 March 2026, 10:00 in Astana: due Monday 30 March, at the PSC by the end of Friday 27 March.
const acceptedAt = new Date('2026-03-19T05:00:00Z');
const organizations = testOrganizations();
const callers = testCallers(organizations);

describe('deadline watcher (Art. 5.5.5, 8.5)', () => {
  let service: RunningService;
  let replica: NestFastifyApplication;
  let standard: StandardInForceV1;
  const clock = new TestClock(acceptedAt);

  const accept = async (): Promise<string> => {
    clock.set(acceptedAt);
    const response = await service.call('POST', '/api/v1/applications', callers.operator, {
      serviceId: standard.serviceId,
      channel: 'psc',
      recipient: { iin: '900315401233' },
      documentIds: [0, 1, 2].map((i) => standardItemId(standard.versionId, 'documents', i)),
      identificationMethod: 'identity_document',
    });
    return response.json<ApplicationReceipt>().applicationId;
  };
  const raised = async (type: string): Promise<string[]> => {
    const rows: Array<{ key: string }> = await service.app
      .get(DataSource)
      .query(`SELECT message_key AS key FROM outbox_message WHERE event_type = $1 ORDER BY message_key`, [
        type,
      ]);
    return rows.map((r) => r.key);
  };

  beforeAll(async () => {
    service = await startService('applications_watcher', clock, { env: { DEADLINE_WATCH_BATCH: '2' } });
    replica = await startApp(
      testConfig(
        { databaseUrl: service.databaseUrl, issuer: service.issuer, brokers: service.brokers },
        { DEADLINE_WATCH_BATCH: '2' },
      ),
      clock,
    );
    await publishOrganizations(service.app, service.kafka, organizations, acceptedAt);
    standard = await publishServiceInForce(service.app, service.kafka, organizations, acceptedAt);
  }, 60_000);

  afterAll(async () => {
    await replica?.close();
    await service?.stop();
  });

  it('raises each overdue application and each late handover exactly once with two replicas sweeping at once', async () => {
    const late = await Promise.all(Array.from({ length: 7 }, accept));
    const onTime = await accept();
    clock.set('2026-03-26T09:00:00Z');
    await service.call('POST', `/api/v1/applications/${onTime}/result`, callers.ministryOfficer, {
      form: 'paper_document',
      documentNumber: 'ШЖ-1',
    });

    // Saturday 28 March: the handovers are late, the terms are not yet over.
    clock.set('2026-03-28T06:00:00Z');
    const sweeps = [service.app, replica].map((app) => app.get(DeadlineWatcher));
    await Promise.all(sweeps.map((sweep) => sweep.tick()));
    expect(await raised(ApplicationsEventTypes.handoverLate)).toEqual([...late].sort());
    expect(await raised(ApplicationsEventTypes.overdue)).toEqual([]);

    // Tuesday 31 March: the terms ran out too; sweeping again raises nothing twice.
    clock.set('2026-03-31T06:00:00Z');
    const counts = await Promise.all(sweeps.map((sweep) => sweep.tick()));
    expect(counts[0] + counts[1]).toBe(late.length);
    await Promise.all(sweeps.map((sweep) => sweep.tick()));
    expect(await raised(ApplicationsEventTypes.overdue)).toEqual([...late].sort());
    expect(await raised(ApplicationsEventTypes.handoverLate)).toEqual([...late].sort());
  });

  it('finds overdue applications through the partial index of open, unraised rows by due date', async () => {
    const plan = await service.app.get(DataSource).transaction(async (manager) => {
      // The test's table is tiny, so the planner would rather scan it; the index must serve the predicate.
      await manager.query('SET LOCAL enable_seqscan = off');
      const [row]: Array<{ 'QUERY PLAN': unknown }> = await manager.query(
        `EXPLAIN (FORMAT JSON) SELECT id FROM application
          WHERE status IN ('accepted', 'in_work') AND overdue_raised_at IS NULL AND due_at < now()
          ORDER BY due_at LIMIT 500 FOR UPDATE SKIP LOCKED`,
      );
      return JSON.stringify(row?.['QUERY PLAN']);
    });
    expect(plan).toContain('application_overdue_watch_idx');
  });
});
