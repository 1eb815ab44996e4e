import type { Topic } from '../storage/topic-store';
import { isLegalTopicName } from '../storage/topic-store';
import type { BrokerContext } from './api-handler';

/** The topic, created first when auto-creation is on (broker-wide) and allowed (by the request). */
export function resolveTopic(
  broker: BrokerContext,
  name: string,
  allowAutoCreate: boolean,
): Topic | undefined {
  const existing = broker.topics.get(name);
  if (existing || !allowAutoCreate || !broker.config.autoCreateTopics || !isLegalTopicName(name))
    return existing;
  broker.topics.create(name, broker.config.defaultPartitions);
  return broker.topics.get(name);
}
