import type {
  DeliveryChannel,
  DeliveryForm as RegistryDeliveryForm,
  ServiceChannel,
  ServiceEntryV1,
} from '@kzps/contracts';
import type { Channel } from '../standards/standard-content';
import type { DeliveryForm } from './service-ref.entity';

/** The registry's channels of Art. 12 in full, in this service's words. */
export function channelOfDeliveryChannel(registryChannel: DeliveryChannel): Channel {
  switch (registryChannel) {
    case 'provider':
      return 'provider';
    case 'psc':
      return 'psc';
    case 'specialised-psc':
      return 'specialised_psc';
    case 'e-government-portal':
      return 'electronic';
  }
}

/** The registry's coarse channels: a specialised PSC cannot be told apart there. */
export function channelOfServiceChannel(registryChannel: ServiceChannel): Channel {
  switch (registryChannel) {
    case 'provider':
      return 'provider';
    case 'state-corporation':
      // The State Corporation runs the PSCs (Art. 1.13, 14).
      return 'psc';
    case 'e-government-portal':
      return 'electronic';
  }
}

/** The registry's form of delivery (Art. 6.2), in this service's words. */
export function deliveryFormOfRegistry(form: RegistryDeliveryForm): DeliveryForm {
  switch (form) {
    case 'paper':
      return 'paper';
    case 'electronic':
      return 'electronic';
    case 'paper-and-electronic':
      return 'both';
  }
}

/** Electronic through the portal, paper through every other channel (Art. 15). */
export function deliveryFormFromChannels(channels: readonly Channel[]): DeliveryForm {
  const electronic = channels.includes('electronic');
  const paper = channels.some((c) => c !== 'electronic');
  if (electronic && paper) return 'both';
  return electronic ? 'electronic' : 'paper';
}

/** Art. 12: `deliveryChannels` when the event has them; a v1 event sent before they were added has only `channels`. */
export function channelsOfEntry(entry: ServiceEntryV1): Channel[] {
  const channels = entry.deliveryChannels
    ? entry.deliveryChannels.map(channelOfDeliveryChannel)
    : entry.channels.map(channelOfServiceChannel);
  return [...new Set(channels)];
}

/** Art. 6.2: the registry's form of delivery; for a v1 event sent before it was added, derived from the channels. */
export function deliveryFormOfEntry(entry: ServiceEntryV1): DeliveryForm {
  return entry.deliveryForm
    ? deliveryFormOfRegistry(entry.deliveryForm)
    : deliveryFormFromChannels(channelsOfEntry(entry));
}
