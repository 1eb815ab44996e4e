import { invalid } from '@kzps/platform';
import { exampleCalendar, exampleDates } from '../common/api-examples';
import { thrownBy } from '../common/api-problems';
import { requestedDayStart } from '../clocks/requested-day';
import { standardsError, StandardsErrorCode } from '../standards/standards.errors';
import {
  informationUpdateError,
  InformationUpdateErrorCode,
  updateDateOutOfRange,
} from './information.errors';
import { exampleUpdate } from './information.examples';

/** The problems of the Art. 17.2 endpoints, made by the factories and checks the service throws with. */
export const informationUpdateProblems = {
  notDue: standardsError(StandardsErrorCode.PublicationNotDue),
  notObliged: informationUpdateError(InformationUpdateErrorCode.NotObliged),
  alreadyConfirmed: informationUpdateError(InformationUpdateErrorCode.AlreadyConfirmed),
  /** An update dated before the standard entered into force. */
  dateOutOfRange: updateDateOutOfRange('2026-07-08', exampleDates.inForce, exampleUpdate.updatedOn),
  dateNotCounted: thrownBy(() => requestedDayStart(exampleCalendar, '1999-12-31', 'updatedOn')),
  badDate: invalid({
    field: 'updatedOn',
    message: 'updatedOn must be a valid ISO 8601 date string',
    constraint: 'isIso8601',
  }),
};
