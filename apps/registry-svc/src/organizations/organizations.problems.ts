import { exampleIds } from '../common/api-examples';
import { katoProblem } from './kato';
import {
  authorityNotCentral,
  authorityRolesByAct,
  designationActInFuture,
  organizationError,
  OrganizationErrorCode,
  organizationFieldError,
} from './organizations.errors';

/*
 * The problems the organisation endpoints answer with, as the OpenAPI document shows them: made by the
 * error factories the service throws with, the KATO one by the same check.
 */
const id = exampleIds.ministryOfJustice;
const kato = '195200000';

export const organizationProblems = {
  authorityRolesByAct: authorityRolesByAct(['justice-registration-authority']),
  authorityNotCentral: authorityNotCentral('local-executive-body', ['quality-authority']),
  designationActInFuture: designationActInFuture('2026-12-01', '2026-11-30'),
  notFound: organizationError(OrganizationErrorCode.OrganizationNotFound, `No organisation ${id}`),
  binTaken: organizationError(OrganizationErrorCode.BinTaken, `BIN 990240000010 belongs to ${id}`, {
    organizationId: id,
  }),
  iinTaken: organizationError(
    OrganizationErrorCode.IinTaken,
    'The IIN belongs to 9c0e4b7a-1d2f-4e3a-8b5c-6d7e8f9a0b1c',
    { organizationId: '9c0e4b7a-1d2f-4e3a-8b5c-6d7e8f9a0b1c' },
  ),
  parentNotFound: organizationError(
    OrganizationErrorCode.ParentNotFound,
    'No organisation 3f0c2a8e-9b1d-4c7e-8a6f-2d5b4e1c0a97',
  ),
  parentCycle: organizationFieldError(
    OrganizationErrorCode.ParentCycle,
    'parentId',
    'parentId: the organisation would become its own ancestor',
  ),
  levelMismatch: organizationFieldError(
    OrganizationErrorCode.LevelMismatch,
    'level',
    'level: a central-state-body has no level',
  ),
  identifierMismatch: organizationFieldError(
    OrganizationErrorCode.IdentifierMismatch,
    'iin',
    'iin: only an individual provider has an IIN, not a central-state-body',
  ),
  katoMismatch: organizationFieldError(
    OrganizationErrorCode.KatoMismatch,
    'regionKato',
    katoProblem('district', kato, '350000000') ?? '',
  ),
  departmentParent: organizationFieldError(
    OrganizationErrorCode.DepartmentParent,
    'parentId',
    'parentId: a department needs the central state body it belongs to',
  ),
  ownsEntries: organizationError(
    OrganizationErrorCode.OwnsEntries,
    'The organisation owns 01.01-001; a state-institution cannot own a service (Art. 5.1): amend the entries first',
    {
      errors: [{ field: 'kind', message: 'kind state-institution cannot own a service' }],
      entries: [
        { id: exampleIds.birthRegistration, code: '01.01-001', status: 'included', roles: ['owner'] },
      ],
    },
  ),
};
