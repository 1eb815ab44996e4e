import { invalid } from '@kzps/platform';
import { exampleDates } from '../common/api-examples';
import {
  approvingActBeforeAgreement,
  approvingActError,
  ApprovingActErrorCode,
  approvingActInForceBeforeAct,
  approvingActInFuture,
} from './approving-act.errors';

/** The problems the approving act answers with (Art. 7.1), made by the factories the service throws with. */
export const approvingActProblems = {
  notAwaited: approvingActError(ApprovingActErrorCode.NotAwaited),
  missing: approvingActError(ApprovingActErrorCode.Missing),
  inFuture: approvingActInFuture('2026-07-09', exampleDates.approvingAct),
  beforeAgreement: approvingActBeforeAgreement('2026-07-07', exampleDates.approvingAct),
  inForceBeforeAct: approvingActInForceBeforeAct('2026-07-01', exampleDates.approvingAct),
  badInForceOn: invalid({
    field: 'inForceOn',
    message:
      'inForceOn must be a date YYYY-MM-DD from 2005-01-01 to 2099-12-31, the years the calendar covers',
    constraint: 'isCalendarDate',
  }),
  badDate: invalid({
    field: 'date',
    message: 'date must be a date YYYY-MM-DD from 2005-01-01 to 2099-12-31, the years the calendar covers',
    constraint: 'isCalendarDate',
  }),
};
