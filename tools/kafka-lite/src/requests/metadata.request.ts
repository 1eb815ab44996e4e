import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { isLegalTopicName, type Topic } from '../storage/topic-store';
import { writeThrottleTime, type ApiHandler } from './api-handler';
import { resolveTopic } from './topic-resolution';

type TopicAnswer = { name: string; error: ErrorCode; topic?: Topic };

export const metadataRequest: ApiHandler = {
  apiKey: ApiKey.Metadata,
  minVersion: 0,
  maxVersion: 6,
  handle(body, version, { broker }) {
    const requested = body.nullableArray((r) => r.string());
    const allowAutoCreate = version >= 4 ? body.boolean() : true;
    // v0 asks for all topics with an empty list, later versions with a null one.
    const all = requested === null || (version === 0 && requested.length === 0);
    const answers: TopicAnswer[] = all
      ? broker.topics.list().map((topic) => ({ name: topic.name, error: ErrorCode.None, topic }))
      : requested.map((name) => {
          if (!isLegalTopicName(name)) return { name, error: ErrorCode.InvalidTopic };
          const topic = resolveTopic(broker, name, allowAutoCreate);
          return topic
            ? { name, error: ErrorCode.None, topic }
            : { name, error: ErrorCode.UnknownTopicOrPartition };
        });

    const { nodeId, advertisedHost, port, clusterId } = broker.config;
    const writer = new Writer();
    writeThrottleTime(writer, version, 3);
    writer.array([nodeId], (w) => {
      w.int32(nodeId).string(advertisedHost).int32(port);
      if (version >= 1) w.string(null);
    });
    if (version >= 2) writer.string(clusterId);
    if (version >= 1) writer.int32(nodeId);
    writer.array(answers, (w, answer) => {
      w.int16(answer.error).string(answer.name);
      if (version >= 1) w.boolean(false);
      w.array(answer.topic?.partitions ?? [], (pw, partition) => {
        pw.int16(ErrorCode.None)
          .int32(partition.partition)
          .int32(nodeId)
          .int32Array([nodeId])
          .int32Array([nodeId]);
        if (version >= 5) pw.int32Array([]);
      });
    });
    return writer;
  },
};
