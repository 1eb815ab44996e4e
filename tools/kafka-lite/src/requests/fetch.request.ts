import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import type { Reader } from '../protocol/reader';
import { Writer } from '../protocol/writer';
import type { TopicStore } from '../storage/topic-store';
import { writeThrottleTime, type ApiHandler } from './api-handler';

interface FetchRequest {
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  topics: { name: string; partitions: { partition: number; fetchOffset: number; maxBytes: number }[] }[];
}

interface PartitionAnswer {
  partition: number;
  error: ErrorCode;
  highWatermark: number;
  batches: Buffer[];
}

interface FetchAnswer {
  bytes: number;
  failed: boolean;
  topics: { name: string; partitions: PartitionAnswer[] }[];
}

function readRequest(body: Reader, version: number): FetchRequest {
  body.int32(); // replica id: always a consumer here
  const maxWaitMs = body.int32();
  const minBytes = body.int32();
  const maxBytes = body.int32();
  body.int8(); // isolation level: no transactions, so committed = everything
  if (version >= 7) {
    body.int32(); // session id: no incremental fetch sessions, every fetch is a full one
    body.int32(); // session epoch
  }
  const topics = body.array((r) => ({
    name: r.string(),
    partitions: r.array((pr) => {
      const partition = pr.int32();
      if (version >= 9) pr.int32(); // current leader epoch
      const fetchOffset = pr.int64AsNumber();
      if (version >= 5) pr.int64(); // log start offset (followers only)
      return { partition, fetchOffset, maxBytes: pr.int32() };
    }),
  }));
  if (version >= 7) body.array((r) => [r.string(), r.array((pr) => pr.int32())]);
  if (version >= 11) body.string(); // rack id
  return { maxWaitMs, minBytes, maxBytes, topics };
}

/** Reads what is there now, limited by the partition and response byte limits. */
function collect(topics: TopicStore, request: FetchRequest): FetchAnswer {
  const answer: FetchAnswer = { bytes: 0, failed: false, topics: [] };
  for (const { name, partitions } of request.topics) {
    answer.topics.push({
      name,
      partitions: partitions.map(({ partition, fetchOffset, maxBytes }): PartitionAnswer => {
        const log = topics.partition(name, partition);
        if (!log) {
          answer.failed = true;
          return { partition, error: ErrorCode.UnknownTopicOrPartition, highWatermark: -1, batches: [] };
        }
        if (fetchOffset < log.logStartOffset || fetchOffset > log.nextOffset) {
          answer.failed = true;
          return { partition, error: ErrorCode.OffsetOutOfRange, highWatermark: log.nextOffset, batches: [] };
        }
        const limit = Math.min(maxBytes, request.maxBytes - answer.bytes);
        const batches = log.read(fetchOffset, limit, answer.bytes === 0);
        answer.bytes += batches.reduce((sum, batch) => sum + batch.length, 0);
        return { partition, error: ErrorCode.None, highWatermark: log.nextOffset, batches };
      }),
    });
  }
  return answer;
}

/** Parks the fetch until minBytes are there, maxWaitMs passes, or the connection closes. */
function waitForData(topics: TopicStore, request: FetchRequest, closed: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const unsubscribers: (() => void)[] = [];
    const finish = (): void => {
      clearTimeout(timer);
      closed.removeEventListener('abort', finish);
      for (const unsubscribe of unsubscribers) unsubscribe();
      resolve();
    };
    const timer = setTimeout(finish, request.maxWaitMs);
    closed.addEventListener('abort', finish);
    const onAppend = (): void => {
      if (collect(topics, request).bytes >= request.minBytes) finish();
    };
    for (const { name, partitions } of request.topics) {
      for (const { partition } of partitions) {
        const log = topics.partition(name, partition);
        if (log) unsubscribers.push(log.onAppend(onAppend));
      }
    }
  });
}

function writeResponse(answer: FetchAnswer, version: number): Writer {
  const writer = new Writer();
  writeThrottleTime(writer, version, 1);
  if (version >= 7) writer.int16(ErrorCode.None).int32(0);
  return writer.array(answer.topics, (w, topic) => {
    w.string(topic.name).array(topic.partitions, (pw, partition) => {
      pw.int32(partition.partition).int16(partition.error).int64(partition.highWatermark);
      pw.int64(partition.highWatermark); // last stable offset: no open transactions, ever
      if (version >= 5) pw.int64(0); // log start offset
      pw.array([], () => undefined); // aborted transactions
      if (version >= 11) pw.int32(-1); // preferred read replica: none
      pw.bytesFrom(partition.batches);
    });
  });
}

/** Fetch v4+: whole stored batches; a waiting fetch is answered as soon as a produce brings enough. */
export const fetchRequest: ApiHandler = {
  apiKey: ApiKey.Fetch,
  minVersion: 4,
  maxVersion: 11,
  async handle(body, version, { broker, closed }) {
    const request = readRequest(body, version);
    const now = collect(broker.topics, request);
    if (now.bytes >= request.minBytes || now.failed || request.maxWaitMs <= 0 || closed.aborted) {
      return writeResponse(now, version);
    }
    await waitForData(broker.topics, request, closed);
    return writeResponse(collect(broker.topics, request), version);
  },
};
