import type { OrganizationKind as ContractOrganizationKind } from '@kzps/contracts';
import type { OrganizationRole } from '@kzps/contracts';

/**
 * What an organisation is, structurally (Art. 1, 5): service owners (Art. 5.1), providers of every kind
 * Art. 5.2 lists, PSCs (Art. 1.13-14) and NGOs (Art. 23). A `department` is a central state body's
 * ведомство (Art. 5.2.1), e.g. the State Revenue Committee of the Ministry of Finance; a `territorial-body`
 * is the local office of a central body or of its department.
 */
export const organizationKinds = [
  'central-state-body',
  'department',
  'local-executive-body',
  'territorial-body',
  'state-institution',
  'state-enterprise',
  'quasi-state-entity',
  'private-legal-entity',
  'individual-provider',
  'psc',
  'specialised-psc',
  'foreign-mission',
  'ngo',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** Art. 1.2, 5.1.2: local executive bodies of the oblast level and of the district level. */
export const localExecutiveLevels = [
  'oblast',
  'city-of-republican-significance',
  'capital',
  'district',
  'city-of-oblast-significance',
] as const;
export type LocalExecutiveLevel = (typeof localExecutiveLevels)[number];

/** The parts the Law gives an organisation: the shared vocabulary, published with every organisation. */
export { organizationRoles, type OrganizationRole } from '@kzps/contracts';

/**
 * The roles that make an organisation one of the Law's authorised bodies: the public-services authority (Art.
 * 1, 7.1), the quality authority (Art. 20-22), the informatization authority (Art. 7.3, 10.4) and the Ministry of
 * Justice registering standards (Art. 7.2). Other services trust them (D18), so only the platform
 * administrator assigns them, on the legal act that designates the body, and only to a central state body.
 */
export const authorityRoles = [
  'public-services-authority',
  'quality-authority',
  'informatization-authority',
  'justice-registration-authority',
] as const satisfies readonly OrganizationRole[];
export type AuthorityRole = (typeof authorityRoles)[number];

export function isAuthorityRole(role: OrganizationRole): role is AuthorityRole {
  return (authorityRoles as readonly OrganizationRole[]).includes(role);
}

/** The acts that designate an authorised body: a law, a decree of the President, a Government resolution. */
export const designationActKinds = ['law', 'presidential-decree', 'government-resolution'] as const;
export type DesignationActKind = (typeof designationActKinds)[number];

/**
 * The organisations that may be the entry's owner, the body ensuring the development and approval of the
 * standard (Art. 6.2): only a central state body, also for services local executive bodies deliver (Art. 7.1);
 * an akimat delivers such a service as its provider and agrees its standard (Art. 5.2.1, 7.3). See D25.
 */
export const ownerKinds: readonly OrganizationKind[] = ['central-state-body'];

/** Art. 5.2.2: an individual provider is identified by IIN; every other organisation by BIN. */
export const INDIVIDUAL_PROVIDER: OrganizationKind = 'individual-provider';

/** Art. 5.2.1: a department (ведомство) is part of a central state body. */
export const DEPARTMENT: OrganizationKind = 'department';

/** Art. 5.1.1: the only kind that may be designated an authorised body (D38). */
export const CENTRAL_STATE_BODY: OrganizationKind = 'central-state-body';

export const LOCAL_EXECUTIVE_BODY: OrganizationKind = 'local-executive-body';

/** The coarser kind the shared event contract knows (libs/contracts); the full kind travels beside it. */
export function contractKindOf(kind: OrganizationKind): ContractOrganizationKind {
  switch (kind) {
    case 'central-state-body':
    case 'department':
    case 'territorial-body':
      return 'central-state-body';
    case 'local-executive-body':
      return 'local-executive-body';
    case 'psc':
    case 'specialised-psc':
      return 'state-corporation';
    case 'foreign-mission':
      return 'foreign-mission';
    case 'individual-provider':
      return 'individual';
    case 'state-institution':
    case 'state-enterprise':
    case 'quasi-state-entity':
    case 'private-legal-entity':
    case 'ngo':
      return 'legal-entity';
  }
}
