import type { StandardContent } from '../standards/standard-content';

const text = { kk: 'мәтін', ru: 'текст' };

/** A draft with all eleven items of Art. 8. */
export function completeContent(ownerId: string, term = 5): StandardContent {
  return {
    providers: [{ name: { kk: 'Қызмет беруші', ru: 'Поставщик' } }],
    owner: { organizationId: ownerId, name: { kk: 'Министрлік', ru: 'Министерство' } },
    procedure: { kk: 'Өтініш беру тәртібі', ru: 'Порядок подачи заявления' },
    resultForms: ['electronic_document'],
    term: { value: term, unit: 'working_days', acceptanceDayCounts: true },
    fee: { free: true, legalBasis: text, paymentMethods: [] },
    documents: [
      {
        name: { kk: 'Жеке куәлік', ru: 'Удостоверение личности' },
        mandatory: true,
        form: 'original_for_verification',
      },
    ],
    refusalGrounds: [{ text: { kk: 'Жалған құжаттар', ru: 'Недостоверные документы' } }],
    queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
    registrationTerm: { value: 1, unit: 'working_days' },
    appeal: { procedure: { kk: 'Шағым беру тәртібі', ru: 'Порядок обжалования' } },
  };
}
