/** Kinds of service providers (Art. 1 of the Law "On public services": who may render a public service). */
export const organizationKinds = [
  'central-state-body',
  'local-executive-body',
  'foreign-mission',
  'state-corporation',
  'legal-entity',
  'individual',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** Channels through which a public service is rendered (Art. 5 of the Law). */
export const serviceChannels = ['provider', 'state-corporation', 'e-government-portal'] as const;
export type ServiceChannel = (typeof serviceChannels)[number];
