import type { EntityManager } from 'typeorm';
import { ITEM_RECORDED, testCatalog, type TestPayloads } from '../test/messaging-test-kit';
import { OutboxWriter } from './outbox.writer';

/** Only the insert statement is faked: what the writer puts in it is what this spec checks. */
function transactionManager() {
  const statements: Array<{ sql: string; values: unknown[] }> = [];
  const manager = {
    queryRunner: { isTransactionActive: true },
    query: async (sql: string, values: unknown[]) => {
      statements.push({ sql, values });
      return [];
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

describe('the outbox writer and the event key', () => {
  const writer = new OutboxWriter<TestPayloads>({ serviceName: 'test-svc', catalog: testCatalog('t.items') });

  it('takes the subject (the Kafka key) from the payload, as the event definition names it', async () => {
    const { manager, statements } = transactionManager();
    const envelope = await writer.append(manager, { type: ITEM_RECORDED, data: { key: 'k-7', seq: 1 } });
    expect(envelope.subject).toBe('k-7');
    const [row] = JSON.parse(String(statements[0]?.values[0])) as Array<Record<string, unknown>>;
    expect([row?.type, row?.topic, row?.key]).toEqual([ITEM_RECORDED, 't.items', 'k-7']);
  });

  it('refuses a subject that is not the payload’s key, so one aggregate’s events never split across keys', async () => {
    const { manager, statements } = transactionManager();
    await expect(
      writer.append(manager, { type: ITEM_RECORDED, subject: 'k-8', data: { key: 'k-7', seq: 1 } }),
    ).rejects.toThrow(
      `Invalid ${ITEM_RECORDED} event: subject must be the event's key from its payload (k-7)`,
    );
    expect(statements).toEqual([]);
  });

  it('names each problem of a payload by its path, with the field that is missing', async () => {
    const { manager } = transactionManager();
    await expect(
      writer.append(manager, {
        type: ITEM_RECORDED,
        data: { seq: 1.5, fail: 'yes' } as unknown as TestPayloads[typeof ITEM_RECORDED],
      }),
    ).rejects.toThrow(
      `Invalid ${ITEM_RECORDED} event: key is required; seq must be an integer, got number; ` +
        'fail must be a boolean, got string; subject (the aggregate id) is required: it is the Kafka key',
    );
  });
});
