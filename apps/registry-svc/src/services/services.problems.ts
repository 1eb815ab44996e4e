import { exampleIds } from '../common/api-examples';
import { invalid, malformedId } from '@kzps/platform';
import { RegistryEventTypes } from '@kzps/contracts';
import { unpublishable } from './scheduled-versions';
import { ownerIsLocalExecutiveBody, serviceError, ServiceErrorCode } from './services.errors';

/*
 * The problems the registry's entry endpoints answer with, as the OpenAPI document shows them: each made by
 * the error factory the service itself throws with, with a detail as the service writes it.
 */
const id = exampleIds.birthRegistration;

const portalNeeded = {
  kk: 'Электрондық нысан «электрондық үкімет» веб-порталы арнасын талап етеді',
  ru: 'Электронная форма требует канала веб-портала «электронного правительства»',
};

export const serviceProblems = {
  notFound: serviceError(ServiceErrorCode.NotFound, `No service ${id}`),
  notInRegistryAsOf: serviceError(
    ServiceErrorCode.NotInRegistryAsOf,
    `Service ${id} was not in the registry on 2019-06-01`,
  ),
  draftsHidden: serviceError(
    ServiceErrorCode.DraftsHidden,
    'status=draft is for the public-services authority',
  ),
  codeTaken: serviceError(ServiceErrorCode.CodeTaken, 'Code 01.01-001 is already used'),
  notDraft: serviceError(ServiceErrorCode.NotDraft, `Service ${id} is already included`, {
    currentStatus: 'included',
  }),
  draftFixed: serviceError(ServiceErrorCode.NotDraft, `Service ${id} is included: change it by an amendment`),
  versionNotFound: serviceError(
    ServiceErrorCode.VersionNotFound,
    `Service ${id} has no version 4 recorded by an act`,
  ),
  versionInForce: serviceError(ServiceErrorCode.VersionInForce, 'Version 3 took effect on 2025-03-28', {
    effectiveDate: '2025-03-28',
  }),
  versionRevoked: serviceError(ServiceErrorCode.VersionRevoked, 'Version 4 was revoked', {
    revokedAt: '2026-01-20T05:00:00.000Z',
  }),
  notIncluded: serviceError(
    ServiceErrorCode.NotIncluded,
    `Cannot amend draft ${id}: it is not in the registry`,
  ),
  excluded: serviceError(ServiceErrorCode.Excluded, `Cannot amend ${id}: it was excluded`),
  effectiveDateOutOfOrder: serviceError(
    ServiceErrorCode.EffectiveDateOutOfOrder,
    'Effective date 2025-01-01 is before 2025-03-18',
    { currentEffectiveDate: '2025-03-18' },
  ),
  changeScheduled: serviceError(
    ServiceErrorCode.ChangeScheduled,
    'The excluded by decree 901 takes effect on 2026-01-01: nothing can follow the exclusion, so it cannot amend',
    { scheduled: { version: 4, change: 'excluded', decreeNumber: '901', effectiveDate: '2026-01-01' } },
  ),
  inconsistent: serviceError(
    ServiceErrorCode.Inconsistent,
    'an electronic form needs the e-government-portal channel (Art. 6.2, 15)',
    {
      errors: [
        {
          field: 'channels',
          message: 'an electronic form needs the e-government-portal channel (Art. 6.2, 15)',
          constraint: 'consistency',
          localizedMessage: portalNeeded,
        },
      ],
      localizedDetail: portalNeeded,
    },
  ),
  unknownOrganization: serviceError(
    ServiceErrorCode.UnknownOrganization,
    'Unknown organisations: 3f0c2a8e-9b1d-4c7e-8a6f-2d5b4e1c0a97',
    { organizationIds: ['3f0c2a8e-9b1d-4c7e-8a6f-2d5b4e1c0a97'] },
  ),
  ownerNotEligible: serviceError(
    ServiceErrorCode.OwnerNotEligible,
    `Organisation ${exampleIds.stateCorporation} is psc`,
  ),
  ownerLocalExecutiveBody: ownerIsLocalExecutiveBody(exampleIds.almatyAkimat),
  ownerMissing: serviceError(ServiceErrorCode.OwnerMissing),
  unknownClassifierCode: serviceError(ServiceErrorCode.UnknownClassifierCode, 'No classifier position 01.09'),
  emptyAmendment: serviceError(ServiceErrorCode.EmptyAmendment),
  unpublishable: unpublishable(
    { change: 'included', effectiveDate: '2026-01-01' },
    RegistryEventTypes.serviceIncluded,
    ['nameKk must have at most 1000 characters'],
  ),
  organizationInactive: serviceError(
    ServiceErrorCode.OrganizationInactive,
    `providerIds: organisation ${exampleIds.almatyAkimat} is inactive`,
    { errors: [{ field: 'providerIds', message: `organisation ${exampleIds.almatyAkimat} is inactive` }] },
  ),
};

/** What reading one entry (now or as of a date) answers besides the entry. */
export const readOneProblems = [
  malformedId,
  invalid({ field: 'asOf', message: 'asOf must be YYYY-MM-DD', constraint: 'matches' }),
  serviceProblems.notFound,
  serviceProblems.notInRegistryAsOf,
];
