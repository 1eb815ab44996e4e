import { ApiUuidParam } from '@kzps/platform';
import { demoOrganizationId, demoServiceId } from '../seed/demo-data';

/**
 * Ids the OpenAPI examples use: the demo registry's, which keep their ids across runs (the embedded run seeds
 * it), so an example sent from /docs names an entry or organisation that exists there.
 */
export const exampleIds = {
  /** 01.01-001 «Регистрация рождения ребенка…». */
  birthRegistration: demoServiceId('01.01-001'),
  ministryOfJustice: demoOrganizationId('justice'),
  almatyAkimat: demoOrganizationId('almatyCity'),
  astanaAkimat: demoOrganizationId('astana'),
  stateCorporation: demoOrganizationId('gov4c'),
  ministryOfFinance: demoOrganizationId('finance'),
  almatyOblastAkimat: demoOrganizationId('almatyOblast'),
  /** A calendar amendment: recorded by an administrator, so never the same id in two databases. */
  calendarAmendment: '5f1d7c1e-2f0a-4c55-9d8e-6a1b2c3d4e5f',
} as const;

/** The `{id}` of a registry entry. */
export const ApiServiceId = (): MethodDecorator =>
  ApiUuidParam('id', exampleIds.birthRegistration, 'The entry (01.01-001, the registration of a birth)');
