import type { Identity, Role } from '@kzps/auth';

/** The verified caller (from the token, via @kzps/auth). */
export type CallerIdentity = Identity;

/** Who may do what in this context (Art. 5.5, 12-15, 17.4). */
export const ApplicationsRoles = {
  recipient: ['recipient'],
  /** Art. 14: operators of a PSC or a specialised PSC. */
  pscOperator: ['psc-operator'],
  /** Art. 13: officers of the provider, who accept at their desk and deliver the result. */
  providerOfficer: ['provider-officer'],
  contactCentre: ['contact-centre-operator'],
} as const satisfies Record<string, readonly Role[]>;

/** What an identity's token says about the person or company it is: an IIN or a BIN. */
export function recipientIdNumberOf(caller: CallerIdentity): string | undefined {
  return caller.iin ?? caller.bin;
}
