import { spokenDate, type SkippedDay } from '@kzps/calendar';
import type { PinnedTermV1 } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

/** What the recipient takes away from the desk or the portal: every line in Kazakh and Russian. */
export interface ApplicationReceipt {
  applicationId: string;
  trackingNumber: string;
  service: { id: string; code: string; name: Bilingual };
  provider: { id: string; name: Bilingual };
  channel: string;
  acceptedAt: string;
  /** The same instant in Kazakhstan's time. */
  acceptedAtLocal: string;
  term: PinnedTermV1;
  dueDate: string;
  dueAt: string;
  handoverDueAt: string | null;
  /** The days the term did not count, with their reasons. */
  skipped: SkippedDay[];
  provisional: boolean;
  feeKzt: number | null;
  documents: Array<{ id: string; name: Bilingual }>;
  /** The receipt as printed. */
  text: Bilingual;
}

/** Art. 14.2: the refusal to accept, naming each document that was missing. */
export interface IntakeRefusalReceipt {
  intakeRefusalId: string;
  service: { id: string; code: string; name: Bilingual };
  refusedAt: string;
  refusedAtLocal: string;
  missingDocuments: Array<{ id: string; name: Bilingual }>;
  text: Bilingual;
}

const unitWords: Record<string, Bilingual> = {
  minutes: { kk: 'минут', ru: 'мин.' },
  hours: { kk: 'сағат', ru: 'ч.' },
  working_days: { kk: 'жұмыс күні', ru: 'рабочих дн.' },
  calendar_days: { kk: 'күнтізбелік күн', ru: 'календарных дн.' },
};

function termText(term: PinnedTermV1): Bilingual {
  const words = unitWords[term.unit] ?? { kk: term.unit, ru: term.unit };
  return { kk: `${term.value} ${words.kk}`, ru: `${term.value} ${words.ru}` };
}

function lines(kk: string[], ru: string[]): Bilingual {
  return { kk: kk.join('\n'), ru: ru.join('\n') };
}

export function receiptText(receipt: Omit<ApplicationReceipt, 'text'>): Bilingual {
  const due = spokenDate(receipt.dueDate);
  const term = termText(receipt.term);
  const fee = receipt.feeKzt;
  return lines(
    [
      `Өтініш қабылданды. Бақылау нөмірі: ${receipt.trackingNumber}`,
      `Қызмет: ${receipt.service.code} ${receipt.service.name.kk}`,
      `Көрсетуші: ${receipt.provider.name.kk}`,
      `Қабылданған уақыты: ${receipt.acceptedAtLocal}`,
      `Мерзімі: ${term.kk}; нәтиже ${due.kk} дейін`,
      fee === null ? 'Қызмет тегін' : `Төлем: ${fee} теңге`,
      `Ұсынылған құжаттар: ${receipt.documents.map((d) => d.name.kk).join('; ') || '—'}`,
    ],
    [
      `Заявление принято. Номер заявления: ${receipt.trackingNumber}`,
      `Услуга: ${receipt.service.code} ${receipt.service.name.ru}`,
      `Поставщик: ${receipt.provider.name.ru}`,
      `Принято: ${receipt.acceptedAtLocal}`,
      `Срок: ${term.ru}; результат до ${due.ru}`,
      fee === null ? 'Услуга бесплатная' : `Оплата: ${fee} тенге`,
      `Представленные документы: ${receipt.documents.map((d) => d.name.ru).join('; ') || '—'}`,
    ],
  );
}

export function intakeRefusalText(receipt: Omit<IntakeRefusalReceipt, 'text'>): Bilingual {
  return lines(
    [
      'Құжаттар толық ұсынылмағандықтан өтінішті қабылдаудан бас тартылды (Заңның 14-бабының 2-тармағы).',
      `Қызмет: ${receipt.service.code} ${receipt.service.name.kk}`,
      `Уақыты: ${receipt.refusedAtLocal}`,
      'Жетіспейтін құжаттар:',
      ...receipt.missingDocuments.map((d, i) => `${i + 1}. ${d.name.kk}`),
    ],
    [
      'В приёме заявления отказано: представлен неполный пакет документов (п. 2 ст. 14 Закона).',
      `Услуга: ${receipt.service.code} ${receipt.service.name.ru}`,
      `Время: ${receipt.refusedAtLocal}`,
      'Недостающие документы:',
      ...receipt.missingDocuments.map((d, i) => `${i + 1}. ${d.name.ru}`),
    ],
  );
}
