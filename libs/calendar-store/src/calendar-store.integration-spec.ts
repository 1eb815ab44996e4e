import 'reflect-metadata';
import type { CalendarChangedV1 } from '@kzps/contracts';
import { serviceDataSourceOptions } from '@kzps/db';
import { createTestDatabase, eventually, type TestDatabase } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { CalendarCopy } from './calendar-copy';
import { CalendarStore } from './calendar-store';
import { CALENDAR_STORE_ENTITIES, CALENDAR_STORE_MIGRATIONS } from './calendar-store.tables';

const transfer = {
  id: 'transfer-2026-12',
  kind: 'transfer',
  from: '2026-12-19',
  to: '2026-12-18',
  legalBasis: 'Приказ Министра труда и социальной защиты населения РК (тестовый)',
  recordedAt: '2026-11-20T09:00:00.000Z',
} as const;

function change(revision: number, amendments: CalendarChangedV1['amendments']): CalendarChangedV1 {
  return {
    revision,
    changedAt: `2026-11-2${revision}T09:00:00.000Z`,
    change: { action: 'recorded', amendmentId: amendments.at(-1)?.id ?? 'none', years: [2026] },
    amendments,
  };
}

describe('a service copy of the calendar', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let replicaA: CalendarStore;
  let replicaB: CalendarStore;
  let copy: CalendarCopy;

  beforeAll(async () => {
    database = await createTestDatabase('calendar_store');
    dataSource = await new DataSource(
      serviceDataSourceOptions({
        url: database.url,
        entities: CALENDAR_STORE_ENTITIES,
        migrations: CALENDAR_STORE_MIGRATIONS,
      }),
    ).initialize();
    // Two replicas of one service over one database: A consumes the event, B only polls.
    replicaA = new CalendarStore(dataSource, { pollIntervalMs: 60_000 });
    replicaB = new CalendarStore(dataSource, { pollIntervalMs: 50 });
    await replicaA.onModuleInit();
    await replicaB.onModuleInit();
    copy = new CalendarCopy(replicaA);
  });

  afterAll(async () => {
    replicaA.onModuleDestroy();
    replicaB.onModuleDestroy();
    await dataSource.destroy();
    await database.drop();
  });

  it('starts from the built-in calendar', () => {
    expect(replicaA.revision()).toBe(0);
    expect(replicaA.current().isWorkingDay('2026-12-18')).toBe(true);
  });

  it('applies a change: the consuming replica at once, the other one at its next poll', async () => {
    const applied = await dataSource.transaction((manager) => copy.apply(change(2, [transfer]), manager));
    expect(applied?.isWorkingDay('2026-12-18')).toBe(false);
    await copy.refreshAfterCommit();
    expect(replicaA.current().isWorkingDay('2026-12-18')).toBe(false);
    expect(replicaA.revision()).toBe(2);
    await eventually(() => replicaB.revision() === 2, 'replica B to pick up revision 2');
    expect(replicaB.current().day('2026-12-18').reasons[0]).toMatchObject({
      kind: 'transfer',
      amendmentId: 'transfer-2026-12',
    });
  });

  it('ignores a redelivered or older change', async () => {
    const older = await dataSource.transaction((manager) => copy.apply(change(1, []), manager));
    const again = await dataSource.transaction((manager) => copy.apply(change(2, []), manager));
    expect(older).toBeUndefined();
    expect(again).toBeUndefined();
    await copy.refreshAfterCommit();
    expect(replicaA.current().amendments).toHaveLength(1);
  });

  it('replaces the whole copy with the state a newer change carries (a revoked amendment disappears)', async () => {
    await dataSource.transaction((manager) => copy.apply(change(3, []), manager));
    await copy.refreshAfterCommit();
    expect(replicaA.current().isWorkingDay('2026-12-18')).toBe(true);
  });

  it('refuses a change with an amendment the calendar cannot apply, and writes nothing', async () => {
    const broken = change(4, [{ ...transfer, from: '2026-02-30' }]);
    await expect(dataSource.transaction((manager) => copy.apply(broken, manager))).rejects.toMatchObject({
      name: 'PermanentEventError',
      message: expect.stringContaining('CALENDAR_DATE_INVALID: from'),
    });
    expect(await replicaA.storedRevision(dataSource.manager)).toBe(3);
  });

  it('cites the act in Kazakh and Russian, and an event published before both existed in its one text (Art. 5)', async () => {
    const revision = await replicaA.storedRevision(dataSource.manager);
    const bilingual = {
      ...transfer,
      legalBasisKk: 'ҚР Еңбек және халықты әлеуметтік қорғау министрінің бұйрығы (тестілік)',
      legalBasisRu: transfer.legalBasis,
    };
    await dataSource.transaction((manager) => copy.apply(change(revision + 1, [bilingual]), manager));
    await copy.refreshAfterCommit();
    expect(replicaA.current().day('2026-12-18').reasons[0]?.source).toEqual({
      kk: bilingual.legalBasisKk,
      ru: bilingual.legalBasisRu,
    });

    await dataSource.transaction((manager) => copy.apply(change(revision + 2, [transfer]), manager));
    await copy.refreshAfterCommit();
    expect(replicaA.current().day('2026-12-18').reasons[0]?.source).toEqual({
      kk: transfer.legalBasis,
      ru: transfer.legalBasis,
    });
  });
});
