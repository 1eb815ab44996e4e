import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

/** OffsetCommit v2+ (v2-v4 carry a retention time, which this broker ignores: offsets never expire). */
export const offsetCommitRequest: ApiHandler = {
  apiKey: ApiKey.OffsetCommit,
  minVersion: 2,
  maxVersion: 5,
  handle(body, version, { broker }) {
    const groupId = body.string();
    const generationId = body.int32();
    const memberId = body.string();
    if (version <= 4) body.int64(); // retention time
    const topics = body.array((r) => ({
      name: r.string(),
      partitions: r.array((pr) => ({
        partition: pr.int32(),
        offset: pr.int64AsNumber(),
        metadata: pr.nullableString(),
      })),
    }));
    const committable = topics.flatMap(({ name, partitions }) =>
      partitions
        .filter(({ partition }) => broker.topics.partition(name, partition))
        .map(({ partition, offset, metadata }) => ({
          topic: name,
          partition,
          committed: { offset, metadata },
        })),
    );
    const groupError = broker.groups.commitOffsets(groupId, generationId, memberId, committable);
    const writer = new Writer();
    writeThrottleTime(writer, version, 3);
    return writer.array(topics, (w, { name, partitions }) => {
      w.string(name).array(partitions, (pw, { partition }) => {
        const known = broker.topics.partition(name, partition) !== undefined;
        pw.int32(partition).int16(known ? groupError : ErrorCode.UnknownTopicOrPartition);
      });
    });
  },
};
