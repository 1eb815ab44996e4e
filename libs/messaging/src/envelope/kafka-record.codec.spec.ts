import type { EventEnvelope } from '@kzps/contracts';
import { fromKafkaMessage, toKafkaRecord } from './kafka-record.codec';

const envelope: EventEnvelope<{ serviceId: string }> = {
  id: '5c0e3f0e-8a3a-4d47-8a8c-4d1c5c7f0a01',
  source: '/kzps/registry-svc',
  type: 'kz.gov.registry.service.excluded.v1',
  subject: 'svc-42',
  time: '2025-03-01T10:00:00.000Z',
  specversion: '1.0',
  datacontenttype: 'application/json',
  data: { serviceId: 'svc-42' },
  requestId: 'req-1',
};

function asConsumed(record: ReturnType<typeof toKafkaRecord>): {
  value: Buffer;
  headers: Record<string, Buffer>;
} {
  return {
    value: Buffer.from(record.value),
    headers: Object.fromEntries(Object.entries(record.headers).map(([k, v]) => [k, Buffer.from(v)])),
  };
}

describe('Kafka record codec', () => {
  it('writes CloudEvents attributes as headers, the aggregate id as key and the data as JSON value', () => {
    expect(toKafkaRecord(envelope)).toEqual({
      key: 'svc-42',
      value: '{"serviceId":"svc-42"}',
      headers: {
        ce_id: envelope.id,
        ce_source: '/kzps/registry-svc',
        ce_type: 'kz.gov.registry.service.excluded.v1',
        ce_subject: 'svc-42',
        ce_time: '2025-03-01T10:00:00.000Z',
        ce_specversion: '1.0',
        'content-type': 'application/json',
        'x-request-id': 'req-1',
      },
    });
  });

  it('reads back what it wrote', () => {
    expect(fromKafkaMessage(asConsumed(toKafkaRecord(envelope)))).toEqual({ ok: true, envelope });
  });

  it('accepts a charset parameter on the content type', () => {
    const consumed = asConsumed(toKafkaRecord(envelope));
    consumed.headers['content-type'] = Buffer.from('application/json; charset=utf-8');
    expect(fromKafkaMessage(consumed).ok).toBe(true);
  });

  it('refuses a message without CloudEvents headers or with a value that is not JSON', () => {
    expect(fromKafkaMessage({ value: Buffer.from('{}'), headers: {} })).toMatchObject({
      ok: false,
      problems: expect.arrayContaining(['id is required', 'specversion must be 1.0']),
    });
    const broken = asConsumed(toKafkaRecord(envelope));
    broken.value = Buffer.from('{not json');
    expect(fromKafkaMessage(broken)).toMatchObject({ ok: false });
  });
});
