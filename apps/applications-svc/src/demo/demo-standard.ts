import { createHash } from 'node:crypto';
import type { StandardInForceV1 } from '@kzps/contracts';
import type { ServiceRef } from '../read-model/service-ref.entity';

/** A stable UUID-shaped id for a demo item, so a restart or another replica derives the same one. */
function demoId(name: string): string {
  const hex = createHash('sha256').update(`kzps-demo/${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The id of a demo service's standard version: its documents' and refusal grounds' ids derive from it. */
export function demoVersionId(serviceId: string): string {
  return demoId(`${serviceId}/version/1`);
}

/** A service whose registry entry names the central state body that develops its standard (Art. 6.2, 7.1). */
export type OwnedService = ServiceRef & { ownerId: string };

/** Only an entry naming its owner gets a demo standard: a provider (an akimat) never stands in for it. */
export const isOwned = (service: ServiceRef): service is OwnedService => service.ownerId !== null;

/**
 * The standard the embedded run puts in force for a demo service, shaped as standards-svc announces one
 * (`standard.in-force`). The embedded run has no standard through its whole adoption (discussion, agreement,
 * registration take months by law), so the demo applies this to the read model as if it had been announced;
 * production never runs it (SEED_DEMO_DATA). All four channels, three documents (the third optional on the
 * portal), two refusal grounds; `paid` sets a fee of 2,500 tenge (Art. 18). Its owner is the central body the
 * registry names (Art. 7.1: it develops and approves the standard, also for services akimats deliver).
 */
export function demoStandard(service: OwnedService, at: Date, options: { paid: boolean }): StandardInForceV1 {
  return {
    standardId: demoId(`${service.id}/standard`),
    serviceId: service.id,
    versionId: demoVersionId(service.id),
    versionNumber: 1,
    registrationNumber: `DEMO-${service.code}`,
    registrationDate: at.toISOString().slice(0, 10),
    inForceFrom: at.toISOString(),
    ownerOrganizationId: service.ownerId,
    providerOrganizationIds: service.providerIds,
    channels: ['provider', 'psc', 'specialised_psc', 'electronic'],
    resultForms: ['electronic_document', 'paper_document'],
    term: { value: 5, unit: 'working_days', acceptanceDayCounts: true },
    registrationTerm: { value: 15, unit: 'minutes' },
    queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
    fee: options.paid
      ? {
          free: false,
          amountKzt: 2_500,
          paymentMethods: ['egov_payment_gateway'],
          legalBasis: { kk: 'Салық кодексі (демо)', ru: 'Налоговый кодекс (демо)' },
        }
      : { free: true, amountKzt: null, paymentMethods: [], legalBasis: { kk: 'Тегін', ru: 'Бесплатно' } },
    documents: [
      { name: { kk: 'Өтініш', ru: 'Заявление' }, mandatory: true, form: 'original', perChannel: [] },
      {
        name: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' },
        mandatory: true,
        form: 'original_for_verification',
        perChannel: [],
      },
      {
        name: { kk: 'Мекенжай анықтамасы', ru: 'Адресная справка' },
        mandatory: true,
        form: 'copy',
        perChannel: [{ channel: 'electronic', mandatory: false, form: 'electronic_copy' }],
      },
    ],
    refusalGrounds: [
      {
        text: { kk: 'Құжаттардың дұрыс еместігі', ru: 'Недостоверность представленных документов' },
        legalBasis: { kk: 'Заңның 19-1-бабы', ru: 'Статья 19-1 Закона' },
      },
      {
        text: { kk: 'Алушының талаптарға сәйкес келмеуі', ru: 'Несоответствие услугополучателя требованиям' },
        legalBasis: null,
      },
    ],
    basis: { kind: 'initial', reference: null },
  };
}
