import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { EventEnvelope } from '@kzps/contracts';
import { contextOfTraceHeaders, traceHeadersOf, tracingOn } from '@kzps/platform';
import { errorMessage } from './backoff';

// Attribute names of the OpenTelemetry messaging semantic conventions (their constants are "incubating").
const SYSTEM = 'messaging.system';
const OPERATION_TYPE = 'messaging.operation.type';
const DESTINATION = 'messaging.destination.name';
const MESSAGE_ID = 'messaging.message.id';
const MESSAGE_KEY = 'messaging.kafka.message.key';
const PARTITION = 'messaging.destination.partition.id';
const OFFSET = 'messaging.kafka.offset';
const CONSUMER_GROUP = 'messaging.consumer.group.name';
const EVENT_TYPE = 'cloudevents.event_type';

const tracer = () => trace.getTracer('@kzps/messaging');

/** An outbox row on its way to Kafka: its stored headers carry the trace context of the change. */
export interface RelayedRecord {
  topic: string;
  key: string;
  eventType: string;
  headers: Record<string, string>;
}

/** The producer spans of one relayed batch; `end` once Kafka answered. */
export interface SendSpans {
  end(error?: unknown): void;
}

const noSpans: SendSpans = { end: () => undefined };

/**
 * One `send <topic>` producer span per record whose row stored a trace context, as the child of that
 * context (the request that made the change, long since answered). The record's `traceparent`/`tracestate`
 * are replaced by the span's own, so the consumer's span is the producer span's child: gateway → service →
 * outbox → Kafka → consumer is one trace. Rows without a trace context are sent as they are.
 */
export function startSendSpans(records: RelayedRecord[]): SendSpans {
  if (!tracingOn()) return noSpans;
  const spans: Span[] = [];
  for (const record of records) {
    const parent = contextOfTraceHeaders(record.headers);
    if (!parent) continue;
    const span = tracer().startSpan(
      `send ${record.topic}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          [SYSTEM]: 'kafka',
          [OPERATION_TYPE]: 'send',
          [DESTINATION]: record.topic,
          [MESSAGE_KEY]: record.key,
          [EVENT_TYPE]: record.eventType,
          ...(record.headers.ce_id ? { [MESSAGE_ID]: record.headers.ce_id } : {}),
        },
      },
      parent,
    );
    const { tracestate: _stored, ...rest } = record.headers;
    record.headers = { ...rest, ...traceHeadersOf(trace.setSpan(parent, span)) };
    spans.push(span);
  }
  if (spans.length === 0) return noSpans;
  return {
    end: (error?: unknown) => {
      for (const span of spans) {
        if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessage(error) });
        span.end();
      }
    },
  };
}

/** Where a consumed event came from, for its consumer span. */
export interface ConsumedAt {
  topic: string;
  partition: number;
  offset: string;
  group: string;
}

/**
 * Runs the handling of one consumed event in a `process <topic>` consumer span, the child of the producer
 * span whose context the record carries (a root span when it carries none): the inbox insert, the
 * handlers' queries and their log lines belong to the trace of the request that caused the event.
 */
export function inConsumerSpan<T>(
  envelope: EventEnvelope,
  at: ConsumedAt,
  handle: () => Promise<T>,
): Promise<T> {
  if (!tracingOn()) return handle();
  const parent = contextOfTraceHeaders(envelope) ?? ROOT_CONTEXT;
  return tracer().startActiveSpan(
    `process ${at.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        [SYSTEM]: 'kafka',
        [OPERATION_TYPE]: 'process',
        [DESTINATION]: at.topic,
        [PARTITION]: String(at.partition),
        [OFFSET]: Number(at.offset),
        [CONSUMER_GROUP]: at.group,
        [MESSAGE_ID]: envelope.id,
        [MESSAGE_KEY]: envelope.subject,
        [EVENT_TYPE]: envelope.type,
      },
    },
    parent,
    async (span) => {
      try {
        return await handle();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessage(error) });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Marks the active consumer span failed: the event went to the dead-letter topic. */
export function markEventParked(reason: string): void {
  if (!tracingOn()) return;
  trace
    .getSpan(context.active())
    ?.setStatus({ code: SpanStatusCode.ERROR, message: `dead-lettered: ${reason}` });
}
