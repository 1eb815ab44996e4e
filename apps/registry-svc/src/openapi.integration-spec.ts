import {
  exampleGaps,
  operationsOf,
  resolveRef,
  type OpenApiDocument,
  type Operation,
  type SchemaNode,
} from './test/openapi-examples';
import { startRegistryTestApp, type RegistryTestApp } from './test/registry-test-app';

/** A value built from a schema's examples, as Swagger UI builds one when the body has none of its own. */
function composed(document: OpenApiDocument, schema: SchemaNode): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.$ref) {
    const target = resolveRef(document, schema.$ref).schema;
    return target ? composed(document, target) : undefined;
  }
  if (schema.items) return [composed(document, schema.items)];
  const parts = [...(schema.allOf ?? []), { properties: schema.properties }];
  return Object.assign(
    {},
    ...parts.map((part) =>
      part.properties
        ? Object.fromEntries(
            Object.entries(part.properties).map(([name, property]) => [name, composed(document, property)]),
          )
        : composed(document, part),
    ),
  );
}

interface ExampleRequest {
  name: string;
  method: string;
  url: string;
  contentType?: string;
  payload?: string;
}

/** The requests an operation's examples make: its parameters' examples, and each example of its body. */
function exampleRequests(
  document: OpenApiDocument,
  method: string,
  path: string,
  operation: Operation,
): ExampleRequest[] {
  const valueOf = (parameter: NonNullable<Operation['parameters']>[number]): unknown =>
    parameter.example ?? (parameter.schema ? composed(document, parameter.schema) : undefined);
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
    const values = media.examples
      ? Object.entries(media.examples).map(([key, example]) => [key, example.value] as const)
      : [['body', media.example ?? (media.schema ? composed(document, media.schema) : undefined)] as const];
    return values.map(([key, value]) => ({
      name: `${name} (${key})`,
      method,
      url: target,
      contentType,
      payload: typeof value === 'string' ? value : JSON.stringify(value),
    }));
  });
  return bodies.length > 0 ? bodies : [{ name, method, url: target }];
}

/**
 * Answers that mean the example itself is bad input (a malformed or self-contradictory request, a media type
 * the operation does not take) or broke the service. A 404 or 409 is the registry's answer to what an
 * example asks of the demo registry's present state (an entry already included, a BIN already taken).
 */
const BAD_EXAMPLE = (status: number): boolean =>
  status === 400 || status === 413 || status === 415 || status >= 500;

describe('the OpenAPI document of registry-svc', () => {
  let t: RegistryTestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    // The demo registry: the examples name its entries and organisations.
    t = await startRegistryTestApp({ SEED_DEMO_DATA: 'true' });
    const response = await t.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('describes every operation with a summary and an example for every parameter, body and response', () => {
    expect(operationsOf(document).length).toBeGreaterThanOrEqual(30);
    expect(exampleGaps(document)).toEqual([]);
  });

  it('gives examples the API takes as good input, against the demo registry they name', async () => {
    const token = await t.token(['public-services-authority', 'admin'], 'examples');
    const requests = operationsOf(document)
      // Reads first: the writes' examples change the demo registry the reads' examples name.
      .sort((a, b) => Number(a.method !== 'get') - Number(b.method !== 'get'))
      .flatMap(({ method, path, operation }) => exampleRequests(document, method, path, operation));
    const refused: string[] = [];
    for (const request of requests) {
      const response = await t.inject({
        method: request.method.toUpperCase() as 'GET',
        url: request.url,
        headers: {
          authorization: `Bearer ${token}`,
          ...(request.contentType ? { 'content-type': request.contentType } : {}),
        },
        ...(request.payload !== undefined ? { payload: request.payload } : {}),
      });
      if (BAD_EXAMPLE(response.statusCode)) {
        refused.push(`${request.name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
