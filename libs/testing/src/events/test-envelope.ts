import { randomUUID } from 'node:crypto';
import { CLOUDEVENTS_SPEC_VERSION, JSON_CONTENT_TYPE, type EventEnvelope } from '@kzps/contracts';

/** An event as another service's relay would publish it, with a fresh id: what a consumer test feeds in. */
export function testEnvelope<T>(
  source: string,
  type: string,
  subject: string,
  data: T,
  time: Date,
): EventEnvelope<T> {
  return {
    id: randomUUID(),
    source,
    type,
    subject,
    time: time.toISOString(),
    specversion: CLOUDEVENTS_SPEC_VERSION,
    datacontenttype: JSON_CONTENT_TYPE,
    data,
  };
}
