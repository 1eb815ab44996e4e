import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { isLegalTopicName } from '../storage/topic-store';
import { writeThrottleTime, type ApiHandler, type BrokerContext } from './api-handler';

interface TopicToCreate {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  assignedPartitions: number;
}

function check(
  broker: BrokerContext,
  topic: TopicToCreate,
): { error: ErrorCode; message: string | null; partitions: number } {
  const partitions = topic.assignedPartitions > 0 ? topic.assignedPartitions : topic.numPartitions;
  const resolved = partitions === -1 ? broker.config.defaultPartitions : partitions;
  if (!isLegalTopicName(topic.name))
    return { error: ErrorCode.InvalidTopic, message: 'illegal topic name', partitions: 0 };
  if (broker.topics.get(topic.name)) {
    return {
      error: ErrorCode.TopicAlreadyExists,
      message: `Topic '${topic.name}' already exists.`,
      partitions: 0,
    };
  }
  if (resolved < 1)
    return { error: ErrorCode.InvalidPartitions, message: 'partitions must be at least 1', partitions: 0 };
  if (topic.replicationFactor !== -1 && topic.replicationFactor !== 1) {
    return {
      error: ErrorCode.InvalidReplicationFactor,
      message: 'a single broker can only keep 1 replica',
      partitions: 0,
    };
  }
  return { error: ErrorCode.None, message: null, partitions: resolved };
}

/** CreateTopics v0-v3. Topic configs (retention, compaction...) are accepted and ignored. */
export const createTopicsRequest: ApiHandler = {
  apiKey: ApiKey.CreateTopics,
  minVersion: 0,
  maxVersion: 3,
  handle(body, version, { broker }) {
    const topics = body.array((r): TopicToCreate => {
      const name = r.string();
      const numPartitions = r.int32();
      const replicationFactor = r.int16();
      const assignedPartitions = r.array((ar) => [ar.int32(), ar.array((rr) => rr.int32())]).length;
      r.array((cr) => [cr.string(), cr.nullableString()]);
      return { name, numPartitions, replicationFactor, assignedPartitions };
    });
    body.int32(); // timeout
    const validateOnly = version >= 1 ? body.boolean() : false;

    const results = topics.map((topic) => {
      const verdict = check(broker, topic);
      const error =
        verdict.error === ErrorCode.None && !validateOnly
          ? broker.topics.create(topic.name, verdict.partitions)
          : verdict.error;
      return { name: topic.name, error, message: verdict.message };
    });
    const writer = new Writer();
    writeThrottleTime(writer, version, 2);
    return writer.array(results, (w, result) => {
      w.string(result.name).int16(result.error);
      if (version >= 1) w.string(result.message);
    });
  },
};
