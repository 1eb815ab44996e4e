import { invalid } from '@kzps/platform';
import { exampleDates } from '../common/api-examples';
import {
  publicationBeforeRegistration,
  publicationError,
  PublicationErrorCode,
  publicationInFuture,
} from './publication.errors';

/** The problems the publication answers with (D31), made by the factories the service throws with. */
export const publicationProblems = {
  notAwaited: publicationError(PublicationErrorCode.NotAwaited),
  sourceMissing: publicationError(PublicationErrorCode.SourceMissing),
  sourceTwice: publicationError(PublicationErrorCode.SourceTwice),
  inFuture: publicationInFuture('2026-07-11', '2026-07-10'),
  beforeRegistration: publicationBeforeRegistration('2026-07-08', exampleDates.registration),
  badDate: invalid({
    field: 'firstPublishedOn',
    message:
      'firstPublishedOn must be a date YYYY-MM-DD from 2005-01-01 to 2099-12-31, the years the calendar covers',
    constraint: 'isCalendarDate',
  }),
};
