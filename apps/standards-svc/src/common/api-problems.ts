import { guardProblems } from '@kzps/auth';
import { DomainError } from '@kzps/platform';
import { standardsError, StandardsErrorCode } from '../standards/standards.errors';
import { assertOwnerOfficer } from './access';
import { exampleIds } from './api-examples';
import { StandardsRoles, type CallerIdentity } from './identity';

/**
 * The problem a check throws on this input: an example made by the very code that refuses the request, so it
 * is what a client receives.
 */
export function thrownBy(check: () => unknown): DomainError {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('The check passed: there is no problem to document');
}

/** An officer of the demo's Ministry of Justice, for the checks that refuse someone not of the owner. */
export const justiceOfficer: CallerIdentity = {
  subject: '7a5d3c1e-2b9f-4d6a-8c4e-1e7b5a3f2c04',
  roles: ['justice-officer'],
  organizationId: exampleIds.ministryOfJustice,
  expiresAt: new Date('2026-07-09T06:00:00.000Z'),
};

export const standardNotFound = standardsError(StandardsErrorCode.NotFound);

/**
 * An officer of another body, a service whose owner the registry never named, and one whose owner is still an
 * akimat (Art. 6.2, 7.1, D25).
 */
export const notOwnerProblems: DomainError[] = [
  thrownBy(() =>
    assertOwnerOfficer(
      { ...justiceOfficer, roles: [...StandardsRoles.owner] },
      { status: 'central', organizationId: exampleIds.ministryOfLabour },
    ),
  ),
  thrownBy(() => assertOwnerOfficer(justiceOfficer, { status: 'unknown' })),
  thrownBy(() =>
    assertOwnerOfficer(justiceOfficer, {
      status: 'local_executive_body',
      organizationId: exampleIds.almatyAkimat,
    }),
  ),
];

/** Drafting, outcomes, notices and reglaments are for officers of the owner (Art. 7.1, 9.2, 10.1). */
export const ownerOfficerProblems: DomainError[] = [
  ...guardProblems(StandardsRoles.owner),
  ...notOwnerProblems,
];
