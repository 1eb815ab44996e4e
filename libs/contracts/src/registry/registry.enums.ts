/**
 * Kinds of service providers (Art. 1 of the Law "On public services": who may render a public service), the
 * coarse kind every consumer knows. registry-svc's finer kind travels beside it (`registryKind`): a ministry's
 * department (ведомство) and a territorial body are `central-state-body`, a PSC is `state-corporation`, an
 * individual provider (Art. 5.2.2) is `individual` and is named by a masked IIN instead of a BIN.
 */
export const organizationKinds = [
  'central-state-body',
  'local-executive-body',
  'foreign-mission',
  'state-corporation',
  'legal-entity',
  'individual',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/**
 * The parts the Law gives an organisation; one body may play several (a ministry owns services and delivers
 * them). The Government designates the public-services authority (Art. 7.1), the informatization authority
 * (Art. 7.3, 10.4) and the quality authority (Art. 7.5); the Ministry of Justice registers standards
 * (Art. 7.2). Consumers find those bodies by these roles, never by a configured BIN.
 */
export const organizationRoles = [
  'service-owner',
  'provider',
  'psc-operator',
  'public-services-authority',
  'quality-authority',
  'informatization-authority',
  'justice-registration-authority',
  'accredited-monitoring-ngo',
] as const;
export type OrganizationRole = (typeof organizationRoles)[number];

/** Channels through which a public service is rendered (Art. 5 of the Law). */
export const serviceChannels = ['provider', 'state-corporation', 'e-government-portal'] as const;
export type ServiceChannel = (typeof serviceChannels)[number];

/** Art. 6.2 and 4.2: who may receive a service; foreigners and stateless persons on equal terms. */
export const recipientTypes = [
  'individual',
  'legal-entity',
  'foreign-individual',
  'stateless-person',
  'foreign-legal-entity',
] as const;
export type RecipientType = (typeof recipientTypes)[number];

/** Art. 6.2, 4.1.4: the form of delivery. */
export const deliveryForms = ['paper', 'electronic', 'paper-and-electronic'] as const;
export type DeliveryForm = (typeof deliveryForms)[number];

/** Art. 12, in full: at the provider, a PSC, a specialised PSC, the e-government portal. */
export const deliveryChannels = ['provider', 'psc', 'specialised-psc', 'e-government-portal'] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];
