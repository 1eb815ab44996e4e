import type { Identity } from '@kzps/auth';
import type { AuditActor } from '@kzps/audit';

/** Who made a change, for the audit trail and the version history (the token subject, never personal data). */
export type Actor = AuditActor;

export function actorOf(identity: Identity): Actor {
  return {
    subject: identity.subject,
    roles: [...identity.roles],
    ...(identity.organizationId ? { organizationId: identity.organizationId } : {}),
  };
}
