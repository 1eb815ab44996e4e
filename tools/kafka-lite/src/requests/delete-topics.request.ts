import { ApiKey } from '../protocol/api-key';
import { Writer } from '../protocol/writer';
import { ErrorCode } from '../protocol/error-code';
import { writeThrottleTime, type ApiHandler } from './api-handler';

/** DeleteTopics v0-v1: the topic, its logs and the offsets committed for it go at once. */
export const deleteTopicsRequest: ApiHandler = {
  apiKey: ApiKey.DeleteTopics,
  minVersion: 0,
  maxVersion: 1,
  handle(body, version, { broker }) {
    const names = body.array((r) => r.string());
    body.int32(); // timeout
    const results = names.map((name) => {
      const error = broker.topics.delete(name);
      if (error === ErrorCode.None) broker.groups.deleteTopicOffsets(name);
      return { name, error };
    });
    const writer = new Writer();
    writeThrottleTime(writer, version, 1);
    return writer.array(results, (w, result) => w.string(result.name).int16(result.error));
  },
};
