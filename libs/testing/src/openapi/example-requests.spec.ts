import { allExampleRequests, exampleRequests, isBadExampleAnswer } from './example-requests';
import { operationsOf, type OpenApiDocument } from './openapi-document';

const standardId = 'c0c5e1a2-7d3b-4f6e-9a81-2b4c6d8e0f13';

const document: OpenApiDocument = {
  paths: {
    '/api/v1/standards/{id}/discussion/proposals': {
      post: {
        summary: 'Submit a proposal',
        parameters: [{ name: 'id', in: 'path', schema: { format: 'uuid', example: standardId } }],
        requestBody: {
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Proposal' },
              examples: {
                citizen: { value: { text: 'Сократить срок до 5 рабочих дней', item: 'term' } },
                company: { value: { text: 'Добавить выдачу результата через портал' } },
              },
            },
          },
        },
      },
    },
    '/api/v1/standards': {
      get: {
        summary: 'Standards',
        parameters: [
          { name: 'status', in: 'query', schema: { example: ['discussion', 'revision'] } },
          { name: 'inForce', in: 'query', example: true },
        ],
      },
    },
    '/api/v1/standards/{id}/draft': {
      put: {
        summary: 'Replace the draft',
        parameters: [{ name: 'id', in: 'path', schema: { format: 'uuid', example: standardId } }],
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Draft' } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Proposal: { properties: { text: { example: 'Предложение' } } },
      Draft: {
        properties: {
          content: {
            allOf: [{ $ref: '#/components/schemas/Term' }],
            properties: { fee: { properties: { free: { example: true } } } },
          },
          documents: { items: { properties: { mandatory: { example: true } } } },
        },
      },
      Term: { properties: { term: { example: { value: 8, unit: 'working_days' } } } },
    },
  },
};

const operation = (path: string) => {
  const found = operationsOf(document).find((o) => o.path === path);
  if (!found) throw new Error(path);
  return found;
};

describe('the requests the OpenAPI document’s examples make', () => {
  it('makes one request per named body example, with the path parameter’s example', () => {
    const requests = exampleRequests(document, operation('/api/v1/standards/{id}/discussion/proposals'));
    expect(requests.map((r) => [r.name, r.url, r.contentType, r.payload])).toEqual([
      [
        'POST /api/v1/standards/{id}/discussion/proposals (citizen)',
        `/api/v1/standards/${standardId}/discussion/proposals`,
        'application/json',
        JSON.stringify({ text: 'Сократить срок до 5 рабочих дней', item: 'term' }),
      ],
      [
        'POST /api/v1/standards/{id}/discussion/proposals (company)',
        `/api/v1/standards/${standardId}/discussion/proposals`,
        'application/json',
        JSON.stringify({ text: 'Добавить выдачу результата через портал' }),
      ],
    ]);
  });

  it('composes a body without examples from its schema’s, through $ref, allOf, properties and items', () => {
    const [request] = exampleRequests(document, operation('/api/v1/standards/{id}/draft'));
    expect(JSON.parse(request?.payload ?? 'null')).toEqual({
      content: { term: { value: 8, unit: 'working_days' }, fee: { free: true } },
      documents: [{ mandatory: true }],
    });
  });

  it('repeats an array query parameter and puts the values a test gives in place of the examples', () => {
    const [list] = exampleRequests(document, operation('/api/v1/standards'));
    expect(list?.url).toBe('/api/v1/standards?status=discussion&status=revision&inForce=true');
    const [own] = exampleRequests(document, operation('/api/v1/standards/{id}/draft'), {
      id: '5d1f7a3c-0b2e-4c9d-8e6f-1a3b5c7d9e24',
    });
    expect(own?.url).toBe('/api/v1/standards/5d1f7a3c-0b2e-4c9d-8e6f-1a3b5c7d9e24/draft');
  });

  it('sends the reads before the writes, whose examples change what the reads name', () => {
    expect(allExampleRequests(document).map((r) => r.method)).toEqual(['get', 'post', 'post', 'put']);
  });

  it('takes 400, 413, 415 and 5xx for a bad example, and a 404 or 409 for the state it met', () => {
    expect([400, 404, 409, 413, 415, 422, 500, 503].filter(isBadExampleAnswer)).toEqual([
      400, 413, 415, 500, 503,
    ]);
  });
});
