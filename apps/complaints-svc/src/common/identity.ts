import type { Identity, Role } from '@kzps/auth';

/** The verified caller (from the token, via @kzps/auth). */
export type CallerIdentity = Identity;

/** Who may do what in this context (Art. 19). */
export const ComplaintsRoles = {
  recipient: ['recipient'],
  /** Officers of the instances: providers and local executive bodies, central bodies, the quality authority. */
  officer: ['provider-officer', 'owner-officer', 'quality-authority'],
  qualityAuthority: ['quality-authority'],
} as const satisfies Record<string, readonly Role[]>;

/** The IIN or BIN of the person or company the token is for. */
export function recipientIdNumberOf(caller: CallerIdentity): string | undefined {
  return caller.iin ?? caller.bin;
}

/** The organisation an officer acts for, when the token carries an officer's role. */
export function officerOrganizationOf(caller: CallerIdentity): string | undefined {
  const officer = caller.roles.some((role) => (ComplaintsRoles.officer as readonly Role[]).includes(role));
  return officer ? caller.organizationId : undefined;
}
