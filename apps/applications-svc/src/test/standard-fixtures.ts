import { randomUUID } from 'node:crypto';
import type { StandardInForceV1 } from '@kzps/contracts';

export interface StandardParties {
  serviceId: string;
  ownerId: string;
  providerIds: string[];
}

/**
 * A standard in force as standards-svc announces it: three documents (the third only at the provider and
 * PSCs, not electronically), two refusal grounds, 5 working days with the PSC acceptance day counting.
 */
export function standardFixture(
  parties: StandardParties,
  overrides: Partial<StandardInForceV1> = {},
): StandardInForceV1 {
  return {
    standardId: randomUUID(),
    serviceId: parties.serviceId,
    versionId: randomUUID(),
    versionNumber: 1,
    registrationNumber: `R-${randomUUID().slice(0, 8)}`,
    registrationDate: '2026-01-15',
    inForceFrom: '2026-01-15T04:00:00.000Z',
    ownerOrganizationId: parties.ownerId,
    providerOrganizationIds: parties.providerIds,
    channels: ['provider', 'psc', 'specialised_psc', 'electronic'],
    resultForms: ['electronic_document', 'paper_document'],
    term: { value: 5, unit: 'working_days', acceptanceDayCounts: true },
    registrationTerm: { value: 15, unit: 'minutes' },
    queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
    fee: {
      free: true,
      amountKzt: null,
      paymentMethods: [],
      legalBasis: { kk: 'Тегін', ru: 'Бесплатно' },
    },
    documents: [
      { name: { kk: 'Өтініш', ru: 'Заявление' }, mandatory: true, form: 'original', perChannel: [] },
      {
        name: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' },
        mandatory: true,
        form: 'original_for_verification',
        perChannel: [],
      },
      {
        name: { kk: 'Баланың туу туралы куәлігі', ru: 'Свидетельство о рождении ребенка' },
        mandatory: true,
        form: 'copy',
        perChannel: [{ channel: 'electronic', mandatory: false, form: 'electronic_copy' }],
      },
    ],
    refusalGrounds: [
      {
        text: { kk: 'Құжаттардың дұрыс еместігі', ru: 'Недостоверность документов' },
        legalBasis: { kk: 'Заңның 5-бабы', ru: 'Статья 5 Закона' },
      },
      { text: { kk: 'Талаптарға сәйкес келмеуі', ru: 'Несоответствие требованиям' }, legalBasis: null },
    ],
    basis: { kind: 'initial', reference: null },
    ...overrides,
  };
}
