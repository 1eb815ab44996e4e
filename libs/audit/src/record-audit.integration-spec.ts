import { DataSource } from 'typeorm';
import { requestContext } from '@kzps/platform';
import { serviceDataSourceOptions } from '@kzps/db';
import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import { AuditRecord } from './audit-record.entity';
import { AUDIT_ENTITIES, AUDIT_MIGRATIONS } from './audit.tables';
import { recordAudit, recordAudits, systemActor } from './record-audit';

const officer = { subject: 'u-42', roles: ['owner-officer'], organizationId: 'org-1' };

describe('recordAudit on PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('audit');
    dataSource = new DataSource({
      ...serviceDataSourceOptions({
        url: database.url,
        entities: AUDIT_ENTITIES,
        migrations: AUDIT_MIGRATIONS,
      }),
      // the refused UPDATE and DELETE below would otherwise be logged as errors
      logging: false,
    });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('stores who, what, when, result and the request id of the current request', async () => {
    const stored = await requestContext.run({ requestId: 'req-audit-1' }, () =>
      dataSource.transaction((manager) =>
        recordAudit(manager, {
          actor: officer,
          action: 'standard.approve',
          resourceType: 'standard',
          resourceId: 'std-7',
          summary: 'approved standard std-7',
        }),
      ),
    );
    const row = await dataSource.getRepository(AuditRecord).findOneByOrFail({ id: stored.id });
    expect(row).toMatchObject({
      actorSubject: 'u-42',
      actorRoles: ['owner-officer'],
      organizationId: 'org-1',
      action: 'standard.approve',
      resourceId: 'std-7',
      outcome: 'succeeded',
      requestId: 'req-audit-1',
    });
    expect(row.occurredAt).toBeInstanceOf(Date);
  });

  it('rolls back with the change it describes', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await recordAudit(manager, {
          actor: officer,
          action: 'x.change',
          resourceType: 'x',
          resourceId: 'r-1',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await dataSource.getRepository(AuditRecord).countBy({ resourceId: 'r-1' })).toBe(0);
  });

  it('masks IINs in the summary and records the system actor', async () => {
    const stored = await recordAudit(dataSource.manager, {
      actor: systemActor('complaints-svc'),
      action: 'complaint.escalate',
      resourceType: 'complaint',
      summary: 'escalated the complaint of 850101300124',
      outcome: 'failed',
    });
    const row = await dataSource.getRepository(AuditRecord).findOneByOrFail({ id: stored.id });
    expect(row.summary).toBe('escalated the complaint of 8501******24');
    expect(row).toMatchObject({ actorSubject: 'system:complaints-svc', outcome: 'failed', requestId: null });
  });

  it('stores a batch of records (a sweep’s) each whole and masked, and rolls the batch back with its change', async () => {
    const entries = ['a-1', 'a-2', 'a-3'].map((resourceId) => ({
      actor: systemActor('applications-svc'),
      action: 'application.overdue',
      resourceType: 'application',
      resourceId,
      summary: `for 850101300124 ${resourceId}`,
    }));
    const stored = await dataSource.transaction((manager) => recordAudits(manager, entries));
    const rows = await dataSource
      .getRepository(AuditRecord)
      .find({ where: stored.map((record) => ({ id: record.id })), order: { resourceId: 'ASC' } });
    expect(rows.map((row) => [row.resourceId, row.summary, row.actorSubject])).toEqual([
      ['a-1', 'for 8501******24 a-1', 'system:applications-svc'],
      ['a-2', 'for 8501******24 a-2', 'system:applications-svc'],
      ['a-3', 'for 8501******24 a-3', 'system:applications-svc'],
    ]);

    await expect(
      dataSource.transaction(async (manager) => {
        await recordAudits(manager, [
          { ...entries[0], resourceId: 'b-1' },
          { ...entries[0], resourceId: 'b-2' },
        ]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await dataSource.getRepository(AuditRecord).countBy({ action: 'application.overdue' })).toBe(3);
  });

  it('refuses to rewrite or delete the trail', async () => {
    const stored = await recordAudit(dataSource.manager, {
      actor: officer,
      action: 'y.change',
      resourceType: 'y',
    });
    await expect(
      dataSource.query(`UPDATE audit_record SET outcome = 'denied' WHERE id = $1`, [stored.id]),
    ).rejects.toThrow('append-only');
    await expect(dataSource.query(`DELETE FROM audit_record WHERE id = $1`, [stored.id])).rejects.toThrow(
      'append-only',
    );
  });
});
