import { hasRole } from '@kzps/auth';
import {
  ComplaintsRoles,
  officerOrganizationOf,
  recipientIdNumberOf,
  type CallerIdentity,
} from '../common/identity';
import type { ComplaintFile, StageRow } from './complaint-record';
import { complaintsError, ComplaintsErrorCode } from './complaints.errors';

/** The complainant themselves: the recipient whose IIN/BIN the complaint was filed under. */
export function isComplainant(caller: CallerIdentity, file: ComplaintFile): boolean {
  return (
    hasRole(caller, ...ComplaintsRoles.recipient) &&
    recipientIdNumberOf(caller) === file.complaint.complainantIdNumber
  );
}

/**
 * Art. 19.7: complaint records are kept apart. Besides the complainant, only officers of the bodies of its
 * chain, of a body it was registered at, and of the quality authority read one.
 */
export function isStaffWithAccess(caller: CallerIdentity, file: ComplaintFile): boolean {
  const organization = officerOrganizationOf(caller);
  if (!organization) return false;
  return (
    organization === file.complaint.qualityAuthorityId ||
    file.complaint.chain.some((instance) => instance.organizationId === organization) ||
    file.stages.some((stage) => stage.instanceId === organization)
  );
}

/** Anyone else is told the complaint does not exist (its existence is itself kept apart). */
export function assertReader(caller: CallerIdentity, file: ComplaintFile): 'complainant' | 'staff' {
  if (isComplainant(caller, file)) return 'complainant';
  if (isStaffWithAccess(caller, file)) return 'staff';
  throw complaintsError(ComplaintsErrorCode.COMPLAINT_NOT_FOUND);
}

/** Where the law names the acting body, exactly that body acts: an officer of the stage's instance. */
export function assertInstanceOfficer(caller: CallerIdentity, file: ComplaintFile, stage: StageRow): void {
  assertReader(caller, file);
  if (officerOrganizationOf(caller) !== stage.instanceId) {
    throw complaintsError(ComplaintsErrorCode.INSTANCE_NOT_YOURS, undefined, {
      instanceId: stage.instanceId,
    });
  }
}

export function assertComplainant(caller: CallerIdentity, file: ComplaintFile): void {
  if (assertReader(caller, file) !== 'complainant') {
    throw complaintsError(ComplaintsErrorCode.INSTANCE_NOT_YOURS, 'Only the complainant may do this');
  }
}

export function assertNotWithdrawn(file: ComplaintFile): void {
  if (file.complaint.status === 'withdrawn') throw complaintsError(ComplaintsErrorCode.COMPLAINT_CLOSED);
}
