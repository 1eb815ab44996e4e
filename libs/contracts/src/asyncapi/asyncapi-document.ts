import { eventCatalog } from '../events/event-catalog';
import type { EventDefinition, JsonSchema } from '../events/event-definition';
import { EventHeaders, envelopeJsonSchema } from '../events/event-envelope';
import { Topics, isCompactedTopic } from '../topics/topic-names';
import { consumersOf, owningServiceOf, type ServiceName } from './event-flows';

/** An AsyncAPI 3.0 document, as JSON. */
export type AsyncApiDocument = Record<string, unknown>;

/** The Kafka header that carries each CloudEvents attribute (binary content mode, see `EventHeaders`). */
const headerOfAttribute: Record<string, string> = {
  id: EventHeaders.id,
  source: EventHeaders.source,
  type: EventHeaders.type,
  subject: EventHeaders.subject,
  time: EventHeaders.time,
  specversion: EventHeaders.specversion,
  datacontenttype: EventHeaders.contentType,
  requestId: EventHeaders.requestId,
  traceparent: EventHeaders.traceparent,
  tracestate: EventHeaders.tracestate,
};

const KAFKA_BINDING_VERSION = '0.5.0';

/**
 * The AsyncAPI 3.0 document of every topic (channel) and event type (message) of `eventCatalog`: Kafka key,
 * CloudEvents headers, payload schema and example, who publishes (the topic's owner) and who consumes
 * (`eventConsumers`). Generated, never written by hand: the gateway serves it at /asyncapi.json.
 */
export function asyncApiDocument(): AsyncApiDocument {
  const definitions: EventDefinition[] = Object.values(eventCatalog);
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const [channelId, topic] of Object.entries(Topics)) {
    const owner = owningServiceOf(topic);
    const onTopic = definitions.filter((definition) => definition.topic === topic);
    channels[channelId] = {
      address: topic,
      title: topic,
      description: `Published by ${owner}; the key is the aggregate id, so one aggregate's events stay in order.`,
      messages: Object.fromEntries(
        onTopic.map(({ type }) => [type, { $ref: `#/components/messages/${type}` }]),
      ),
      bindings: {
        kafka: {
          topic,
          topicConfiguration: { 'cleanup.policy': [isCompactedTopic(topic) ? 'compact' : 'delete'] },
          bindingVersion: KAFKA_BINDING_VERSION,
        },
      },
    };
    for (const definition of onTopic) messages[definition.type] = messageOf(definition, owner);
    if (onTopic.length === 0) continue;
    const refs = (types: readonly string[]) =>
      types.map((type) => ({ $ref: `#/channels/${channelId}/messages/${type}` }));
    operations[`${owner}.send.${channelId}`] = {
      action: 'send',
      title: `${owner} publishes on ${topic}`,
      channel: { $ref: `#/channels/${channelId}` },
      messages: refs(onTopic.map(({ type }) => type)),
    };
    const consumed = new Map<ServiceName, string[]>();
    for (const { type } of onTopic)
      for (const consumer of consumersOf(type))
        consumed.set(consumer, [...(consumed.get(consumer) ?? []), type]);
    for (const [consumer, types] of consumed)
      operations[`${consumer}.receive.${channelId}`] = {
        action: 'receive',
        title: `${consumer} consumes from ${topic}`,
        channel: { $ref: `#/channels/${channelId}` },
        messages: refs(types),
      };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Public services events',
      version: '1.0.0',
      description:
        'Every event the services exchange over Kafka, generated from libs/contracts. Each message travels ' +
        'in CloudEvents 1.0 binary content mode: the attributes in `ce_*` headers, the JSON payload as the ' +
        'value, the aggregate id as the key.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}

function messageOf(definition: EventDefinition, owner: ServiceName): unknown {
  const { $schema: _dialect, ...payload } = definition.jsonSchema();
  const consumers = consumersOf(definition.type);
  const subject = definition.key(definition.example);
  return {
    name: definition.type,
    title: definition.type,
    description: [
      String(payload['description'] ?? ''),
      `Published by ${owner}.`,
      consumers.length > 0
        ? `Consumed by ${consumers.join(', ')}.`
        : 'No service of this system consumes it.',
    ].join('\n\n'),
    contentType: 'application/json',
    headers: headersSchemaOf(definition.type, owner),
    payload,
    bindings: { kafka: { key: { type: 'string', minLength: 1 }, bindingVersion: KAFKA_BINDING_VERSION } },
    examples: [
      {
        name: 'example',
        headers: {
          [EventHeaders.id]: '3f1c9a52-7d4e-4b8a-9e21-5c6d0f7a8b90',
          [EventHeaders.source]: `/kzps/${owner}`,
          [EventHeaders.type]: definition.type,
          [EventHeaders.subject]: subject,
          [EventHeaders.time]: '2026-07-09T04:00:00.000Z',
          [EventHeaders.specversion]: '1.0',
          [EventHeaders.contentType]: 'application/json',
        },
        payload: definition.example,
      },
    ],
    'x-publisher': owner,
    'x-consumers': consumers,
  };
}

/** The envelope's JSON Schema with each attribute under its Kafka header, `ce_type` and `ce_source` fixed. */
function headersSchemaOf(type: string, owner: ServiceName): JsonSchema {
  const envelope = envelopeJsonSchema() as { properties: Record<string, JsonSchema>; required: string[] };
  const properties = Object.fromEntries(
    Object.entries(envelope.properties).map(([attribute, schema]) => [headerOf(attribute), schema]),
  );
  properties[EventHeaders.type] = { type: 'string', const: type };
  properties[EventHeaders.source] = { type: 'string', const: `/kzps/${owner}` };
  return { type: 'object', properties, required: envelope.required.map(headerOf) };
}

function headerOf(attribute: string): string {
  const header = headerOfAttribute[attribute];
  if (!header) throw new Error(`the envelope attribute ${attribute} has no Kafka header`);
  return header;
}
