import { randomUUID } from 'node:crypto';
import * as net from 'node:net';
import {
  Kafka,
  logLevel,
  type Consumer,
  type ConsumerConfig,
  type ISocketFactory,
  type KafkaConfig,
} from 'kafkajs';
import { startBroker, type BrokerOptions, type RunningBroker } from '../broker';

// KafkaJS logs are noise in a passing run; KAFKA_LITE_DEBUG=1 brings them (and the broker's) back.
const debug = process.env.KAFKA_LITE_DEBUG === '1';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

export function startTestBroker(options: BrokerOptions = {}): Promise<RunningBroker> {
  const quiet = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
  };
  return startBroker({ host: '127.0.0.1', port: 0, ...(debug ? {} : { logger: quiet }), ...options });
}

export function kafkaClient(broker: RunningBroker | string, options: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    clientId: `kafka-lite-test-${randomUUID().slice(0, 8)}`,
    brokers: [typeof broker === 'string' ? broker : broker.address],
    logLevel: debug ? logLevel.DEBUG : logLevel.NOTHING,
    retry: { initialRetryTime: 100, retries: 8 },
    ...options,
  });
}

/** Group timings small enough for tests: joins and rebalances take well under a second. */
export const FAST_GROUP: Omit<ConsumerConfig, 'groupId'> = {
  sessionTimeout: 3000,
  rebalanceTimeout: 3000,
  heartbeatInterval: 200,
  maxWaitTimeInMs: 250,
  retry: { initialRetryTime: 100, retries: 8 },
};

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** The partitions of `topic` the consumer was given at its latest group join. */
export function trackAssignment(consumer: Consumer, topic: string): { partitions: number[] } {
  const state = { partitions: [] as number[] };
  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    state.partitions = [...(event.payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
  });
  return state;
}

/**
 * A socket factory whose connections can all be cut at once, after which new ones fail: the client
 * looks dead to the broker (no heartbeat, no LeaveGroup), like a crashed process.
 */
export function killableSockets(): { socketFactory: ISocketFactory; kill(): void } {
  const sockets = new Set<net.Socket>();
  let dead = false;
  return {
    socketFactory: ({ host, port, onConnect }) => {
      const socket = net.connect({ host, port }, onConnect);
      if (dead) setImmediate(() => socket.destroy(new Error('killed')));
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      return socket;
    },
    kill: () => {
      dead = true;
      for (const socket of sockets) socket.destroy(new Error('killed'));
    },
  };
}
