import { hasRole } from '@kzps/auth';
import type { Application } from '../applications/application.entity';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { ApplicationsRoles, recipientIdNumberOf, type CallerIdentity } from '../common/identity';

/**
 * What a caller may read (Art. 24: least privilege): a provider's officers their organisation's applications,
 * a PSC's operators what their centre (and branch) accepted, a recipient their own.
 */
export type ReadScope =
  | { kind: 'provider'; providerId: string }
  | { kind: 'psc'; pscId: string; pscBranch: string | null }
  | { kind: 'recipient'; idNumber: string };

export function readScopeOf(caller: CallerIdentity): ReadScope {
  if (hasRole(caller, ...ApplicationsRoles.providerOfficer) && caller.organizationId) {
    return { kind: 'provider', providerId: caller.organizationId };
  }
  if (hasRole(caller, ...ApplicationsRoles.pscOperator) && caller.organizationId) {
    return { kind: 'psc', pscId: caller.organizationId, pscBranch: caller.pscId ?? null };
  }
  const idNumber = recipientIdNumberOf(caller);
  if (hasRole(caller, ...ApplicationsRoles.recipient) && idNumber) return { kind: 'recipient', idNumber };
  throw applicationsError(ApplicationsErrorCode.APPLICATION_NOT_FOUND);
}

/** The SQL condition of a scope on `application` (alias `a`), with its parameters. */
export function scopeCondition(scope: ReadScope): { sql: string; params: Record<string, string> } {
  switch (scope.kind) {
    case 'provider':
      return { sql: 'a.provider_id = :providerId', params: { providerId: scope.providerId } };
    case 'psc':
      return scope.pscBranch === null
        ? { sql: 'a.psc_id = :pscId', params: { pscId: scope.pscId } }
        : {
            sql: 'a.psc_id = :pscId AND a.psc_branch = :pscBranch',
            params: { pscId: scope.pscId, pscBranch: scope.pscBranch },
          };
    case 'recipient':
      return { sql: 'a.recipient_id_number = :idNumber', params: { idNumber: scope.idNumber } };
  }
}

/** Outside the scope an application does not exist for the caller: 404, never a hint that it does. */
export function assertInScope(scope: ReadScope, application: Application): void {
  const visible =
    (scope.kind === 'provider' && application.providerId === scope.providerId) ||
    (scope.kind === 'psc' &&
      application.pscId === scope.pscId &&
      (scope.pscBranch === null || application.pscBranch === scope.pscBranch)) ||
    (scope.kind === 'recipient' && application.recipientIdNumber === scope.idNumber);
  if (!visible) throw applicationsError(ApplicationsErrorCode.APPLICATION_NOT_FOUND);
}
