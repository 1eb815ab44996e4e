import { deadLetterTopicOf, isCompactedTopic } from '@kzps/contracts';
import type { ITopicConfig, Kafka } from 'kafkajs';

export interface TopicSpec {
  name: string;
  partitions: number;
  /** 1 for the embedded broker; 3 on a production cluster. */
  replicationFactor?: number;
}

/**
 * What to ask the broker for: the topic with its partitions, and `cleanup.policy=compact` for the topics whose
 * events carry their aggregate's whole state (libs/contracts `compactedTopics`). A dead-letter twin keeps the
 * default retention: every parked message matters, not only the latest per key.
 */
export function topicRequest(topic: TopicSpec): ITopicConfig {
  return {
    topic: topic.name,
    numPartitions: topic.partitions,
    replicationFactor: topic.replicationFactor ?? 1,
    ...(isCompactedTopic(topic.name)
      ? { configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }
      : {}),
  };
}

/**
 * Creates the topics (and their dead-letter twins) that do not exist yet. Idempotent: services start
 * concurrently and all declare the topics they use; an existing topic keeps its partition count and its
 * configuration (a topic created before it was compacted is altered by the operator: see k8s/README.md).
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly TopicSpec[],
  options: { withDeadLetters?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  const wanted = new Map<string, TopicSpec>();
  for (const topic of topics) {
    wanted.set(topic.name, topic);
    if (options.withDeadLetters ?? true) {
      const dlq = deadLetterTopicOf(topic.name);
      wanted.set(dlq, { ...topic, name: dlq });
    }
  }
  if (wanted.size === 0) return;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...wanted.values()].filter((topic) => !existing.has(topic.name));
    if (missing.length === 0) return;
    // createTopics resolves false (not an error) when some already exist: a concurrent creator won.
    await admin.createTopics({
      waitForLeaders: true,
      timeout: options.timeoutMs ?? 10_000,
      topics: missing.map(topicRequest),
    });
  } finally {
    await admin.disconnect();
  }
}
