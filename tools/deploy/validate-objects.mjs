// Validates Kubernetes objects against their schemas: core kinds with kubernetes-models (the API's OpenAPI
// schemas compiled to validators), custom resources with the CRDs in ./crds (Strimzi 1.2.0, CloudNativePG
// 1.29.2) and ajv, plus the API server's structural rule that a field the CRD does not declare is an error
// (kubectl's strict field validation) rather than silently pruned.
// Reads {"<label>": [objects]} on stdin; prints {"<label>": ["<Kind>/<name>: <problem>", ...]}.
// A separate process because kubernetes-models is ESM-only and Jest runs the specs as CommonJS.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseAllDocuments } from 'yaml';

const crdDir = join(dirname(fileURLToPath(import.meta.url)), 'crds');

/** apiVersion/kind -> the openAPIV3Schema of every served version of every CRD in ./crds. */
function crdSchemas() {
  const schemas = new Map();
  for (const file of readdirSync(crdDir).filter((name) => name.endsWith('.yaml'))) {
    for (const document of parseAllDocuments(readFileSync(join(crdDir, file), 'utf8'))) {
      const crd = document.toJS();
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const version of crd.spec.versions.filter((v) => v.served)) {
        schemas.set(
          `${crd.spec.group}/${version.name}/${crd.spec.names.kind}`,
          version.schema.openAPIV3Schema,
        );
      }
    }
  }
  return schemas;
}

/** Fields the structural schema does not declare (the API server prunes or, strictly, rejects them). */
function unknownFields(schema, value, path, found) {
  if (!schema || value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    value.forEach((item, index) => unknownFields(schema.items, item, `${path}[${index}]`, found));
    return found;
  }
  if (schema['x-kubernetes-preserve-unknown-fields']) return found;
  for (const [key, item] of Object.entries(value)) {
    if (path === '' && ['apiVersion', 'kind', 'metadata'].includes(key)) continue;
    const declared = schema.properties?.[key];
    if (declared) unknownFields(declared, item, `${path}.${key}`, found);
    else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      unknownFields(schema.additionalProperties, item, `${path}.${key}`, found);
    } else if (!schema.additionalProperties) found.push(`${path}.${key} is not a field of this kind`);
  }
  return found;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// The Kubernetes OpenAPI integer formats.
const integerIn = (bits) => (n) => Number.isInteger(n) && Math.abs(n) <= 2 ** (bits - 1);
ajv.addFormat('int32', { type: 'number', validate: integerIn(32) });
ajv.addFormat('int64', { type: 'number', validate: integerIn(64) });
const crds = crdSchemas();
const compiled = new Map();

async function problemsOf(object) {
  const [group, version] = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')
    : ['', object.apiVersion];
  const crd = crds.get(`${group}/${version}/${object.kind}`);
  if (crd) {
    if (!compiled.has(crd)) compiled.set(crd, ajv.compile(crd));
    const validate = compiled.get(crd);
    const problems = validate(object)
      ? []
      : validate.errors.map((error) => `${error.instancePath || '/'} ${error.message}`);
    return [...problems, ...unknownFields(crd, object, '', [])];
  }
  if (group.includes('.') && !group.endsWith('k8s.io')) {
    return [`no CRD for ${object.apiVersion} ${object.kind} in tools/deploy/crds`];
  }
  let model;
  try {
    model = await import(`kubernetes-models/${group ? `${group}/` : ''}${version}/${object.kind}`);
  } catch {
    return [`${object.apiVersion} ${object.kind} is not a Kubernetes API kind`];
  }
  try {
    new model[object.kind](object).validate();
    return [];
  } catch (error) {
    return (error.errors ?? [error]).map((e) => `${e.instancePath || '/'} ${e.message}`);
  }
}

const sets = JSON.parse(readFileSync(0, 'utf8'));
const report = {};
for (const [label, objects] of Object.entries(sets)) {
  report[label] = [];
  for (const object of objects) {
    for (const problem of await problemsOf(object)) {
      report[label].push(`${object.kind}/${object.metadata?.name}: ${problem}`);
    }
  }
}
process.stdout.write(JSON.stringify(report));
