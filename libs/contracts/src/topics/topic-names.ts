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
  monitoringAccreditations: 'kz.gov.monitoring.accreditations',
  monitoringReports: 'kz.gov.monitoring.monitoring-reports',
  monitoringRecommendations: 'kz.gov.monitoring.recommendations',
  monitoringEvaluations: 'kz.gov.monitoring.evaluations',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const allTopics: readonly TopicName[] = Object.values(Topics);

/**
 * Topics on which every event carries the whole state of its aggregate (an organisation, a registry entry, the
 * calendar), keyed by its id. They are compacted: Kafka keeps the latest event of every key for good instead of
 * deleting by age, so a service deployed or restored years later still learns every service, organisation and
 * calendar amendment by reading the topic from the beginning. Topics whose events are steps of a process (the
 * standards, applications, complaints) keep the default retention: compaction would drop the steps.
 */
export const compactedTopics: readonly TopicName[] = [
  Topics.registryOrganizations,
  Topics.registryServices,
  Topics.registryCalendar,
];

export function isCompactedTopic(topic: string): boolean {
  return (compactedTopics as readonly string[]).includes(topic);
}

/** Messages that kept failing in a consumer are parked here, with their error, until replayed. */
export const DEAD_LETTER_SUFFIX = '.dlq';

export function deadLetterTopicOf(topic: string): string {
  return `${topic}${DEAD_LETTER_SUFFIX}`;
}

export function isDeadLetterTopic(topic: string): boolean {
  return topic.endsWith(DEAD_LETTER_SUFFIX);
}
