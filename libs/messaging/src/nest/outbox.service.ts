import type { EventPayloadMap } from '@kzps/contracts';
import { OutboxWriter } from '../outbox/outbox.writer';

/** The outbox writer as a Nest provider: inject it and `await outbox.append(manager, event)`. */
export class OutboxService extends OutboxWriter<EventPayloadMap> {}
