import type { ProviderItem, StandardContent } from '../standards/standard-content';

const text = { kk: 'мәтін', ru: 'текст' };

/**
 * A draft with all eleven items of Art. 8, free, naming the registry's providers (Art. 6.2, 8.1): by default
 * the owner alone, which is how the services of most specs are registered.
 */
export function completeContent(
  ownerId: string,
  term = 5,
  providerIds: readonly string[] = [ownerId],
): StandardContent {
  const providers: ProviderItem[] = providerIds.map((organizationId) => ({
    organizationId,
    name: { kk: 'Қызмет беруші', ru: 'Поставщик' },
  }));
  return {
    providers,
    owner: { organizationId: ownerId, name: { kk: 'Министрлік', ru: 'Министерство' } },
    procedure: { kk: 'Өтініш беру тәртібі', ru: 'Порядок подачи заявления' },
    resultForms: ['electronic_document'],
    term: { value: term, unit: 'working_days' },
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
