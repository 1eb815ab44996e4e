import type { DeliveryChannel, ServiceChannel as ContractChannel } from '@kzps/contracts';

// Art. 6.2, 4.2, 4.1.4, 12: the shared contract's vocabulary is the registry's own.
export {
  recipientTypes,
  deliveryForms,
  deliveryChannels as channels,
  type RecipientType,
  type DeliveryForm,
  type DeliveryChannel as Channel,
} from '@kzps/contracts';

/** Art. 6.3-4: drafted by the public-services authority, included and amended by Government decree. */
export const serviceStatuses = ['draft', 'included', 'amended', 'excluded'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

export const versionChanges = ['created', 'draft-updated', 'included', 'amended', 'excluded'] as const;
export type VersionChange = (typeof versionChanges)[number];

/** The shared contract knows PSCs only as the State Corporation's; both kinds of PSC map onto it. */
export function contractChannelOf(channel: DeliveryChannel): ContractChannel {
  switch (channel) {
    case 'provider':
      return 'provider';
    case 'psc':
    case 'specialised-psc':
      return 'state-corporation';
    case 'e-government-portal':
      return 'e-government-portal';
  }
}
