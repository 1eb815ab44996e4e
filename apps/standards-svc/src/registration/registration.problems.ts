import { invalid } from '@kzps/platform';
import { exampleCalendar, exampleDates, exampleIds } from '../common/api-examples';
import { justiceOfficer, thrownBy } from '../common/api-problems';
import { assertJusticeOfficer } from '../common/access';
import { requestedDayStart } from '../clocks/requested-day';
import {
  registrationBeforeAgreement,
  registrationBeforeApprovingAct,
  registrationBeforePreviousVersion,
  registrationError,
  registrationInFuture,
  registrationNumberTaken,
  RegistrationErrorCode,
} from './registration.errors';
import { registrationNumber } from './registration.examples';

const role = 'justice-registration-authority';
const ministryOfJustice = {
  organizationId: exampleIds.ministryOfJustice,
  bin: '990240000010',
  name: {
    kk: 'Қазақстан Республикасының Әділет министрлігі',
    ru: 'Министерство юстиции Республики Казахстан',
  },
};

/*
 * The problems registration answers with (Art. 7.2), each made by the check or the error factory the service
 * throws with: who may act for the Ministry of Justice, and the dates and number the register can hold.
 */
export const registrationProblems = {
  ministryUnknown: thrownBy(() => assertJusticeOfficer(justiceOfficer, { status: 'none', role })),
  /** A re-designation recorded half-way, and no tie-breaker configured. */
  ministryAmbiguous: thrownBy(() =>
    assertJusticeOfficer(justiceOfficer, {
      status: 'ambiguous',
      role,
      holders: [
        ministryOfJustice,
        {
          organizationId: 'f0a3c6d9-1e4b-4a7c-8d2f-5b8e1c4a7d03',
          bin: '990240000029',
          name: {
            kk: 'Қазақстан Республикасы Әділет министрлігінің Тіркеу қызметі комитеті',
            ru: 'Комитет регистрационной службы Министерства юстиции Республики Казахстан',
          },
        },
      ],
    }),
  ),
  /** An officer of another body, with the role. */
  notTheMinistry: thrownBy(() =>
    assertJusticeOfficer(
      { ...justiceOfficer, organizationId: exampleIds.ministryOfLabour },
      { status: 'found', role, organizationId: exampleIds.ministryOfJustice },
    ),
  ),
  notAgreed: registrationError(RegistrationErrorCode.NotAgreed),
  notAwaiting: registrationError(RegistrationErrorCode.NotPending),
  notRegistered: registrationError(RegistrationErrorCode.NotFound),
  inFuture: registrationInFuture('2026-07-10', exampleDates.registration),
  beforeAgreement: registrationBeforeAgreement('2026-07-07', '2026-07-08'),
  beforePreviousVersion: registrationBeforePreviousVersion('2026-07-01', 1, exampleDates.registration),
  beforeApprovingAct: registrationBeforeApprovingAct('2026-07-07', exampleDates.approvingAct),
  numberTaken: registrationNumberTaken(registrationNumber),
  dateNotCounted: thrownBy(() => requestedDayStart(exampleCalendar, '1999-12-31', 'date')),
  badDate: invalid(
    {
      field: 'date',
      message: 'date must match /^\\d{4}-\\d{2}-\\d{2}$/ regular expression',
      constraint: 'matches',
    },
    { field: 'date', message: 'date must be a valid ISO 8601 date string', constraint: 'isIso8601' },
  ),
  reasonsMissing: invalid(
    { field: 'reasons.ru', message: 'ru should not be empty', constraint: 'isNotEmpty' },
    { field: 'reasons.ru', message: 'ru must be a string', constraint: 'isString' },
  ),
};
