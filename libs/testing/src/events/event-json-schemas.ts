import { envelopeJsonSchema, eventJsonSchemas } from '@kzps/contracts';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

// A JSON Schema validator independent of zod: it reads the schemas as the AsyncAPI document and consumers
// outside this repository will, so a schema that says less (or more) than the zod definition shows here.
// Strict, but `required` may name a property defined outside its subschema (the `if`/`then` of a rule across
// fields, as in the organisation's BIN or masked IIN): valid JSON Schema that strictRequired would refuse.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);

const validators = new Map<string, ValidateFunction>();

function validatorOf(type: string): ValidateFunction | undefined {
  if (!validators.has(type)) {
    const schema = eventJsonSchemas().find((event) => event.type === type)?.payload;
    if (schema) validators.set(type, ajv.compile(schema));
  }
  return validators.get(type);
}

function problemsOf(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
  );
}

/**
 * What the JSON Schema of the event type finds wrong with a payload (`/path problem`), empty when the
 * payload is valid. A type with no schema in @kzps/contracts is a problem too.
 */
export function jsonSchemaProblems(type: string, payload: unknown): string[] {
  const validate = validatorOf(type);
  return validate ? problemsOf(validate, payload) : [`${type} has no JSON Schema in @kzps/contracts`];
}

let envelopeValidator: ValidateFunction | undefined;

/** What the JSON Schema of the CloudEvents attributes finds wrong with an envelope (without `data`). */
export function envelopeSchemaProblems(attributes: unknown): string[] {
  envelopeValidator ??= ajv.compile(envelopeJsonSchema());
  return problemsOf(envelopeValidator, attributes);
}
