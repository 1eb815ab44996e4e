import type { GroupCoordinator } from '../group/group-coordinator';
import type { BrokerLogger } from '../logger';
import type { ApiKey } from '../protocol/api-key';
import type { Reader } from '../protocol/reader';
import type { Writer } from '../protocol/writer';
import type { ProducerIdAllocator } from '../storage/producer-id-allocator';
import type { TopicStore } from '../storage/topic-store';

export interface BrokerConfig {
  nodeId: number;
  clusterId: string;
  /** Host and port clients are told to connect to (Metadata, FindCoordinator). */
  advertisedHost: string;
  port: number;
  autoCreateTopics: boolean;
  defaultPartitions: number;
}

export interface VersionRange {
  apiKey: ApiKey;
  minVersion: number;
  maxVersion: number;
}

/** Everything a request handler may use: the broker's state, shared by all connections. */
export interface BrokerContext {
  config: BrokerConfig;
  topics: TopicStore;
  groups: GroupCoordinator;
  producerIds: ProducerIdAllocator;
  logger: BrokerLogger;
  supportedApis: readonly VersionRange[];
}

export interface RequestContext {
  broker: BrokerContext;
  clientId: string;
  clientHost: string;
  /** Aborted when the connection closes or the broker stops: long-polling requests give up then. */
  closed: AbortSignal;
}

/** One API key: the versions it implements and how it turns a request body into a response body. */
export interface ApiHandler extends VersionRange {
  /** null means no response at all (Produce with acks=0). */
  handle(body: Reader, version: number, context: RequestContext): Writer | null | Promise<Writer | null>;
}

/** The int32 throttle_time_ms that most responses gained at some version; this broker never throttles. */
export function writeThrottleTime(writer: Writer, version: number, sinceVersion: number): void {
  if (version >= sinceVersion) writer.int32(0);
}
