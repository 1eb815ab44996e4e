import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';
import { resolveTopic } from './topic-resolution';

interface PartitionAnswer {
  partition: number;
  error: ErrorCode;
  baseOffset: number;
}

/**
 * Produce v3+ (RecordBatch v2 only). The batches are stored as received; only baseOffset is rewritten,
 * which the CRC does not cover. acks=-1 and acks=1 are the same thing on a single broker.
 */
export const produceRequest: ApiHandler = {
  apiKey: ApiKey.Produce,
  minVersion: 3,
  maxVersion: 7,
  handle(body, version, { broker }) {
    body.nullableString(); // transactional id: transactions are not supported, see README
    const acks = body.int16();
    body.int32(); // timeout: every write completes at once
    const validAcks = acks === 0 || acks === 1 || acks === -1;
    const topics = body.array((r) => ({
      name: r.string(),
      partitions: r.array((pr) => ({ partition: pr.int32(), records: pr.nullableBytes() })),
    }));

    const answers = topics.map(({ name, partitions }) => {
      const topic = validAcks ? resolveTopic(broker, name, true) : undefined;
      return {
        name,
        partitions: partitions.map(({ partition, records }): PartitionAnswer => {
          if (!validAcks) return { partition, error: ErrorCode.InvalidRequiredAcks, baseOffset: -1 };
          const log = topic?.partitions[partition];
          if (!log) return { partition, error: ErrorCode.UnknownTopicOrPartition, baseOffset: -1 };
          if (!records) return { partition, error: ErrorCode.CorruptMessage, baseOffset: -1 };
          const result = log.append(records);
          return result.error === ErrorCode.None
            ? { partition, error: ErrorCode.None, baseOffset: result.baseOffset }
            : { partition, error: result.error, baseOffset: -1 };
        }),
      };
    });
    if (acks === 0) return null;

    const writer = new Writer().array(answers, (w, topic) => {
      w.string(topic.name).array(topic.partitions, (pw, answer) => {
        pw.int32(answer.partition).int16(answer.error).int64(answer.baseOffset).int64(-1);
        if (version >= 5) pw.int64(0);
      });
    });
    writeThrottleTime(writer, version, 1);
    return writer;
  },
};
