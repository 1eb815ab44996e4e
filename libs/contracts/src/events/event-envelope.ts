import { z } from 'zod';
import { problemsOf, type JsonSchema, type Known } from './event-definition';
import { isoDateTime } from './payload-fields';

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const JSON_CONTENT_TYPE = 'application/json';

/**
 * The CloudEvents 1.0 attributes of an event, defined once: the envelope type, its check and its JSON Schema
 * come from here. On Kafka the binary content mode carries them in `ce_*` headers, `data` as the message
 * value and `subject` as the message key.
 */
const envelopeAttributes = z.looseObject({
  /** Unique per event; consumers dedupe on it (inbox). A UUID for the events this system produces. */
  id: z.string().min(1, 'is required'),
  /** The producing service, as a URI reference: `/kzps/<service-name>`. */
  source: z.string().regex(/^\/[\w./-]+$/, 'must be a URI path'),
  /** Versioned event type, e.g. `kz.gov.registry.service.included.v1`. */
  type: z
    .string()
    .regex(/^kz\.gov\.[a-z0-9-]+(\.[a-z0-9-]+)+\.v\d+$/, 'must be a versioned kz.gov.<context>.<name>.v<N>'),
  /** The aggregate id; also the Kafka key, so one aggregate's events stay in order. Never empty. */
  subject: z.string().min(1, '(the aggregate id) is required'),
  /** When the state change happened (RFC 3339). */
  time: isoDateTime(),
  specversion: z.literal(CLOUDEVENTS_SPEC_VERSION, 'must be 1.0'),
  datacontenttype: z.literal(JSON_CONTENT_TYPE, 'must be application/json'),
  /** The HTTP request that caused the event, for correlating logs. */
  requestId: z.string().optional(),
  /** W3C trace context of the cause, when tracing is on (CloudEvents distributed-tracing extension). */
  traceparent: z.string().optional(),
  /** W3C vendor trace state that goes with `traceparent`, when the trace has any. */
  tracestate: z.string().optional(),
});

/** An event as it travels between services: the attributes above and the JSON payload in `data`. */
export type EventEnvelope<TData = unknown, TType extends string = string> = Omit<
  Known<z.output<typeof envelopeAttributes>>,
  'type'
> & { type: TType; data: TData };

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
  tracestate: 'tracestate',
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

/** Checks the attributes of an envelope (not its payload: that is the event definition's job). */
export function validateEnvelopeAttributes(envelope: Omit<EventEnvelope, 'data'>): string[] {
  return problemsOf(envelopeAttributes, envelope);
}

/** The JSON Schema of the envelope's attributes, for the message headers of the AsyncAPI document. */
export function envelopeJsonSchema(): JsonSchema {
  return z.toJSONSchema(envelopeAttributes, { io: 'input', target: 'draft-2020-12' });
}
