import type { IdentityClaimsInput } from '../identity';
import { ROLES, type Role } from '../roles';
import { AUTHORIZATION_MATRIX } from './authorization-matrix';
import { hostileTokens, type HostileToken } from './hostile-tokens';
import type { TestIssuer } from './test-issuer';

/**
 * The suite's tokens live an hour, not the test issuer's five minutes: a suite is minted its tokens once and
 * sends thousands of requests, which on a loaded CI machine has taken longer than five minutes, and every
 * request after that was answered 401 TOKEN_EXPIRED instead of reaching the rule it probes.
 */
const ttlSeconds = 3600;

/** The organisation every matrix caller acts for: one no record names, so only the role is judged. */
const MATRIX_ORGANIZATION = '0b6f1c2e-7d4a-4e59-9a3b-5c8d2e1f4a70';

/** The callers @kzps/testing's `describeHostileInput` sends, signed by one service's test issuer. */
export interface HostileInputCallers {
  roles: readonly Role[];
  matrix: typeof AUTHORIZATION_MATRIX;
  /** A caller holding every role, so no request stops at the role check. */
  everyRole(subject: string): Promise<string>;
  /** A caller holding this role alone, acting for the matrix's organisation. */
  roleOnly(role: Role): Promise<string>;
  /** The tokens every service must refuse, each carrying every role. */
  refusedTokens(subject: string): Promise<HostileToken[]>;
  /** A caller the service's relation fixtures name. */
  token(caller: IdentityClaimsInput): Promise<string>;
}

/**
 * The auth side of the shared hostile-input suite. It is handed to the suite rather than imported by it: the
 * test harness (type:testing) stays free of the auth library, and auth (type:lib) may not import the harness.
 */
export function hostileInputCallers(issuer: TestIssuer): HostileInputCallers {
  return {
    roles: ROLES,
    matrix: AUTHORIZATION_MATRIX,
    everyRole: (subject) => issuer.token({ subject, roles: [...ROLES] }, { ttlSeconds }),
    roleOnly: (role) =>
      issuer.token(
        { subject: `matrix-${role}`, roles: [role], organizationId: MATRIX_ORGANIZATION },
        { ttlSeconds },
      ),
    refusedTokens: (subject) => hostileTokens(issuer, { subject, roles: [...ROLES] }),
    token: (caller) => issuer.token(caller, { ttlSeconds }),
  };
}
