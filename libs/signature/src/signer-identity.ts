import { localDateOf } from '@kzps/calendar';
import { validateBin, validateIin } from '@kzps/identifiers';
import type { SignerIdentity } from './signature-verifier';

/**
 * The signer from the identifiers a certificate carries: a legal entity when it names a valid BIN, an
 * individual when it names only a valid IIN. An identifier that fails its check digit counts as absent:
 * it names nobody. The IIN's birth date is checked against the day of signing.
 */
export function signerIdentityOf(
  candidates: { iin?: string; bin?: string },
  at: Date,
): SignerIdentity | undefined {
  const iin =
    candidates.iin !== undefined && validateIin(candidates.iin, { today: localDateOf(at) }).valid
      ? candidates.iin
      : undefined;
  if (candidates.bin !== undefined && validateBin(candidates.bin).valid) {
    return iin === undefined
      ? { kind: 'legal_entity', bin: candidates.bin }
      : { kind: 'legal_entity', bin: candidates.bin, iin };
  }
  return iin === undefined ? undefined : { kind: 'individual', iin };
}
