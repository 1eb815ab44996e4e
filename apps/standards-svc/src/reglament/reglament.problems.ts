import { WorkingCalendar } from '@kzps/calendar';
import { invalid } from '@kzps/platform';
import { exampleCalendar, exampleDates, exampleTimes } from '../common/api-examples';
import { thrownBy } from '../common/api-problems';
import { requestedDayStart } from '../clocks/requested-day';
import { amendedStandard } from '../standards/standard.examples';
import { stepsFitTermOnEveryChannel } from './reglament-term';
import { actDateOutOfRange, reglamentError, stepsExceedTerm, ReglamentErrorCode } from './reglament.errors';
import { reglamentSteps } from './reglament.examples';

/** The story's steps (7 working days) against the amended term of 6, as the service checks them. */
const tooLong = stepsFitTermOnEveryChannel(
  reglamentSteps.map((step) => step.duration),
  amendedStandard.term,
  amendedStandard.channels,
  new WorkingCalendar(),
  exampleCalendar.localDate(new Date(exampleTimes.amendmentStartedAt)),
);

/*
 * The problems the reglament's endpoints answer with (Ch. 4), each made by the error factory or the check
 * the service throws with.
 */
export const reglamentProblems = {
  noStandardInForce: reglamentError(ReglamentErrorCode.StandardNotInForce),
  notFound: reglamentError(ReglamentErrorCode.NotFound),
  stepsExceedTerm: stepsExceedTerm(tooLong),
  pscInteractionMissing: reglamentError(ReglamentErrorCode.PscInteractionMissing),
  approved: reglamentError(ReglamentErrorCode.Approved),
  informatizationMissing: reglamentError(ReglamentErrorCode.InformatizationAgreementMissing),
  informatizationNotRequired: reglamentError(ReglamentErrorCode.InformatizationNotRequired),
  notTheInformatizationAuthority: reglamentError(ReglamentErrorCode.NotTheInformatizationAuthority),
  notAnApprovingBody: reglamentError(ReglamentErrorCode.NotAnApprovingBody),
  actAlreadyRecorded: reglamentError(ReglamentErrorCode.ActAlreadyRecorded),
  actDateOutOfRange: actDateOutOfRange('2026-07-01', exampleDates.inForce, exampleDates.reglamentOrder),
  actDateNotCounted: thrownBy(() => requestedDayStart(exampleCalendar, '1999-12-31', 'actDate')),
  noSteps: invalid({
    field: 'steps',
    message: 'steps must contain at least 1 elements',
    constraint: 'arrayMinSize',
  }),
  badActDate: invalid({
    field: 'actDate',
    message: 'actDate must be a valid ISO 8601 date string',
    constraint: 'isIso8601',
  }),
};
