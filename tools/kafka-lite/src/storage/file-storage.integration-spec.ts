import { eventually } from '@kzps/testing';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { KafkaMessage } from 'kafkajs';
import type { RunningBroker } from '../broker';
import { FAST_GROUP, kafkaClient, startTestBroker, uniqueName } from '../test/kafka-test-kit';

describe('kafka-lite file storage', () => {
  let dataDir: string;
  let broker: RunningBroker | undefined;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-lite-'));
  });

  afterEach(async () => {
    await broker?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function consumeAll(
    address: string,
    groupId: string,
    topic: string,
    expected: number,
  ): Promise<string[]> {
    const received: KafkaMessage[] = [];
    const consumer = kafkaClient(address).consumer({ ...FAST_GROUP, groupId });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push(message);
      },
    });
    await eventually(() => received.length >= expected, `${expected} messages`);
    await consumer.disconnect();
    return received.map((m) => `${m.offset}:${m.value?.toString() ?? ''}`);
  }

  it('keeps messages, topics and committed offsets across a restart on the same port', async () => {
    broker = await startTestBroker({ dataDir });
    const { port, address } = broker;
    const topic = uniqueName('durable');
    const groupId = uniqueName('group');
    const admin = kafkaClient(broker).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    const producer = kafkaClient(broker).producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        { value: 'a', partition: 0 },
        { value: 'b', partition: 0 },
        { value: 'c', partition: 1 },
      ],
    });
    expect((await consumeAll(address, groupId, topic, 3)).sort()).toEqual(['0:a', '0:c', '1:b']);

    await broker.stop();
    broker = await startTestBroker({ dataDir, port });

    // The producer connected before the restart carries on (kafkajs reconnects and retries).
    await producer.send({ topic, messages: [{ value: 'd', partition: 0 }] });
    const offsets = await admin.fetchTopicOffsets(topic);
    expect(offsets.sort((x, y) => x.partition - y.partition).map((o) => o.high)).toEqual(['3', '1']);
    expect(await consumeAll(address, groupId, topic, 1)).toEqual(['2:d']);
    await producer.disconnect();
    await admin.disconnect();
  });

  it('cuts a torn last write and continues the log after the last whole batch', async () => {
    broker = await startTestBroker({ dataDir });
    const topic = uniqueName('torn');
    const producer = kafkaClient(broker).producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ value: 'whole-1' }, { value: 'whole-2' }] });
    await producer.disconnect();
    const { port, address } = broker;
    await broker.stop();

    const log = path.join(dataDir, 'logs', `${topic}-0.log`);
    const intact = fs.statSync(log).size;
    // Half a batch: a size prefix promising more than follows, as a crash mid-write leaves it.
    fs.appendFileSync(log, Buffer.from([0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 80, 1, 2, 3]));

    broker = await startTestBroker({ dataDir, port });
    expect(fs.statSync(log).size).toBe(intact);
    const again = kafkaClient(broker).producer();
    await again.connect();
    const [result] = await again.send({ topic, messages: [{ value: 'after' }] });
    await again.disconnect();
    expect(result.baseOffset).toBe('2');
    expect(await consumeAll(address, uniqueName('group'), topic, 3)).toEqual([
      '0:whole-1',
      '1:whole-2',
      '2:after',
    ]);
  });
});
