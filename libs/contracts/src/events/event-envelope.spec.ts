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

  it('names the dead-letter topic after the original', () => {
    expect(deadLetterTopicOf('kz.gov.registry.services')).toBe('kz.gov.registry.services.dlq');
    expect(isDeadLetterTopic('kz.gov.registry.services.dlq')).toBe(true);
    expect(isDeadLetterTopic('kz.gov.registry.services')).toBe(false);
  });
});
