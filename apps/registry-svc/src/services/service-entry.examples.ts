import { exampleIds } from '../common/api-examples';
import { acts } from '../seed/demo-data';

/**
 * A draft as the public-services authority writes it, for the OpenAPI examples: the registration of paternity,
 * a service of the Ministry of Justice the demo registry does not have yet (free; the code left to the registry).
 */
export const paternityDraft = {
  name: {
    kk: 'Әкелікті анықтауды тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
    ru: 'Регистрация установления отцовства, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
  },
  description: {
    kk: 'Әкелікті анықтау туралы куәлік беріледі',
    ru: 'Выдается свидетельство об установлении отцовства',
  },
  classifierCode: '01.01',
  recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
  ownerId: exampleIds.ministryOfJustice,
  providerIds: [exampleIds.astanaAkimat, exampleIds.almatyAkimat],
  intakeOrganizationIds: [exampleIds.stateCorporation],
  intakeViaPortal: true,
  deliveryForm: 'paper-and-electronic',
  channels: ['provider', 'psc', 'e-government-portal'],
  paid: false,
  legalBasis: { kk: acts.family[0], ru: acts.family[1] },
  termWorkingDays: 1,
};
