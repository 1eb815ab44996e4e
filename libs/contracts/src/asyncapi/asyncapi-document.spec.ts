import { Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { eventCatalog } from '../events/event-catalog';
import { allTopics } from '../topics/topic-names';
import { asyncApiDocument } from './asyncapi-document';

interface Example {
  headers: Record<string, unknown>;
  payload: unknown;
}
interface Message {
  name: string;
  headers: Record<string, unknown>;
  payload: Record<string, unknown>;
  examples: Example[];
  'x-publisher': string;
  'x-consumers': string[];
}

const document = asyncApiDocument();
const messages = (document['components'] as { messages: Record<string, Message> }).messages;

describe('the AsyncAPI document generated from libs/contracts', () => {
  it('is a valid AsyncAPI 3.0 document for the official parser, without errors or warnings', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    // The one remark allowed: the parser recommends 3.1, and the document keeps to 3.0 on purpose (issue 19).
    const remarks = diagnostics.filter(({ code }) => code !== 'asyncapi-latest-version');
    expect(remarks.map(({ code, message, path }) => `${code} ${path.join('.')}: ${message}`)).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
  });

  it('lists every topic as a channel and every event type of the catalogue as a message', () => {
    const channels = Object.values(document['channels'] as Record<string, { address: string }>);
    expect(channels.map(({ address }) => address).sort()).toEqual([...allTopics].sort());
    expect(Object.keys(messages).sort()).toEqual(Object.keys(eventCatalog).sort());
  });

  it('says who publishes each event and who consumes it', () => {
    const included = messages['kz.gov.registry.service.included.v1'];
    expect(included?.['x-publisher']).toBe('registry-svc');
    expect(included?.['x-consumers']).toEqual(['standards-svc', 'applications-svc', 'complaints-svc']);
    const operations = document['operations'] as Record<string, { action: string }>;
    expect(operations['registry-svc.send.registryServices']?.action).toBe('send');
    expect(operations['complaints-svc.receive.applications']?.action).toBe('receive');
    expect(messages['kz.gov.applications.application.submitted.v1']?.['x-consumers']).toEqual([
      'complaints-svc',
      'monitoring-svc',
    ]);
  });

  it('gives every message an example whose payload and headers validate against its schemas', () => {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    for (const message of Object.values(messages)) {
      const [example] = message.examples;
      expect(example).toBeDefined();
      const problems = (schema: Record<string, unknown>, value: unknown) =>
        ajv.validate(schema, value) ? [] : ajv.errorsText(ajv.errors);
      expect({ type: message.name, problems: problems(message.payload, example?.payload) }).toEqual({
        type: message.name,
        problems: [],
      });
      expect({ type: message.name, problems: problems(message.headers, example?.headers) }).toEqual({
        type: message.name,
        problems: [],
      });
    }
  });
});
