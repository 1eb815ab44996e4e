import type { Identity, Role } from '@kzps/auth';

/** The verified caller (from the token, via @kzps/auth). */
export type CallerIdentity = Identity;

/** Who may do what in this context (Art. 7-10). */
export const StandardsRoles = {
  /** Officers of the central body that develops and approves the standard (Art. 7.1, 9.2, 10.1). */
  owner: ['owner-officer'],
  /** Art. 7.2: state registration by the Ministry of Justice. */
  justice: ['justice-officer'],
  /** Officers of every kind of body that can be asked to agree a standard (Art. 7.1, 7.3). */
  approvers: ['public-services-authority', 'informatization-authority', 'owner-officer', 'provider-officer'],
  informatization: ['informatization-authority'],
  /** Art. 10.2-3: the owner's officers (an order), or an akimat's officers (its resolution). */
  reglamentApprovers: ['owner-officer', 'provider-officer'],
  /** Art. 17.2: an officer of the owner or of a provider confirms that body's own information update. */
  informationUpdaters: ['owner-officer', 'provider-officer'],
} as const satisfies Record<string, readonly Role[]>;
