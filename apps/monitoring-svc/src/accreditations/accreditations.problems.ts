import { guardProblems } from '@kzps/auth';
import { invalid, malformedId, pageTooLarge, type DocumentedProblem } from '@kzps/platform';
import { qualityAuthorityProblems } from '../registry/designated-bodies.problems';
import { accreditationsError, AccreditationsErrorCode as Code } from './accreditations.errors';
import { AccreditationRoles } from './accreditations.service';

const accreditor = [
  ...guardProblems(AccreditationRoles.accreditor),
  ...qualityAuthorityProblems,
  malformedId,
];
const readers = [...AccreditationRoles.overseers, ...AccreditationRoles.applicants];
const reasonMissing = invalid({
  field: 'reason',
  message: 'reason should not be null or undefined',
  constraint: 'isDefined',
});

/** The problems of each accreditation operation, from the errors the service throws (D19). */
export const AccreditationProblems = {
  apply: [
    ...guardProblems(AccreditationRoles.applicants),
    invalid({ field: 'ngoBin', message: 'ngoBin must be a 12-digit BIN', constraint: 'matches' }),
    accreditationsError(Code.ACCREDITATION_APPLICANT_WITHOUT_ORGANIZATION),
    accreditationsError(Code.ACCREDITATION_ALREADY_HELD),
  ],
  decide: [
    ...accreditor,
    accreditationsError(Code.ACCREDITATION_NOT_FOUND),
    accreditationsError(Code.ACCREDITATION_NOT_PENDING),
    accreditationsError(Code.ACCREDITATION_VALIDITY_REQUIRED),
    accreditationsError(Code.ACCREDITATION_VALIDITY_INVERTED),
    accreditationsError(Code.ACCREDITATION_BACKDATED),
    accreditationsError(Code.ACCREDITATION_REASON_REQUIRED),
  ],
  suspend: [
    ...accreditor,
    reasonMissing,
    accreditationsError(Code.ACCREDITATION_NOT_FOUND),
    accreditationsError(Code.ACCREDITATION_NOT_GRANTED),
  ],
  resume: [
    ...accreditor,
    accreditationsError(Code.ACCREDITATION_NOT_FOUND),
    accreditationsError(Code.ACCREDITATION_NOT_SUSPENDED),
  ],
  read: [
    ...guardProblems(readers),
    malformedId,
    accreditationsError(Code.ACCREDITATION_APPLICANT_WITHOUT_ORGANIZATION),
    accreditationsError(Code.ACCREDITATION_NOT_FOUND),
  ],
  list: [
    ...guardProblems(readers),
    pageTooLarge,
    accreditationsError(Code.ACCREDITATION_APPLICANT_WITHOUT_ORGANIZATION),
  ],
} satisfies Record<string, DocumentedProblem[]>;
