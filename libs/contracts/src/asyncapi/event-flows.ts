import { ApplicationsEventTypes } from '../applications/applications.events';
import { ComplaintsEventTypes } from '../complaints/complaints.events';
import type { EventType } from '../events/event-catalog';
import { MonitoringEventTypes } from '../monitoring/monitoring.events';
import { RegistryEventTypes } from '../registry/registry.events';
import { StandardsEventTypes } from '../standards/standards.events';

/** The services that publish or consume events (the gateway does neither). */
export const serviceNames = [
  'registry-svc',
  'standards-svc',
  'applications-svc',
  'complaints-svc',
  'monitoring-svc',
] as const;
export type ServiceName = (typeof serviceNames)[number];

/**
 * The one service that publishes on a topic: the owner of its context, `kz.gov.<context>.…` →
 * `<context>-svc` (one topic per aggregate kind, written only through its owner's outbox).
 */
export function owningServiceOf(topic: string): ServiceName {
  const service = `${topic.split('.')[2] ?? ''}-svc`;
  const owner = serviceNames.find((name) => name === service);
  if (!owner) throw new Error(`topic ${topic} names no service's context`);
  return owner;
}

/**
 * Which service handles which event types (`@OnEvent`, including the calendar copy of
 * `CalendarStoreModule.forRoot({ consumeChanges: true })`). Declared here for the AsyncAPI document; a test
 * reads the services' sources and fails when this table and their handlers disagree.
 */
export const eventConsumers: Readonly<Record<ServiceName, readonly EventType[]>> = {
  'registry-svc': [],
  'standards-svc': [
    RegistryEventTypes.organizationUpserted,
    RegistryEventTypes.serviceIncluded,
    RegistryEventTypes.serviceAmended,
    RegistryEventTypes.serviceExcluded,
    RegistryEventTypes.calendarChanged,
    MonitoringEventTypes.recommendationIssued,
  ],
  'applications-svc': [
    RegistryEventTypes.organizationUpserted,
    RegistryEventTypes.serviceIncluded,
    RegistryEventTypes.serviceAmended,
    RegistryEventTypes.serviceExcluded,
    RegistryEventTypes.calendarChanged,
    StandardsEventTypes.standardInForce,
    StandardsEventTypes.standardAmended,
    StandardsEventTypes.standardCancelled,
  ],
  'complaints-svc': [
    RegistryEventTypes.organizationUpserted,
    RegistryEventTypes.serviceIncluded,
    RegistryEventTypes.serviceAmended,
    RegistryEventTypes.serviceExcluded,
    RegistryEventTypes.calendarChanged,
    ApplicationsEventTypes.submitted,
    ApplicationsEventTypes.statusChanged,
  ],
  'monitoring-svc': [
    RegistryEventTypes.organizationUpserted,
    RegistryEventTypes.calendarChanged,
    ApplicationsEventTypes.submitted,
    ApplicationsEventTypes.intakeRefused,
    ApplicationsEventTypes.resultIssued,
    ApplicationsEventTypes.refused,
    ApplicationsEventTypes.overdue,
    ApplicationsEventTypes.handoverLate,
    ApplicationsEventTypes.feePaid,
    ApplicationsEventTypes.queueWaitExceeded,
    ComplaintsEventTypes.registered,
    ComplaintsEventTypes.decided,
    MonitoringEventTypes.surveyAnswered,
    StandardsEventTypes.recommendationAnswered,
    StandardsEventTypes.informationUpdateOverdue,
  ],
};

/** The services that handle events of a type, in the table's order. */
export function consumersOf(type: string): ServiceName[] {
  return serviceNames.filter((service) => (eventConsumers[service] as readonly string[]).includes(type));
}
