import { Topics, deadLetterTopicOf } from '@kzps/contracts';
import { topicRequest } from './topics';

describe('topic requests', () => {
  it('compacts the registry topics, whose every event carries the whole state of its aggregate', () => {
    for (const name of [Topics.registryServices, Topics.registryOrganizations, Topics.registryCalendar]) {
      expect(topicRequest({ name, partitions: 3 })).toEqual({
        topic: name,
        numPartitions: 3,
        replicationFactor: 1,
        configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
      });
    }
  });

  it('keeps the default retention for process topics and every dead-letter topic', () => {
    expect(topicRequest({ name: Topics.standards, partitions: 3, replicationFactor: 3 })).toEqual({
      topic: Topics.standards,
      numPartitions: 3,
      replicationFactor: 3,
    });
    expect(
      topicRequest({ name: deadLetterTopicOf(Topics.registryServices), partitions: 3 }),
    ).not.toHaveProperty('configEntries');
  });
});
