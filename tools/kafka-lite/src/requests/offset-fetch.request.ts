import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

/** OffsetFetch v1+: -1 for a partition without a committed offset; a null topic list means all (v2+). */
export const offsetFetchRequest: ApiHandler = {
  apiKey: ApiKey.OffsetFetch,
  minVersion: 1,
  maxVersion: 4,
  handle(body, version, { broker }) {
    const groupId = body.string();
    const requested = body.nullableArray((r) => ({
      name: r.string(),
      partitions: r.array((pr) => pr.int32()),
    }));
    const topics = requested ?? allCommitted(broker.groups.committedOffsets(groupId));
    const writer = new Writer();
    writeThrottleTime(writer, version, 3);
    writer.array(topics, (w, { name, partitions }) => {
      w.string(name).array(partitions, (pw, partition) => {
        const committed = broker.groups.committedOffset(groupId, name, partition);
        pw.int32(partition)
          .int64(committed?.offset ?? -1)
          .string(committed?.metadata ?? '')
          .int16(ErrorCode.None);
      });
    });
    if (version >= 2) writer.int16(ErrorCode.None);
    return writer;
  },
};

function allCommitted(
  entries: { topic: string; partition: number }[],
): { name: string; partitions: number[] }[] {
  const byTopic = new Map<string, number[]>();
  for (const { topic, partition } of entries) byTopic.set(topic, [...(byTopic.get(topic) ?? []), partition]);
  return [...byTopic].map(([name, partitions]) => ({ name, partitions }));
}
