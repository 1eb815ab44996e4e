/**
 * One topic per aggregate kind; the partition key is always the aggregate id, so the events of one
 * aggregate stay in order (docs/architecture.md). Names are `kz.gov.<context>.<aggregates>`.
 */
export const Topics = {
  registryOrganizations: 'kz.gov.registry.organizations',
  registryServices: 'kz.gov.registry.services',
  registryCalendar: 'kz.gov.registry.calendar',
  standards: 'kz.gov.standards.standards',
  applications: 'kz.gov.applications.applications',
  complaints: 'kz.gov.complaints.complaints',
  monitoringInspections: 'kz.gov.monitoring.inspections',
  monitoringSurveys: 'kz.gov.monitoring.surveys',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const allTopics: readonly TopicName[] = Object.values(Topics);

/** Messages that kept failing in a consumer are parked here, with their error, until replayed. */
export const DEAD_LETTER_SUFFIX = '.dlq';

export function deadLetterTopicOf(topic: string): string {
  return `${topic}${DEAD_LETTER_SUFFIX}`;
}

export function isDeadLetterTopic(topic: string): boolean {
  return topic.endsWith(DEAD_LETTER_SUFFIX);
}
