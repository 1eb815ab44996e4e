import { guardProblems } from '@kzps/auth';
import { invalid, malformedId, pageTooLarge, type DocumentedProblem } from '@kzps/platform';
import { qualityAuthorityProblems } from '../registry/designated-bodies.problems';
import { internalControlError, InternalControlErrorCode as Code } from './internal-control.errors';
import { InternalControlRoles } from './internal-control.service';

const readers = [...InternalControlRoles.overseers, ...InternalControlRoles.owners];

/** The problems of each internal-control operation, from the errors the service throws (D19). */
export const InternalControlProblems = {
  request: [
    ...guardProblems(InternalControlRoles.requester),
    ...qualityAuthorityProblems,
    invalid({ field: 'dueDate', message: 'dueDate must be a date YYYY-MM-DD', constraint: 'isCalendarDate' }),
    internalControlError(Code.INTERNAL_CONTROL_OWNER_UNKNOWN),
    internalControlError(Code.INTERNAL_CONTROL_PERIOD_INVERTED),
    internalControlError(Code.INTERNAL_CONTROL_DUE_DATE_PASSED),
  ],
  submit: [
    ...guardProblems(InternalControlRoles.owners),
    invalid({
      field: 'halfYear',
      message: 'halfYear must be written YYYY-H1 or YYYY-H2',
      constraint: 'matches',
    }),
    internalControlError(Code.INTERNAL_CONTROL_NOT_AN_OWNER),
    internalControlError(Code.INTERNAL_CONTROL_PERIOD_REQUIRED),
    internalControlError(Code.INTERNAL_CONTROL_PERIOD_NOT_ENDED),
    internalControlError(Code.INTERNAL_CONTROL_REQUEST_NOT_FOUND),
    internalControlError(Code.INTERNAL_CONTROL_REPORT_ALREADY_SUBMITTED),
  ],
  list: [...guardProblems(readers), pageTooLarge],
  read: [
    ...guardProblems(readers),
    malformedId,
    internalControlError(Code.INTERNAL_CONTROL_REPORT_NOT_FOUND),
  ],
  late: [...guardProblems(InternalControlRoles.overseers), pageTooLarge],
} satisfies Record<string, DocumentedProblem[]>;
