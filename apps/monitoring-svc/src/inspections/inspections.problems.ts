import { AuthErrorCode, authError, guardProblems } from '@kzps/auth';
import { invalid, malformedId, pageTooLarge, type DocumentedProblem } from '@kzps/platform';
import { qualityAuthorityProblems } from '../registry/designated-bodies.problems';
import { inspectionsError, InspectionsErrorCode as Code } from './inspections.errors';
import { InspectionRoles } from './inspections.service';

/** The problems of each external-control operation, from the errors the service throws (D19). */
const qualityAuthority: DocumentedProblem[] = [
  ...guardProblems(InspectionRoles.inspectors),
  ...qualityAuthorityProblems,
];

const readers = [...InspectionRoles.overseers, ...InspectionRoles.inspected];
const noOrganization = authError(
  AuthErrorCode.OrganizationForbidden,
  'The token names no organisation you act for',
);

export const InspectionProblems = {
  schedule: [
    ...qualityAuthority,
    invalid({
      field: 'startDate',
      message: 'startDate must be a date YYYY-MM-DD',
      constraint: 'isCalendarDate',
    }),
    inspectionsError(Code.INSPECTION_GROUND_REQUIRED),
    inspectionsError(Code.INSPECTION_GROUND_UNEXPECTED),
    inspectionsError(Code.INSPECTION_DATES_INVERTED),
    inspectionsError(Code.INSPECTION_SUBJECT_UNKNOWN),
  ],
  finding: [
    ...qualityAuthority,
    malformedId,
    inspectionsError(Code.INSPECTION_NOT_FOUND),
    inspectionsError(Code.INSPECTION_COMPLETED),
    inspectionsError(Code.INSPECTION_NOT_STARTED),
  ],
  order: [
    ...qualityAuthority,
    malformedId,
    inspectionsError(Code.INSPECTION_NOT_FOUND),
    inspectionsError(Code.INSPECTION_COMPLETED),
    inspectionsError(Code.INSPECTION_NOT_STARTED),
    inspectionsError(Code.INSPECTION_FINDING_UNKNOWN),
    inspectionsError(Code.INSPECTION_SUBJECT_UNKNOWN),
    inspectionsError(Code.ORDER_DUE_DATE_PASSED),
  ],
  complete: [
    ...qualityAuthority,
    malformedId,
    inspectionsError(Code.INSPECTION_NOT_FOUND),
    inspectionsError(Code.INSPECTION_COMPLETED),
    inspectionsError(Code.INSPECTION_NOT_STARTED),
  ],
  report: [
    ...guardProblems(InspectionRoles.inspected),
    malformedId,
    inspectionsError(Code.ORDER_NOT_FOUND),
    inspectionsError(Code.ORDER_NOT_YOURS),
    inspectionsError(Code.ORDER_ALREADY_FULFILLED),
  ],
  accept: [
    ...qualityAuthority,
    malformedId,
    inspectionsError(Code.ORDER_NOT_FOUND),
    inspectionsError(Code.ORDER_ALREADY_FULFILLED),
    inspectionsError(Code.ORDER_NOT_REPORTED),
  ],
  sendBack: [
    ...qualityAuthority,
    malformedId,
    inspectionsError(Code.ORDER_NOT_FOUND),
    inspectionsError(Code.ORDER_ALREADY_FULFILLED),
    inspectionsError(Code.ORDER_NOT_REPORTED),
    inspectionsError(Code.ORDER_DUE_DATE_PASSED),
  ],
  read: [...guardProblems(readers), malformedId, noOrganization, inspectionsError(Code.INSPECTION_NOT_FOUND)],
  list: [...guardProblems(readers), pageTooLarge, noOrganization],
  plan: [...guardProblems(InspectionRoles.overseers), pageTooLarge],
  published: [pageTooLarge],
  publishedOne: [malformedId, inspectionsError(Code.INSPECTION_NOT_FOUND)],
} satisfies Record<string, DocumentedProblem[]>;
