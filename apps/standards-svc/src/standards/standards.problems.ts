import { invalid } from '@kzps/platform';
import { exampleCalendar, exampleIds } from '../common/api-examples';
import { thrownBy } from '../common/api-problems';
import { requestedDayStart } from '../clocks/requested-day';
import { draftIncomplete } from '../discussion/discussion.errors';
import { assertAgreesWithRegistry, type RegistryFacts } from './registry-consistency';
import { missingItems } from './standard-content';
import { childbirthAllowanceStandard, partialDraft, socialCode } from './standard.examples';
import { serviceExcluded, standardsError, StandardsErrorCode } from './standards.errors';

/*
 * The problems the standard's own endpoints answer with, as the OpenAPI document shows them: each made by
 * the error factory or the check the service itself throws with.
 */

/** The demo registry's 01.02-001 as this service keeps it: the Ministry of Labour owns and delivers it. */
const childbirthAllowance: RegistryFacts = {
  ownerId: exampleIds.ministryOfLabour,
  providers: [{ id: exampleIds.ministryOfLabour, name: childbirthAllowanceStandard.owner.name }],
  channels: ['psc', 'electronic'],
  deliveryForm: 'both',
  paid: false,
};

export const standardsProblems = {
  versionNotFound: standardsError(StandardsErrorCode.VersionNotFound),
  draftNotEditable: standardsError(StandardsErrorCode.DraftNotEditable),
  changeInProgress: standardsError(StandardsErrorCode.ChangeInProgress),
  nothingInForce: standardsError(StandardsErrorCode.NothingInForce),
  /** Art. 6.1: the service left the registry by the Government's decree No. 901 (example). */
  serviceExcluded: serviceExcluded({
    excludedAt: new Date('2026-09-30T19:00:00.000Z'),
    exclusionDecree: {
      number: '901',
      date: '2026-09-20',
      title: {
        kk: 'Қазақстан Республикасы Үкіметінің 2026 жылғы 20 қыркүйектегі № 901 қаулысы',
        ru: 'Постановление Правительства Республики Казахстан от 20 сентября 2026 г. № 901',
      },
    },
  }),
  publicationNotDue: standardsError(StandardsErrorCode.PublicationNotDue),
  /** The registry's events never named the service's owner. */
  ownerUnknown: standardsError(StandardsErrorCode.OwnerUnknown),
  /**
   * Art. 6.2 against Art. 8.1, 8.6, 18.2: the draft names the Almaty akimat, which does not deliver this
   * service, and a fee for a service the registry holds free.
   */
  disagreesWithRegistry: thrownBy(() =>
    assertAgreesWithRegistry(
      {
        ...childbirthAllowanceStandard,
        fee: {
          free: false,
          amountKzt: 5000,
          legalBasis: socialCode,
          paymentMethods: ['egov_payment_gateway'],
        },
        providers: [
          ...childbirthAllowanceStandard.providers,
          {
            organizationId: exampleIds.almatyAkimat,
            name: { kk: 'Алматы қаласының әкімдігі', ru: 'Акимат города Алматы' },
          },
        ],
      },
      childbirthAllowance,
    ),
  ),
  /** Art. 7.4, 8: the draft saved part-way cannot go to discussion. */
  draftIncomplete: draftIncomplete(missingItems(partialDraft)),
  /** A day the calendar does not count (it starts in 2005). */
  asOfNotCounted: thrownBy(() => requestedDayStart(exampleCalendar, '1999-12-31', 'asOf')),
  badAsOf: invalid({
    field: 'asOf',
    message: 'asOf must be a valid ISO 8601 date string',
    constraint: 'isIso8601',
  }),
  badDraft: invalid(
    {
      field: 'content.resultForms',
      message:
        'each value in resultForms must be one of the following values: electronic_document, paper_document, information_system_entry',
      constraint: 'isIn',
    },
    { field: 'content.term.value', message: 'value must not be less than 1', constraint: 'min' },
    {
      field: 'content.term.unit',
      message: 'unit must be one of the following values: minutes, hours, working_days, calendar_days',
      constraint: 'isIn',
    },
  ),
  termBeyondCalendar: invalid({
    field: 'content.term.value',
    message: 'value must be at most 1000 working_days: the working-day calendar counts no further',
    constraint: 'withinCalendarBounds',
  }),
  badListQuery: invalid(
    { field: 'serviceId', message: 'serviceId must be a UUID', constraint: 'isUuid' },
    {
      field: 'status',
      message:
        'status must be one of the following values: drafting, discussion, revision, agreement, registration, in_force, superseded, cancelled, closed',
      constraint: 'isIn',
    },
    { field: 'overdue', message: 'overdue must be a boolean value', constraint: 'isBoolean' },
  ),
  referenceMissing: invalid(
    { field: 'reference', message: 'reference should not be empty', constraint: 'isNotEmpty' },
    { field: 'reference', message: 'reference must be a string', constraint: 'isString' },
  ),
  badFrom: invalid({ field: 'from', message: 'from must be a UUID', constraint: 'isUuid' }),
};
