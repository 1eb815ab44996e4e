import type { OrganizationKind as ContractOrganizationKind } from '@kzps/contracts';

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
 * The organisations that may be the entry's owner, the body ensuring the development and approval of the
 * standard (Art. 6.2): only a central state body, also for services local executive bodies deliver (Art. 7.1);
 * an akimat delivers such a service as its provider and agrees its standard (Art. 5.2.1, 7.3). See D25.
 */
export const ownerKinds: readonly OrganizationKind[] = ['central-state-body'];

/** Art. 5.2.2: an individual provider is identified by IIN; every other organisation by BIN. */
export const INDIVIDUAL_PROVIDER: OrganizationKind = 'individual-provider';

/** Art. 5.2.1: a department (ведомство) is part of a central state body. */
export const DEPARTMENT: OrganizationKind = 'department';

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
