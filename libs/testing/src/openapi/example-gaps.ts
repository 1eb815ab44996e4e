import {
  operationsOf,
  resolveRef,
  type MediaType,
  type NamedExamples,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  type SchemaNode,
} from './openapi-document';

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

const hasExamples = (examples?: NamedExamples): boolean =>
  examples !== undefined &&
  Object.keys(examples).length > 0 &&
  Object.values(examples).every((example) => example.value !== undefined);

function mediaGaps(document: OpenApiDocument, media: MediaType, where: string): string[] {
  if (media.example !== undefined || hasExamples(media.examples)) return [];
  return media.schema ? schemaGaps(document, media.schema, where, new Set()) : [`${where}: no example`];
}

/**
 * The stable type of a problem code (`SERVICE_NOT_FOUND` is `urn:kzps:problem:service-not-found`), as
 * libs/platform's `problemType` makes it: this library cannot import platform, whose own tests use it.
 */
const problemType = (code: string): string => `urn:kzps:problem:${code.toLowerCase().replace(/_/g, '-')}`;

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
  // A parameter carries its example, examples or schema as a media type does.
  const example = mediaGaps(document, parameter, at);
  // An identifier in the path or query is a uuid, and says so.
  const uuid =
    /(^id|Id)$/.test(parameter.name) && parameter.schema?.format !== 'uuid' ? [`${at}: not format uuid`] : [];
  return [...example, ...uuid];
}

/**
 * The problems every client meets before the service itself answers, so an operation cannot leave them out:
 * the guard's 401 and 403 where a token is needed, the 400 of a uuid path parameter's pipe or of a body's
 * validation.
 */
function missingProblems(operation: Operation, where: string): string[] {
  const documented = (status: string): boolean =>
    Object.keys(operation.responses?.[status]?.content ?? {}).some((type) =>
      type.startsWith('application/problem+json'),
    );
  const needsToken = (operation.security ?? []).length > 0;
  const checked =
    operation.requestBody !== undefined ||
    (operation.parameters ?? []).some((p) => p.in === 'path' && p.schema?.format === 'uuid');
  return [
    ...(needsToken ? ['401', '403'] : []).filter((status) => !documented(status)),
    ...(checked && !documented('400') ? ['400'] : []),
  ].map((status) => `${where}: no ${status} problems documented`);
}

/**
 * Everything in the document a reader would have to guess: operations without a summary, parameters,
 * request bodies and responses with a body that show no example (directly or through every property of
 * their schema), problem responses without examples of their own status, and the guard's and the pipes'
 * problems left out. Empty when nothing is missing.
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
    return [...summary, ...parameters, ...body, ...responses, ...missingProblems(operation, where)];
  });
}
