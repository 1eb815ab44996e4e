import type { ServiceChannel as ContractChannel } from '@kzps/contracts';

/** Art. 6.2 and 4.2: individuals and legal entities of Kazakhstan, and foreigners on equal terms. */
export const recipientTypes = [
  'individual',
  'legal-entity',
  'foreign-individual',
  'stateless-person',
  'foreign-legal-entity',
] as const;
export type RecipientType = (typeof recipientTypes)[number];

/** Art. 6.2: the form of delivery; Art. 4.1.4: paper (traditional) and/or electronic. */
export const deliveryForms = ['paper', 'electronic', 'paper-and-electronic'] as const;
export type DeliveryForm = (typeof deliveryForms)[number];

/** Art. 12: directly at the provider, at a PSC, at a specialised PSC, via the e-government portal. */
export const channels = ['provider', 'psc', 'specialised-psc', 'e-government-portal'] as const;
export type Channel = (typeof channels)[number];

/** Art. 6.3-4: drafted by the public-services authority, included and amended by Government decree. */
export const serviceStatuses = ['draft', 'included', 'amended', 'excluded'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

export const versionChanges = ['created', 'draft-updated', 'included', 'amended', 'excluded'] as const;
export type VersionChange = (typeof versionChanges)[number];

/** The shared contract knows PSCs only as the State Corporation's; both kinds of PSC map onto it. */
export function contractChannelOf(channel: Channel): ContractChannel {
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
