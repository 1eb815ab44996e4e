import fc from 'fast-check';
import Fastify, { type FastifyInstance } from 'fastify';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { sendGeneratedInput } from './generated-input';
import { operationsOf, type OpenApiDocument } from './openapi-document';
import { generatedRequests, type GeneratedRequest } from './schema-fuzz';

const document: OpenApiDocument = {
  paths: {
    '/notes/{id}': {
      post: {
        summary: 'Write a note',
        parameters: [
          {
            name: 'id',
            in: 'path',
            example: '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c',
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Note: {
        type: 'object',
        required: ['kind', 'text', 'pages'],
        properties: {
          kind: { type: 'string', enum: ['memo', 'letter'], example: 'memo' },
          text: { type: 'string', maxLength: 5, example: 'hello' },
          pages: { type: 'integer', minimum: 1, maximum: 3, example: 2 },
          due: { type: 'string', example: '2026-09-01' },
        },
      },
    },
  },
};

function sample(count: number): GeneratedRequest[] {
  const [operation] = operationsOf(document);
  const requests = operation ? generatedRequests(document, operation) : undefined;
  if (!requests) throw new Error('the operation has an example to generate from');
  return fc.sample(requests, { seed: 7, numRuns: count });
}

describe('requests generated from an OpenAPI schema (issue 20)', () => {
  const requests = sample(2_000);
  const names = requests.map((request) => request.name);

  it('gives every enum value and a value beyond the enum, the latter to be refused', () => {
    expect(names).toEqual(expect.arrayContaining(['POST /notes/{id}: body.kind enum value letter']));
    const beyond = requests.filter((request) => request.name.includes('beyond the enum'));
    expect(beyond.length).toBeGreaterThan(0);
    expect(beyond.every((request) => request.refused)).toBe(true);
  });

  it('gives a string at its maxLength (allowed) and over it (refused)', () => {
    const at = requests.find((request) => request.name.includes('body.text 5 characters (the most)'));
    const over = requests.find((request) => /body\.text \d+ characters \(over 5\)/.test(request.name));
    expect(at?.refused).toBe(false);
    expect(over?.refused).toBe(true);
  });

  it('gives numbers at and beyond their bounds, and a fraction for an integer', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /notes/{id}: body.pages 1 (the least)',
        'POST /notes/{id}: body.pages 3 (the most)',
        'POST /notes/{id}: body.pages 0 (below 1)',
        'POST /notes/{id}: body.pages 4 (above 3)',
        'POST /notes/{id}: body.pages fraction 1.5',
      ]),
    );
  });

  it('refuses a missing required field, an unknown field, an impossible date and a malformed id', () => {
    for (const pattern of [
      /body\.kind missing \(required\)/,
      /body unknown field/,
      /body\.due impossible date/,
      /path id malformed uuid/,
    ]) {
      const found = requests.filter((request) => pattern.test(request.name));
      expect({ pattern: String(pattern), found: found.length > 0 }).toEqual({
        pattern: String(pattern),
        found: true,
      });
      expect(found.every((request) => request.refused)).toBe(true);
    }
  });

  it('changes one thing at a time: every other field keeps its example value', () => {
    const textChanged = requests.filter((request) => request.name.includes('body.text'));
    for (const request of textChanged) {
      const body = JSON.parse(request.payload ?? '{}') as Record<string, unknown>;
      expect({ kind: body.kind, pages: body.pages }).toEqual({ kind: 'memo', pages: 2 });
    }
  });
});

describe('sending generated requests (issue 20)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let writeOnRefusal = false;

  beforeAll(async () => {
    database = await createTestDatabase('generated_input');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)');
    app = Fastify();
    app.get('/openapi.json', async () => document);
    app.post('/notes/:id', async (request, reply) => {
      // A refusal that writes first: the half-written state the check exists to find.
      if (writeOnRefusal)
        await client.query('INSERT INTO note (body) VALUES ($1)', [JSON.stringify(request.body)]);
      return reply.status(400).type('application/problem+json').send({
        type: 'urn:kzps:problem:validation-failed',
        title: 'Invalid',
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    });
    app.addHook('onClose', () => client.end());
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const send = () =>
    sendGeneratedInput((options) => app.inject(options), {
      databaseUrl: database.url,
      headers: {},
      requests: 50,
      seed: 1,
    });

  it('passes a service that refuses everything and writes nothing', async () => {
    writeOnRefusal = false;
    const report = await send();
    expect(report.failures).toEqual([]);
    expect(report.sent).toBe(50);
  });

  it('names the table a refused request wrote, with the seed that reproduces it', async () => {
    writeOnRefusal = true;
    const report = await send();
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatch(/refused but wrote note INSERT/);
    expect(report.failures[0]).toMatch(/FUZZ_SEED=1, fast-check seed/);
  });
});
