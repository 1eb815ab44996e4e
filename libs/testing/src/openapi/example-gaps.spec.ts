import { exampleGaps } from './example-gaps';
import type { OpenApiDocument } from './openapi-document';

const problem = (status: number, code: string) => ({
  status,
  code,
  type: `urn:kzps:problem:${code.toLowerCase().replace(/_/g, '-')}`,
});

/** One operation that shows everything, to break one part at a time. */
function documentWith(changes: (document: OpenApiDocument) => void): OpenApiDocument {
  const document: OpenApiDocument = {
    paths: {
      '/api/v1/registry/services/{id}': {
        get: {
          summary: 'One entry',
          parameters: [
            {
              name: 'id',
              in: 'path',
              schema: { format: 'uuid', example: '45b92d9a-69e3-5c12-bbd1-c42f5c753099' },
            },
          ],
          responses: {
            '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Entry' } } } },
            '400': {
              content: {
                'application/problem+json': {
                  schema: { $ref: '#/components/schemas/Problem' },
                  examples: { BAD_REQUEST: { value: problem(400, 'BAD_REQUEST') } },
                },
              },
            },
            '404': {
              content: {
                'application/problem+json': {
                  schema: { $ref: '#/components/schemas/Problem' },
                  examples: { SERVICE_NOT_FOUND: { value: problem(404, 'SERVICE_NOT_FOUND') } },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Entry: {
          properties: {
            code: { example: '01.01-001' },
            name: { allOf: [{ $ref: '#/components/schemas/Text' }] },
            providers: { items: { $ref: '#/components/schemas/Text' } },
            children: { items: { $ref: '#/components/schemas/Entry' } },
          },
        },
        Text: { properties: { kk: { example: 'Тіркеу' }, ru: { example: 'Регистрация' } } },
        Problem: { properties: { code: { example: 'VALIDATION_FAILED' } } },
      },
    },
  };
  changes(document);
  return document;
}

const operation = (document: OpenApiDocument) => document.paths['/api/v1/registry/services/{id}']?.get ?? {};
const schema = (document: OpenApiDocument, name: string) => document.components?.schemas?.[name] ?? {};

describe('the check for what the OpenAPI document leaves without an example', () => {
  it('finds nothing missing in an operation that shows everything, a tree included', () => {
    expect(exampleGaps(documentWith(() => undefined))).toEqual([]);
  });

  it('names an operation without a summary and a parameter without an example or its uuid format', () => {
    const gaps = exampleGaps(
      documentWith((document) => {
        operation(document).summary = ' ';
        operation(document).parameters = [{ name: 'id', in: 'path', schema: {} }];
      }),
    );
    expect(gaps).toEqual([
      'GET /api/v1/registry/services/{id}: no summary',
      'GET /api/v1/registry/services/{id} › path id: no example',
      'GET /api/v1/registry/services/{id} › path id: not format uuid',
    ]);
  });

  it('follows $ref, allOf and items down to the property without an example', () => {
    const gaps = exampleGaps(
      documentWith((document) => {
        schema(document, 'Text').properties = { kk: { example: 'Тіркеу' }, ru: {} };
      }),
    );
    expect(gaps).toEqual([
      'GET /api/v1/registry/services/{id} › 200 application/json.name.ru: no example',
      'GET /api/v1/registry/services/{id} › 200 application/json.providers[].ru: no example',
    ]);
  });

  it('wants a problem response’s own examples, each with the status it is documented under', () => {
    const without = exampleGaps(
      documentWith((document) => {
        const media = operation(document).responses?.['404']?.content?.['application/problem+json'];
        if (media) delete media.examples;
      }),
    );
    expect(without).toEqual([
      'GET /api/v1/registry/services/{id} › 404 application/problem+json: no example of the problems answered with 404',
    ]);
    const reused = exampleGaps(
      documentWith((document) => {
        const media = operation(document).responses?.['404']?.content?.['application/problem+json'];
        if (media) media.examples = { VALIDATION_FAILED: { value: problem(400, 'VALIDATION_FAILED') } };
      }),
    );
    expect(reused).toEqual([
      'GET /api/v1/registry/services/{id} › 404 application/problem+json example VALIDATION_FAILED: status 400, documented under 404',
    ]);
  });

  it('names a reference to a schema the document does not have', () => {
    const gaps = exampleGaps(
      documentWith((document) => {
        delete document.components?.schemas?.Entry;
      }),
    );
    expect(gaps).toEqual([
      'GET /api/v1/registry/services/{id} › 200 application/json: #/components/schemas/Entry is not in components.schemas',
    ]);
  });

  it('names the guard’s 401 and 403 and the uuid pipe’s 400 when an operation leaves them out', () => {
    const gaps = exampleGaps(
      documentWith((document) => {
        operation(document).security = [{ bearer: [] }];
        delete operation(document).responses?.['400'];
      }),
    );
    expect(gaps).toEqual([
      'GET /api/v1/registry/services/{id}: no 401 problems documented',
      'GET /api/v1/registry/services/{id}: no 403 problems documented',
      'GET /api/v1/registry/services/{id}: no 400 problems documented',
    ]);
  });
});
