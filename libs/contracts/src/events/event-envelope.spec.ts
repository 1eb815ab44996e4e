import { validateEnvelopeAttributes } from './event-envelope';
import { deadLetterTopicOf, isDeadLetterTopic } from '../topics/topic-names';

describe('event envelope', () => {
  const valid = {
    id: '0b4f1c1e-5d0f-4a53-9a43-0e1a7f0b3f11',
    source: '/kzps/registry-svc',
    type: 'kz.gov.registry.service.included.v1',
    subject: 'svc-1',
    time: '2025-01-15T09:00:00.000Z',
    specversion: '1.0' as const,
    datacontenttype: 'application/json' as const,
  };

  it('accepts CloudEvents 1.0 attributes with a versioned type', () => {
    expect(validateEnvelopeAttributes(valid)).toEqual([]);
  });

  it('refuses an unversioned type and an empty subject', () => {
    expect(
      validateEnvelopeAttributes({ ...valid, type: 'kz.gov.registry.service.included', subject: '' }),
    ).toEqual([
      'type must be a versioned kz.gov.<context>.<name>.v<N>',
      'subject (the aggregate id) is required',
    ]);
  });

  it('refuses a time without a time zone and any other spec version or content type', () => {
    expect(
      validateEnvelopeAttributes({
        ...valid,
        time: '2025-01-15 09:00',
        specversion: '0.3' as '1.0',
        datacontenttype: 'text/plain' as 'application/json',
      }),
    ).toEqual([
      'time must be an RFC 3339 timestamp with a time zone',
      'specversion must be 1.0',
      'datacontenttype must be application/json',
    ]);
  });

  it('names the dead-letter topic after the original', () => {
    expect(deadLetterTopicOf('kz.gov.registry.services')).toBe('kz.gov.registry.services.dlq');
    expect(isDeadLetterTopic('kz.gov.registry.services.dlq')).toBe(true);
    expect(isDeadLetterTopic('kz.gov.registry.services')).toBe(false);
  });
});
