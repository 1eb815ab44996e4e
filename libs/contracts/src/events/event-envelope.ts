/**
 * An event as it travels between services: CloudEvents 1.0 attributes plus the JSON payload in `data`.
 * On Kafka it uses the binary content mode: attributes in `ce_*` headers, `data` as the message value,
 * `subject` (the aggregate id) as the message key.
 */
export interface EventEnvelope<TData = unknown, TType extends string = string> {
  /** Unique per event; consumers dedupe on it (inbox). A UUID for the events this system produces. */
  id: string;
  /** The producing service, as a URI reference: `/kzps/<service-name>`. */
  source: string;
  /** Versioned event type, e.g. `kz.gov.registry.service.included.v1`. */
  type: TType;
  /** The aggregate id; also the Kafka key, so one aggregate's events stay in order. Never empty. */
  subject: string;
  /** When the state change happened (RFC 3339, UTC). */
  time: string;
  specversion: typeof CLOUDEVENTS_SPEC_VERSION;
  datacontenttype: typeof JSON_CONTENT_TYPE;
  data: TData;
  /** The HTTP request that caused the event, for correlating logs. */
  requestId?: string;
  /** W3C trace context of the cause, when tracing is on. */
  traceparent?: string;
}

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const JSON_CONTENT_TYPE = 'application/json';

/** Kafka header names of the CloudEvents Kafka protocol binding (binary content mode). */
export const EventHeaders = {
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  subject: 'ce_subject',
  time: 'ce_time',
  specversion: 'ce_specversion',
  contentType: 'content-type',
  requestId: 'x-request-id',
  traceparent: 'traceparent',
} as const;

/** Headers added to a message parked on a dead-letter topic. */
export const DeadLetterHeaders = {
  originalTopic: 'x-dlq-original-topic',
  originalPartition: 'x-dlq-original-partition',
  originalOffset: 'x-dlq-original-offset',
  error: 'x-dlq-error',
  attempts: 'x-dlq-attempts',
  consumer: 'x-dlq-consumer',
  failedAt: 'x-dlq-failed-at',
} as const;

const sourcePattern = /^\/[\w./-]+$/;
const versionedTypePattern = /^kz\.gov\.[a-z0-9-]+(\.[a-z0-9-]+)+\.v\d+$/;

/** Checks the attributes of an envelope (not its payload: that is the event definition's job). */
export function validateEnvelopeAttributes(envelope: Omit<EventEnvelope, 'data'>): string[] {
  const problems: string[] = [];
  if (!envelope.id) problems.push('id is required');
  if (!envelope.source || !sourcePattern.test(envelope.source)) problems.push('source must be a URI path');
  if (!versionedTypePattern.test(envelope.type)) {
    problems.push('type must be a versioned kz.gov.<context>.<name>.v<N>');
  }
  if (!envelope.subject) problems.push('subject (the aggregate id) is required');
  if (Number.isNaN(Date.parse(envelope.time))) problems.push('time must be an RFC 3339 timestamp');
  if (envelope.specversion !== CLOUDEVENTS_SPEC_VERSION) problems.push('specversion must be 1.0');
  if (envelope.datacontenttype !== JSON_CONTENT_TYPE)
    problems.push('datacontenttype must be application/json');
  return problems;
}
