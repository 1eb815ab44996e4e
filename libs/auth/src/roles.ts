/**
 * The roles the Law's actors play (Art. 1: recipients, service providers, the owner of the service, the
 * authorised bodies, the State Corporation's one-stop centres, NGOs monitoring quality).
 */
export const ROLES = [
  'recipient',
  'psc-operator',
  /** Art. 17.4: the unified contact centre tells a recipient the status of an application. */
  'contact-centre-operator',
  'provider-officer',
  'owner-officer',
  'public-services-authority',
  'quality-authority',
  'informatization-authority',
  'justice-officer',
  'ngo-monitor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

const known = new Set<string>(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && known.has(value);
}

/** Roles that act for an organisation and so carry its id in the token. */
export const ORGANIZATION_ROLES: readonly Role[] = [
  'provider-officer',
  'owner-officer',
  'public-services-authority',
  'quality-authority',
  'informatization-authority',
  'justice-officer',
  'ngo-monitor',
];
