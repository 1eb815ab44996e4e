import type { InstanceRole, OrganizationKind } from '@kzps/contracts';

/** One instance of the pre-trial chain and how many working days it has to decide. */
export interface ChainInstance {
  /** 1-based position. */
  stage: number;
  role: InstanceRole;
  organizationId: string;
  termWorkingDays: number;
}

/** What the chain is derived from: the registry entry, where the service was received, the quality role. */
export interface ChainInput {
  /** The central body that approved the standard (the registry entry's owner). */
  ownerId: string;
  /** The provider the service was received from (Art. 19.1: the complaint goes where it was received). */
  providerId: string;
  providerKind: OrganizationKind;
  /** The organisation holding the quality-authority role (docs/architecture.md D18). */
  qualityAuthorityId: string;
}

/** Art. 19.2-3: five working days at the provider and at the central body. */
export const FIRST_INSTANCES_TERM_WORKING_DAYS = 5;
/** Art. 19.5: fifteen working days at the quality authority. */
export const QUALITY_AUTHORITY_TERM_WORKING_DAYS = 15;

/**
 * Who hears a complaint, in which order. A service the central body delivers itself goes to that body and
 * then to the quality authority (Art. 19.3); any other goes first to the provider or the local executive body
 * that delivered it, then to the central body that approved the standard, then to the quality authority
 * (Art. 19.2, 19.5). Derived from the registry and the application, never typed in.
 */
export function appealChain(input: ChainInput): ChainInstance[] {
  const roles: Array<Omit<ChainInstance, 'stage'>> = [];
  if (input.providerId !== input.ownerId) {
    roles.push({
      role: input.providerKind === 'local-executive-body' ? 'local_executive_body' : 'provider',
      organizationId: input.providerId,
      termWorkingDays: FIRST_INSTANCES_TERM_WORKING_DAYS,
    });
  }
  roles.push({
    role: 'owner',
    organizationId: input.ownerId,
    termWorkingDays: FIRST_INSTANCES_TERM_WORKING_DAYS,
  });
  roles.push({
    role: 'quality_authority',
    organizationId: input.qualityAuthorityId,
    termWorkingDays: QUALITY_AUTHORITY_TERM_WORKING_DAYS,
  });
  return roles.map((instance, index) => ({ ...instance, stage: index + 1 }));
}

/** The instance after `stage`, or undefined after the quality authority (Art. 19.7: then the court). */
export function nextInstance(chain: readonly ChainInstance[], stage: number): ChainInstance | undefined {
  return chain.find((instance) => instance.stage === stage + 1);
}
