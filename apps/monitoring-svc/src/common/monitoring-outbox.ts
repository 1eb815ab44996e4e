import { monitoringEvents, type MonitoringEventPayloads } from '@kzps/contracts';
import { OutboxWriter } from '@kzps/messaging';
import { currentRequestId } from '@kzps/platform';
import { SERVICE_NAME } from './service-name';

/** The outbox writer of this service's own events, each validated against its contract before it is written. */
export function monitoringOutbox(): OutboxWriter<MonitoringEventPayloads> {
  return new OutboxWriter<MonitoringEventPayloads>({
    serviceName: SERVICE_NAME,
    catalog: monitoringEvents,
    context: () => ({ requestId: currentRequestId() }),
  });
}
