import {
  eventCatalog,
  eventDefinitionOf,
  eventJsonSchemas,
  organizationUpsertedEvent,
  serviceIncludedEvent,
  validateEnvelopeAttributes,
  type EventDefinition,
} from '@kzps/contracts';
import { envelopeSchemaProblems, jsonSchemaProblems } from './event-json-schemas';

const schemas = eventJsonSchemas();

function definitionOf(type: string): EventDefinition {
  const definition = eventDefinitionOf(type);
  if (!definition) throw new Error(`${type} is not in the catalogue`);
  return definition;
}

/** The same payload with one field of another JSON type: a boolean becomes a text, anything else a boolean. */
function withWrongType(payload: Record<string, unknown>, field: string): Record<string, unknown> {
  return { ...payload, [field]: typeof payload[field] === 'boolean' ? 'yes' : true };
}

describe('the JSON Schema of every event type', () => {
  it('exists for every type in the catalogue, titled with its type and placed on its topic', () => {
    expect(schemas.map((schema) => schema.type)).toEqual(Object.keys(eventCatalog));
    for (const { type, topic, payload } of schemas) {
      expect(payload).toMatchObject({
        type: 'object',
        title: type,
        description: expect.any(String),
        examples: [definitionOf(type).example],
      });
      expect(topic).toBe(eventDefinitionOf(type)?.topic);
    }
  });

  it.each(schemas.map(({ type }) => type))(
    'accepts the example of %s, as the zod definition does',
    (type) => {
      const { example } = definitionOf(type);
      expect(jsonSchemaProblems(type, example)).toEqual([]);
      expect(definitionOf(type).validate(example)).toEqual([]);
    },
  );

  it.each(schemas.map(({ type }) => type))(
    'refuses a %s payload without a required field or with one of the wrong type, as the zod definition does',
    (type) => {
      const example = definitionOf(type).example as Record<string, unknown>;
      const required = (schemas.find((schema) => schema.type === type)?.payload.required ?? []) as string[];
      expect(required.length).toBeGreaterThan(0);
      for (const field of required) {
        const { [field]: _missing, ...without } = example;
        for (const broken of [without, withWrongType(example, field)]) {
          expect(jsonSchemaProblems(type, broken)).not.toEqual([]);
          expect(definitionOf(type).validate(broken)).not.toEqual([]);
        }
      }
    },
  );

  it('accepts fields a producer adds within the version, at every depth (consumers ignore them)', () => {
    const open = (schema: unknown): boolean =>
      typeof schema !== 'object' || schema === null
        ? true
        : Object.entries(schema).every(
            ([keyword, value]) => !(keyword === 'additionalProperties' && value === false) && open(value),
          );
    for (const { type, payload } of schemas)
      expect({ type, open: open(payload) }).toEqual({ type, open: true });
    const included = serviceIncludedEvent.example;
    const later = { ...included, addedLater: 1, decree: { ...included.decree, addedLater: 'x' } };
    expect(jsonSchemaProblems('kz.gov.registry.service.included.v1', later)).toEqual([]);
  });

  it('tells an individual provider by masked IIN and every other organisation by BIN (Art. 5.2.2)', () => {
    const type = organizationUpsertedEvent.type;
    const { bin, ...ministry } = organizationUpsertedEvent.example;
    const notary = { ...ministry, kind: 'individual', iinMasked: '8501******23' };
    expect(jsonSchemaProblems(type, notary)).toEqual([]);
    expect(jsonSchemaProblems(type, { ...notary, bin })).not.toEqual([]);
    expect(jsonSchemaProblems(type, ministry)).not.toEqual([]);
    expect(jsonSchemaProblems(type, { ...notary, iinMasked: '850101300123' })).not.toEqual([]);
  });

  it('describes the CloudEvents attributes every event travels with, as the envelope check does', () => {
    const attributes = {
      id: '0b4f1c1e-5d0f-4a53-9a43-0e1a7f0b3f11',
      source: '/kzps/registry-svc',
      type: serviceIncludedEvent.type,
      subject: serviceIncludedEvent.example.serviceId,
      time: '2025-03-17T19:00:00.000Z',
      specversion: '1.0' as const,
      datacontenttype: 'application/json' as const,
      requestId: 'f6a1d3c2-0b1e-4c55-9e2a-3b4c5d6e7f80',
    };
    expect(envelopeSchemaProblems(attributes)).toEqual([]);
    expect(validateEnvelopeAttributes(attributes)).toEqual([]);
    for (const broken of [
      { ...attributes, type: 'kz.gov.registry.service.included' },
      { ...attributes, subject: '' },
      { ...attributes, time: '17.03.2025' },
      { ...attributes, source: 'registry-svc' },
    ]) {
      expect(envelopeSchemaProblems(broken)).not.toEqual([]);
      expect(validateEnvelopeAttributes(broken)).not.toEqual([]);
    }
  });

  it('names a type it has no schema for', () => {
    expect(jsonSchemaProblems('kz.gov.registry.service.included.v9', {})).toEqual([
      'kz.gov.registry.service.included.v9 has no JSON Schema in @kzps/contracts',
    ]);
  });
});
