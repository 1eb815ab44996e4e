import { problemType } from '@kzps/platform';

/** The parts of an OpenAPI 3.0 document the example check reads. */
export interface SchemaNode {
  $ref?: string;
  example?: unknown;
  format?: string;
  allOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

interface MediaType {
  schema?: SchemaNode;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

interface Parameter {
  name: string;
  in: string;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
  schema?: SchemaNode;
}

export interface Operation {
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<string, Operation>>>;
  components?: { schemas?: Record<string, SchemaNode> };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation of the document with its method and path. */
export function operationsOf(
  document: OpenApiDocument,
): Array<{ method: (typeof HTTP_METHODS)[number]; path: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method, path, operation }] : [];
    }),
  );
}

/** The schema a `#/components/schemas/X` reference points at, and its name. */
export function resolveRef(document: OpenApiDocument, ref: string): { name: string; schema?: SchemaNode } {
  const name = ref.replace('#/components/schemas/', '');
  return { name, schema: document.components?.schemas?.[name] };
}

/**
 * Where a schema leaves a value without an example: a node is exampled when it carries an example itself,
 * or when everything it is made of is (the schema a $ref names, every allOf/oneOf/anyOf part, every property,
 * the items of an array). A schema met again below itself (a tree) is checked once.
 */
function schemaGaps(
  document: OpenApiDocument,
  schema: SchemaNode,
  where: string,
  seen: ReadonlySet<string>,
): string[] {
  if (schema.example !== undefined) return [];
  if (schema.$ref) {
    const { name, schema: target } = resolveRef(document, schema.$ref);
    if (!target) return [`${where}: ${schema.$ref} is not in components.schemas`];
    return seen.has(name) ? [] : schemaGaps(document, target, where, new Set([...seen, name]));
  }
  const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  const properties = Object.entries(schema.properties ?? {});
  if (parts.length === 0 && properties.length === 0 && !schema.items) return [`${where}: no example`];
  return [
    ...parts.flatMap((part) => schemaGaps(document, part, where, seen)),
    ...properties.flatMap(([name, property]) => schemaGaps(document, property, `${where}.${name}`, seen)),
    ...(schema.items ? schemaGaps(document, schema.items, `${where}[]`, seen) : []),
  ];
}

const hasExamples = (examples?: Record<string, { value?: unknown }>): boolean =>
  examples !== undefined &&
  Object.keys(examples).length > 0 &&
  Object.values(examples).every((example) => example.value !== undefined);

function mediaGaps(document: OpenApiDocument, media: MediaType, where: string): string[] {
  if (media.example !== undefined || hasExamples(media.examples)) return [];
  return media.schema ? schemaGaps(document, media.schema, where, new Set()) : [`${where}: no example`];
}

/**
 * A problem response shows the problems the operation really answers with that status: examples of its own
 * (the shared Problem schema's example is a 400), each with that status and a stable code and type.
 */
function problemGaps(media: MediaType, status: string, where: string): string[] {
  if (!hasExamples(media.examples)) return [`${where}: no example of the problems answered with ${status}`];
  return Object.entries(media.examples ?? {}).flatMap(([name, { value }]) => {
    const problem = value as { status?: unknown; code?: unknown; type?: unknown };
    const problems: string[] = [];
    if (String(problem.status) !== status) {
      problems.push(`${where} example ${name}: status ${String(problem.status)}, documented under ${status}`);
    }
    if (typeof problem.code !== 'string' || problem.type !== problemType(problem.code)) {
      problems.push(`${where} example ${name}: no code with its urn:kzps:problem type`);
    }
    return problems;
  });
}

function parameterGaps(document: OpenApiDocument, parameter: Parameter, where: string): string[] {
  const at = `${where} › ${parameter.in} ${parameter.name}`;
  const example =
    parameter.example !== undefined || hasExamples(parameter.examples)
      ? []
      : parameter.schema
        ? schemaGaps(document, parameter.schema, at, new Set())
        : [`${at}: no example`];
  // An identifier in the path or query is a uuid, and says so.
  const uuid =
    /(^id|Id)$/.test(parameter.name) && parameter.schema?.format !== 'uuid' ? [`${at}: not format uuid`] : [];
  return [...example, ...uuid];
}

/**
 * Everything in the document a reader would have to guess: operations without a summary, parameters,
 * request bodies and responses with a body that show no example (directly or through every property of
 * their schema), problem responses without examples of their own status. Empty when nothing is missing.
 */
export function exampleGaps(document: OpenApiDocument): string[] {
  return operationsOf(document).flatMap(({ method, path, operation }) => {
    const where = `${method.toUpperCase()} ${path}`;
    const summary = operation.summary?.trim() ? [] : [`${where}: no summary`];
    const parameters = (operation.parameters ?? []).flatMap((parameter) =>
      parameterGaps(document, parameter, where),
    );
    const body = Object.entries(operation.requestBody?.content ?? {}).flatMap(([type, media]) =>
      mediaGaps(document, media, `${where} › body ${type}`),
    );
    const responses = Object.entries(operation.responses ?? {}).flatMap(([status, response]) =>
      Object.entries(response.content ?? {}).flatMap(([type, media]) =>
        type.startsWith('application/problem+json')
          ? problemGaps(media, status, `${where} › ${status} ${type}`)
          : mediaGaps(document, media, `${where} › ${status} ${type}`),
      ),
    );
    return [...summary, ...parameters, ...body, ...responses];
  });
}
