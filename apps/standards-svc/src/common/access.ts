import { hasRole } from '@kzps/auth';
import type { ApproverKind } from '../agreement/approvers';
import { unresolvedAuthorityText, type AuthorityResolution } from '../read-model/designated-authorities';
import { ownerIsLocalExecutiveBody, standardsError, StandardsErrorCode } from '../standards/standards.errors';
import { StandardsRoles, type CallerIdentity } from './identity';

/**
 * The body that develops and approves the standard, as the read model knows the registry's owner: a
 * central state body (Art. 7.1), none yet, or a local executive body the registry still names from before
 * (D25), which develops nothing.
 */
export type Developer =
  | { status: 'central'; organizationId: string }
  | { status: 'unknown' }
  | { status: 'local_executive_body'; organizationId: string };

/**
 * Drafting, outcomes, notices and reglaments belong to the officers of the body that develops and approves
 * the standard (Art. 6.2, 7.1). STANDARD_OWNER_UNKNOWN: the registry's events for the service never named that
 * body; STANDARD_OWNER_LOCAL_EXECUTIVE_BODY: they named an akimat, which only agrees the standard (Art. 7.3).
 */
export function assertOwnerOfficer(caller: CallerIdentity | undefined, developer: Developer): CallerIdentity {
  if (!caller) throw standardsError(StandardsErrorCode.CallerNotIdentified);
  if (developer.status === 'unknown') throw standardsError(StandardsErrorCode.OwnerUnknown);
  if (developer.status === 'local_executive_body') throw ownerIsLocalExecutiveBody(developer.organizationId);
  if (!hasRole(caller, ...StandardsRoles.owner) || caller.organizationId !== developer.organizationId) {
    throw standardsError(StandardsErrorCode.NotTheOwner);
  }
  return caller;
}

/** The role an officer of each kind of approving body holds. */
const approverRoles: Record<ApproverKind, readonly (typeof StandardsRoles.approvers)[number][]> = {
  public_services_authority: ['public-services-authority'],
  informatization_authority: ['informatization-authority'],
  local_executive_body: ['owner-officer', 'provider-officer'],
};

/** An officer of this very organisation, in the role of that kind of approver. */
export function isOfficerOf(
  caller: CallerIdentity | undefined,
  organizationId: string,
  kind: ApproverKind,
): boolean {
  return (
    caller !== undefined &&
    caller.organizationId === organizationId &&
    hasRole(caller, ...approverRoles[kind])
  );
}

/**
 * Art. 7.2: state registration is the Ministry of Justice's: the role, and (like every other approving
 * body) an officer of the organisation the registry gives the justice-registration-authority role to.
 * Nobody can act for the ministry while the registry names none, or several without a tie-breaker.
 */
export function assertJusticeOfficer(
  caller: CallerIdentity | undefined,
  ministry: AuthorityResolution,
): CallerIdentity {
  if (!caller) throw standardsError(StandardsErrorCode.CallerNotIdentified);
  if (!hasRole(caller, ...StandardsRoles.justice)) {
    throw standardsError(
      StandardsErrorCode.CallerRoleRequired,
      `This needs the ${StandardsRoles.justice.join(', ')} role`,
    );
  }
  switch (ministry.status) {
    case 'none':
      throw standardsError(StandardsErrorCode.JusticeMinistryUnknown, undefined, {
        localizedDetail: unresolvedAuthorityText(ministry),
      });
    case 'ambiguous':
      throw standardsError(StandardsErrorCode.JusticeMinistryAmbiguous, undefined, {
        holders: ministry.holders,
        localizedDetail: unresolvedAuthorityText(ministry),
      });
    case 'found':
      if (caller.organizationId !== ministry.organizationId) {
        throw standardsError(StandardsErrorCode.JusticeMinistryOfficerRequired);
      }
      return caller;
  }
}
