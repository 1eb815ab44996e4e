import * as fs from 'node:fs';
import * as net from 'node:net';
import { GroupCoordinator } from './group/group-coordinator';
import { createConsoleLogger, type BrokerLogger } from './logger';
import type { BrokerContext } from './requests/api-handler';
import { API_HANDLERS } from './requests/api-registry';
import { Connection } from './server/connection';
import { OffsetStore } from './storage/offset-store';
import { ProducerIdAllocator } from './storage/producer-id-allocator';
import { TopicStore } from './storage/topic-store';

export interface BrokerOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 picks a free one. Default 9092. */
  port?: number;
  /** Keep logs, topics and committed offsets here; without it everything lives in memory. */
  dataDir?: string;
  /** Create a topic on its first Metadata or Produce request; default true. */
  autoCreateTopics?: boolean;
  /** Partitions of an auto-created topic or a CreateTopics with -1; default 1, as Kafka. */
  defaultPartitions?: number;
  /** Host put in Metadata/FindCoordinator answers; default the listen host (127.0.0.1 for 0.0.0.0/::). */
  advertisedHost?: string;
  /** Default: warnings and errors as JSON lines on stderr. */
  logger?: BrokerLogger;
}

export interface RunningBroker {
  host: string;
  port: number;
  /** "host:port", ready for kafkajs `brokers` or KAFKA_BROKERS. */
  address: string;
  /** Closes the server and every client connection, flushes and releases the files. Idempotent. */
  stop(): Promise<void>;
}

function advertisedHostFor(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
}

export async function startBroker(options: BrokerOptions = {}): Promise<RunningBroker> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? createConsoleLogger('warn');
  const defaultPartitions = options.defaultPartitions ?? 1;
  if (!Number.isInteger(defaultPartitions) || defaultPartitions < 1) {
    throw new Error(`defaultPartitions must be a positive integer, got ${defaultPartitions}`);
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const topics = new TopicStore(options.dataDir, logger);
  const offsets = new OffsetStore(options.dataDir, logger);
  const groups = new GroupCoordinator(offsets, logger);
  const context: BrokerContext = {
    config: {
      nodeId: 0,
      clusterId: 'kafka-lite',
      advertisedHost: options.advertisedHost ?? advertisedHostFor(host),
      port: 0,
      autoCreateTopics: options.autoCreateTopics ?? true,
      defaultPartitions,
    },
    topics,
    groups,
    producerIds: new ProducerIdAllocator(),
    logger,
    supportedApis: API_HANDLERS.map(({ apiKey, minVersion, maxVersion }) => ({
      apiKey,
      minVersion,
      maxVersion,
    })),
  };

  const connections = new Set<Connection>();
  const server = net.createServer((socket) => {
    const connection = new Connection(socket, context);
    connections.add(connection);
    socket.on('close', () => connections.delete(connection));
  });
  const closeStorage = (): void => {
    groups.close();
    topics.flush();
    topics.close();
    offsets.flush();
    offsets.close();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 9092, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    closeStorage();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  context.config.port = port;
  logger.info('listening', { host, port, dataDir: options.dataDir ?? null });

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const connection of connections) connection.close();
      closeStorage();
      logger.info('stopped', { port });
    });
    return stopped;
  };
  return { host, port, address: `${context.config.advertisedHost}:${port}`, stop };
}
