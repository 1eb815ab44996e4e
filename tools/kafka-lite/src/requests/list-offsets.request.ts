import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

const LATEST = -1;
const EARLIEST = -2;

/** ListOffsets v1+: latest, earliest, or the first batch at or after a timestamp. */
export const listOffsetsRequest: ApiHandler = {
  apiKey: ApiKey.ListOffsets,
  minVersion: 1,
  maxVersion: 3,
  handle(body, version, { broker }) {
    body.int32(); // replica id
    if (version >= 2) body.int8(); // isolation level
    const topics = body.array((r) => ({
      name: r.string(),
      partitions: r.array((pr) => ({ partition: pr.int32(), timestamp: pr.int64AsNumber() })),
    }));
    const writer = new Writer();
    writeThrottleTime(writer, version, 2);
    return writer.array(topics, (w, { name, partitions }) => {
      w.string(name).array(partitions, (pw, { partition, timestamp }) => {
        const log = broker.topics.partition(name, partition);
        pw.int32(partition);
        if (!log) {
          pw.int16(ErrorCode.UnknownTopicOrPartition).int64(-1).int64(-1);
          return;
        }
        let offset: number;
        if (timestamp === LATEST) offset = log.nextOffset;
        else if (timestamp === EARLIEST) offset = log.logStartOffset;
        else offset = log.offsetForTimestamp(timestamp) ?? -1;
        pw.int16(ErrorCode.None).int64(-1).int64(offset);
      });
    });
  },
};
