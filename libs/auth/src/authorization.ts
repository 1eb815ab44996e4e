import { AuthErrorCode, authError, roleRequired } from './auth.errors';
import type { Identity } from './identity';
import type { Role } from './roles';

export function hasRole(identity: Identity, ...roles: readonly Role[]): boolean {
  return identity.roles.some((role) => roles.includes(role));
}

/** Throws ROLE_FORBIDDEN unless the identity holds at least one of the roles. */
export function assertRole(identity: Identity, ...roles: readonly Role[]): void {
  if (!hasRole(identity, ...roles)) {
    throw roleRequired(roles);
  }
}

/**
 * Throws ORGANIZATION_FORBIDDEN unless the identity acts for the organisation. No role bypasses this:
 * an admin who must act for an organisation gets that organisation's claim from the identity provider.
 */
export function assertOrganization(identity: Identity, organizationId: string): void {
  if (!identity.organizationId || identity.organizationId !== organizationId) {
    throw authError(
      AuthErrorCode.OrganizationForbidden,
      'You do not act for the organisation that owns this resource',
    );
  }
}

/** Throws SUBJECT_FORBIDDEN unless the resource belongs to the caller (a recipient's own application). */
export function assertSubject(identity: Identity, subject: string): void {
  if (identity.subject !== subject) {
    throw authError(AuthErrorCode.SubjectForbidden, 'The resource belongs to another person');
  }
}
