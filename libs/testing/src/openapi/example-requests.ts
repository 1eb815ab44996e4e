import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  operationsOf,
  resolveRef,
  type DocumentedOperation,
  type HttpMethod,
  type OpenApiDocument,
  type Parameter,
  type SchemaNode,
} from './openapi-document';

/** A value built from a schema's examples, as Swagger UI builds one when the body has none of its own. */
function composedExample(document: OpenApiDocument, schema: SchemaNode): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.$ref) {
    const target = resolveRef(document, schema.$ref).schema;
    return target ? composedExample(document, target) : undefined;
  }
  if (schema.items) return [composedExample(document, schema.items)];
  // A schema with neither parts nor properties (and no example) composes nothing.
  if (!schema.allOf && !schema.properties) return undefined;
  const parts = [...(schema.allOf ?? []), { properties: schema.properties }];
  return Object.assign(
    {},
    ...parts.map((part) =>
      part.properties
        ? Object.fromEntries(
            Object.entries(part.properties).map(([name, property]) => [
              name,
              composedExample(document, property),
            ]),
          )
        : composedExample(document, part),
    ),
  );
}

/** A request an operation's examples make. */
export interface ExampleRequest {
  /** `POST /api/v1/…/{id}/decision`, and the body example's name in brackets. */
  name: string;
  method: HttpMethod;
  /** The path template the operation is documented under. */
  path: string;
  /** The body example's name (`body` when the body has one example, or is composed from its schema). */
  example?: string;
  url: string;
  contentType?: string;
  payload?: string;
}

/** Values to send instead of the parameters' examples, by parameter name (ids of what a test made). */
export type ParameterValues = Readonly<Record<string, string>>;

/**
 * The requests an operation's examples make: its parameters' examples (or the values given for them), and
 * each example of its body; one request without a body when it takes none.
 */
export function exampleRequests(
  document: OpenApiDocument,
  { method, path, operation }: DocumentedOperation,
  values: ParameterValues = {},
): ExampleRequest[] {
  const valueOf = (parameter: Parameter): unknown =>
    values[parameter.name] ??
    parameter.example ??
    Object.values(parameter.examples ?? {})[0]?.value ??
    (parameter.schema ? composedExample(document, parameter.schema) : undefined);
  let url = path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters ?? []) {
    const value = valueOf(parameter);
    if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    if (parameter.in === 'query') {
      for (const item of Array.isArray(value) ? value : [value]) query.append(parameter.name, String(item));
    }
  }
  const target = query.size > 0 ? `${url}?${query}` : url;
  const name = `${method.toUpperCase()} ${path}`;
  const bodies = Object.entries(operation.requestBody?.content ?? {}).flatMap(([contentType, media]) => {
    const examples: Array<readonly [string, unknown]> = media.examples
      ? Object.entries(media.examples).map(([key, example]) => [key, example.value] as const)
      : [
          [
            'body',
            media.example ?? (media.schema ? composedExample(document, media.schema) : undefined),
          ] as const,
        ];
    return examples.map(([example, value]) => ({
      name: `${name} (${example})`,
      method,
      path,
      example,
      url: target,
      contentType,
      payload: typeof value === 'string' ? value : JSON.stringify(value),
    }));
  });
  return bodies.length > 0 ? bodies : [{ name, method, path, url: target }];
}

/** Every example request of the document, the reads first: the writes' examples change what the reads name. */
export function allExampleRequests(document: OpenApiDocument): ExampleRequest[] {
  return operationsOf(document)
    .sort((a, b) => Number(a.method !== 'get') - Number(b.method !== 'get'))
    .flatMap((operation) => exampleRequests(document, operation));
}

/**
 * Answers that mean the example itself is bad input (a malformed or self-contradictory request, a media type
 * the operation does not take) or broke the service. A 404 or 409 is the service's answer to the state the
 * example meets.
 */
export const isBadExampleAnswer = (status: number): boolean =>
  status === 400 || status === 413 || status === 415 || status >= 500;

/** Sends an example request to an app in the test's process (Fastify's inject), with these headers. */
export function sendExample(
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>,
  request: ExampleRequest,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return inject({
    method: request.method.toUpperCase() as Uppercase<HttpMethod>,
    url: request.url,
    headers: { ...headers, ...(request.contentType ? { 'content-type': request.contentType } : {}) },
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  });
}

/**
 * Sends every example request of the document to an app in the test's process, each with the headers its
 * sender needs, and names the ones answered as bad input (`isBadExampleAnswer`): empty when every example is
 * good input.
 */
export async function badExampleAnswers(
  document: OpenApiDocument,
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>,
  headersOf: (request: ExampleRequest) => Promise<Record<string, string>>,
): Promise<string[]> {
  const bad: string[] = [];
  for (const request of allExampleRequests(document)) {
    const response = await sendExample(inject, request, await headersOf(request));
    if (isBadExampleAnswer(response.statusCode))
      bad.push(`${request.name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  }
  return bad;
}
