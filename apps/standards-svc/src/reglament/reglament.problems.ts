import { WorkingCalendar } from '@kzps/calendar';
import { invalid } from '@kzps/platform';
import { exampleCalendar, exampleDates, exampleTimes } from '../common/api-examples';
import { thrownBy } from '../common/api-problems';
import { requestedDayStart } from '../clocks/requested-day';
import { amendedStandard } from '../standards/standard.examples';
import { stepsFitTerm } from './reglament-term';
import { actDateOutOfRange, reglamentError, stepsExceedTerm } from './reglament.errors';
import { reglamentSteps } from './reglament.examples';

/** The story's steps (7 working days) against the amended term of 6, as the service checks them. */
const tooLong = stepsFitTerm(
  reglamentSteps.map((step) => step.duration),
  amendedStandard.term,
  new WorkingCalendar(),
  exampleCalendar.localDate(new Date(exampleTimes.amendmentStartedAt)),
);

/*
 * The problems the reglament's endpoints answer with (Ch. 4), each made by the error factory or the check
 * the service throws with.
 */
export const reglamentProblems = {
  noStandardInForce: reglamentError('NO_STANDARD_IN_FORCE'),
  notFound: reglamentError('REGLAMENT_NOT_FOUND'),
  stepsExceedTerm: stepsExceedTerm(tooLong, amendedStandard.term),
  pscInteractionMissing: reglamentError('PSC_INTERACTION_MISSING'),
  approved: reglamentError('REGLAMENT_APPROVED'),
  informatizationMissing: reglamentError('INFORMATIZATION_AGREEMENT_MISSING'),
  informatizationNotRequired: reglamentError('INFORMATIZATION_NOT_REQUIRED'),
  notTheInformatizationAuthority: reglamentError('NOT_THE_INFORMATIZATION_AUTHORITY'),
  notAnApprovingBody: reglamentError('NOT_AN_APPROVING_BODY'),
  actAlreadyRecorded: reglamentError('ACT_ALREADY_RECORDED'),
  actDateOutOfRange: actDateOutOfRange('2026-07-01', exampleDates.registration, exampleDates.reglamentOrder),
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
