import { randomUUID } from 'node:crypto';
import {
  CLOUDEVENTS_SPEC_VERSION,
  eventCatalog,
  JSON_CONTENT_TYPE,
  type EventCatalog,
  type EventEnvelope,
  type EventPayloadMap,
} from '@kzps/contracts';
import type { EntityManager } from 'typeorm';
import { envelopeHeaders } from '../envelope/kafka-record.codec';

/** An event to append: the aggregate id (`subject`) and the payload; the rest is filled in. */
export interface NewEvent<TType extends string = string, TData = unknown> {
  type: TType;
  /**
   * The aggregate id: Kafka key and ordering scope. Defaults to the key the event's definition reads from
   * the payload; when given, it must be that key.
   */
  subject?: string;
  data: TData;
  /** Defaults to a random UUID. */
  id?: string;
  /** When the change happened; defaults to now. */
  time?: Date;
  /** Defaults to the ambient request id (see `OutboxWriterOptions.context`). */
  requestId?: string;
  /** W3C trace context of the change; defaults to the ambient one (see `OutboxWriterOptions.context`). */
  traceparent?: string;
  tracestate?: string;
}

export interface EventContext {
  requestId?: string;
  traceparent?: string;
  tracestate?: string;
}

export interface OutboxWriterOptions<M extends object> {
  /** The producing service; the CloudEvents source is `/kzps/<serviceName>`. */
  serviceName: string;
  catalog?: EventCatalog<M>;
  /**
   * The ambient request id and trace context of the caller. They are stored with the row (its `headers`)
   * and become the Kafka record's headers, so the consumer continues the trace of the request.
   */
  context?: () => EventContext | undefined;
}

/** The producer side refuses events its own contract says are broken: the bug shows at the source. */
export class InvalidEventError extends Error {
  constructor(
    readonly type: string,
    readonly problems: string[],
  ) {
    super(`Invalid ${type} event: ${problems.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

/**
 * The statement writing `OutboxWriter.prepare`'s rows, given as the JSON parameter `parameter` (`$1`): one
 * statement whatever their number, in their order (the ids are the publication order). `when` is a condition
 * the rows are written under (a CTE's `EXISTS (SELECT 1 FROM inserted)`).
 */
export function outboxInsert(parameter: string, when = 'true'): string {
  return `INSERT INTO outbox_message (event_id, event_type, topic, message_key, headers, payload)
    SELECT (e->>'eventId')::uuid, e->>'type', e->>'topic', e->>'key', e->'headers', e->'payload'
      FROM jsonb_array_elements(${parameter}::jsonb) WITH ORDINALITY AS t(e, position)
     WHERE ${when}
     ORDER BY t.position`;
}

/**
 * Writes events into the outbox table with the caller's transaction, so they commit (and are later
 * published) if and only if the state change they describe commits. Never talks to Kafka.
 */
export class OutboxWriter<M extends object = EventPayloadMap> {
  private readonly catalog: EventCatalog<M>;
  readonly source: string;

  constructor(private readonly options: OutboxWriterOptions<M>) {
    this.catalog = options.catalog ?? (eventCatalog as unknown as EventCatalog<M>);
    this.source = `/kzps/${options.serviceName}`;
  }

  /**
   * Appends one event with `manager`, which must be the EntityManager of the transaction that makes the
   * state change (`dataSource.transaction(async (manager) => { ...; await outbox.append(manager, e) })`).
   */
  async append<T extends keyof M & string>(
    manager: EntityManager,
    event: NewEvent<T, M[T]>,
  ): Promise<EventEnvelope<M[T], T>> {
    const [envelope] = await this.appendAll(manager, [event]);
    return envelope as EventEnvelope<M[T], T>;
  }

  /** Appends several events in one statement, in the given order. */
  async appendAll<T extends keyof M & string>(
    manager: EntityManager,
    events: ReadonlyArray<NewEvent<T, M[T]>>,
  ): Promise<Array<EventEnvelope<M[T], T>>> {
    if (!manager.queryRunner?.isTransactionActive) {
      // Outside a transaction the event could be published for a change that then fails, or be lost.
      throw new Error('outbox.append needs the EntityManager of an active transaction');
    }
    if (events.length === 0) return [];
    const prepared = this.prepare(events);
    await manager.query(outboxInsert('$1'), [prepared.rows]);
    return prepared.envelopes;
  }

  /**
   * Validates the events and builds their envelopes and outbox rows without writing them, for a caller that
   * writes them inside a statement of its own (`outboxInsert`): one round trip for a change and its events.
   * The caller must run that statement in the transaction of the change.
   */
  prepare<T extends keyof M & string>(
    events: ReadonlyArray<NewEvent<T, M[T]>>,
  ): { envelopes: Array<EventEnvelope<M[T], T>>; rows: string } {
    const envelopes = events.map((event) => this.envelopeOf(event));
    const rows = envelopes.map((envelope) => ({
      eventId: envelope.id,
      type: envelope.type,
      topic: this.catalog[envelope.type].topic,
      key: envelope.subject,
      headers: envelopeHeaders(envelope),
      payload: envelope.data,
    }));
    return { envelopes, rows: JSON.stringify(rows) };
  }

  private envelopeOf<T extends keyof M & string>(event: NewEvent<T, M[T]>): EventEnvelope<M[T], T> {
    const definition = this.catalog[event.type];
    if (!definition)
      throw new InvalidEventError(event.type, ['unknown event type: add it to @kzps/contracts']);
    const problems = definition.validate(event.data);
    const key = problems.length === 0 ? definition.key(event.data) : undefined;
    const subject = event.subject ?? key;
    if (!subject) problems.push('subject (the aggregate id) is required: it is the Kafka key');
    if (subject && subject.length > 200) problems.push('subject must be at most 200 characters');
    if (subject && key !== undefined && subject !== key) {
      problems.push(`subject must be the event's key from its payload (${key})`);
    }
    if (problems.length > 0 || !subject) throw new InvalidEventError(event.type, problems);
    const context = this.options.context?.();
    const envelope: EventEnvelope<M[T], T> = {
      id: event.id ?? randomUUID(),
      source: this.source,
      type: event.type,
      subject,
      time: (event.time ?? new Date()).toISOString(),
      specversion: CLOUDEVENTS_SPEC_VERSION,
      datacontenttype: JSON_CONTENT_TYPE,
      data: event.data,
    };
    const requestId = event.requestId ?? context?.requestId;
    // The pair belongs together: a tracestate never goes with another trace's traceparent.
    const trace = event.traceparent ? event : context;
    if (requestId) envelope.requestId = requestId;
    if (trace?.traceparent) envelope.traceparent = trace.traceparent;
    if (trace?.traceparent && trace.tracestate) envelope.tracestate = trace.tracestate;
    return envelope;
  }
}
