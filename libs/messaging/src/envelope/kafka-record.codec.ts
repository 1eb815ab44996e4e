import {
  CLOUDEVENTS_SPEC_VERSION,
  EventHeaders,
  JSON_CONTENT_TYPE,
  validateEnvelopeAttributes,
  type EventEnvelope,
} from '@kzps/contracts';
import type { IHeaders } from 'kafkajs';

/** A Kafka message as this bus writes it: key = aggregate id, JSON value, CloudEvents headers. */
export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** CloudEvents binary content mode: attributes become `ce_*` headers, `data` the value. */
export function envelopeHeaders(envelope: EventEnvelope): Record<string, string> {
  const headers: Record<string, string> = {
    [EventHeaders.id]: envelope.id,
    [EventHeaders.source]: envelope.source,
    [EventHeaders.type]: envelope.type,
    [EventHeaders.subject]: envelope.subject,
    [EventHeaders.time]: envelope.time,
    [EventHeaders.specversion]: envelope.specversion,
    [EventHeaders.contentType]: envelope.datacontenttype,
  };
  if (envelope.requestId) headers[EventHeaders.requestId] = envelope.requestId;
  if (envelope.traceparent) headers[EventHeaders.traceparent] = envelope.traceparent;
  if (envelope.tracestate) headers[EventHeaders.tracestate] = envelope.tracestate;
  return headers;
}

export function toKafkaRecord(envelope: EventEnvelope): KafkaRecord {
  return { key: envelope.subject, value: JSON.stringify(envelope.data), headers: envelopeHeaders(envelope) };
}

/** A header as a string (kafkajs hands out Buffers; the first value wins for repeated headers). */
export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const raw = headers?.[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (first === undefined) return undefined;
  return typeof first === 'string' ? first : first.toString('utf8');
}

/** All headers as strings; what the DLQ copies and replay restores. */
export function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of Object.keys(headers ?? {})) {
    const value = headerText(headers, name);
    if (value !== undefined) result[name] = value;
  }
  return result;
}

export type DecodeResult = { ok: true; envelope: EventEnvelope } | { ok: false; problems: string[] };

/** Reads an envelope from a consumed message; problems make it a permanent failure (dead letter). */
export function fromKafkaMessage(message: { value: Buffer | null; headers?: IHeaders }): DecodeResult {
  const text = (name: string): string => headerText(message.headers, name) ?? '';
  const attributes = {
    id: text(EventHeaders.id),
    source: text(EventHeaders.source),
    type: text(EventHeaders.type),
    subject: text(EventHeaders.subject),
    time: text(EventHeaders.time),
    specversion: text(EventHeaders.specversion) as typeof CLOUDEVENTS_SPEC_VERSION,
    // Kafka binding: content-type carries datacontenttype; a parameter such as charset is allowed.
    datacontenttype: text(EventHeaders.contentType).split(';')[0]?.trim() as typeof JSON_CONTENT_TYPE,
  };
  const problems = validateEnvelopeAttributes(attributes);
  if (message.value === null) problems.push('the message has no value');
  if (problems.length > 0) return { ok: false, problems };
  let data: unknown;
  try {
    data = JSON.parse((message.value as Buffer).toString('utf8'));
  } catch (error) {
    return { ok: false, problems: [`the value is not JSON: ${(error as Error).message}`] };
  }
  const envelope: EventEnvelope = { ...attributes, data };
  const requestId = headerText(message.headers, EventHeaders.requestId);
  const traceparent = headerText(message.headers, EventHeaders.traceparent);
  const tracestate = headerText(message.headers, EventHeaders.tracestate);
  if (requestId) envelope.requestId = requestId;
  if (traceparent) envelope.traceparent = traceparent;
  if (traceparent && tracestate) envelope.tracestate = tracestate;
  return { ok: true, envelope };
}
