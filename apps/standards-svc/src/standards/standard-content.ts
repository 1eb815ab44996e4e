import type { Bilingual } from '@kzps/platform';

/** How a recipient reaches the service (Art. 12): directly, at a PSC, at a specialised PSC, electronically. */
export const channels = ['provider', 'psc', 'specialised_psc', 'electronic'] as const;
export type Channel = (typeof channels)[number];

/** Art. 15.3: an electronic document, a paper document, or an entry in an information system. */
export const resultForms = ['electronic_document', 'paper_document', 'information_system_entry'] as const;
export type ResultForm = (typeof resultForms)[number];

export const termUnits = ['minutes', 'hours', 'working_days', 'calendar_days'] as const;
export type TermUnit = (typeof termUnits)[number];

export const registrationTermUnits = ['minutes', 'hours', 'working_days'] as const;
export type RegistrationTermUnit = (typeof registrationTermUnits)[number];

export const documentForms = ['original', 'copy', 'original_for_verification', 'electronic_copy'] as const;
export type DocumentForm = (typeof documentForms)[number];

export const paymentMethods = ['egov_payment_gateway', 'bank', 'psc_terminal', 'cash_at_provider'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export interface ProviderItem {
  organizationId?: string;
  name: Bilingual;
}

export interface OwnerItem {
  organizationId: string;
  name: Bilingual;
}

/** Art. 8.5: the term of delivery, as a number with its unit. */
export interface DeliveryTerm {
  value: number;
  unit: TermUnit;
}

/** Art. 8.6, 18: a fee only where a legislative act sets one; otherwise the service is free. */
export interface FeeItem {
  free: boolean;
  /** Amount in tenge; absent when free. */
  amountKzt?: number;
  legalBasis: Bilingual;
  paymentMethods: PaymentMethod[];
}

export interface ChannelDocumentRule {
  channel: Channel;
  mandatory: boolean;
  form: DocumentForm;
}

/** Art. 8.7: one required document; per-channel rules where the channels differ. */
export interface DocumentItem {
  name: Bilingual;
  mandatory: boolean;
  form: DocumentForm;
  perChannel?: ChannelDocumentRule[];
}

export interface RefusalGround {
  text: Bilingual;
  legalBasis?: Bilingual;
}

/** Art. 8.9: the longest wait in the queue, in minutes. */
export interface QueueWait {
  applyingMinutes: number;
  collectingMinutes: number;
}

export interface RegistrationTerm {
  value: number;
  unit: RegistrationTermUnit;
}

export interface AppealItem {
  procedure: Bilingual;
}

/**
 * The eleven items of a standard (Art. 8). A draft may be partial; a draft is complete (and may go to
 * public discussion) only when every item is present.
 */
export interface StandardContent {
  /**
   * How a recipient applies and collects the result (Art. 6.2, 12, part of the procedure of Art. 8.3): the
   * registry's channels, and through them the form of delivery (electronic through the portal, Art. 15).
   * Optional: a draft without it takes the registry's channels; one with it must name exactly those.
   */
  channels?: Channel[];
  providers?: ProviderItem[];
  owner?: OwnerItem;
  procedure?: Bilingual;
  resultForms?: ResultForm[];
  term?: DeliveryTerm;
  fee?: FeeItem;
  documents?: DocumentItem[];
  refusalGrounds?: RefusalGround[];
  queueWait?: QueueWait;
  registrationTerm?: RegistrationTerm;
  appeal?: AppealItem;
}

/** The eleven items of Art. 8 (the channels are the registry's, repeated, not an item of their own). */
export type StandardItem = Exclude<keyof StandardContent, 'channels'>;

export interface ItemDescription {
  item: StandardItem;
  article: string;
  title: Bilingual;
}

/** The items in the order of Art. 8, with their names for a person to read. */
export const standardItems: readonly ItemDescription[] = [
  {
    item: 'providers',
    article: '8.1',
    title: {
      kk: 'Көрсетілетін қызметті берушінің атауы',
      ru: 'Наименование поставщика государственной услуги',
    },
  },
  {
    item: 'owner',
    article: '8.2',
    title: { kk: 'Стандартты бекітетін қызмет берушінің атауы', ru: 'Наименование услугодателя' },
  },
  {
    item: 'procedure',
    article: '8.3',
    title: { kk: 'Мемлекеттік қызметті көрсету тәртібі', ru: 'Порядок оказания государственной услуги' },
  },
  {
    item: 'resultForms',
    article: '8.4',
    title: {
      kk: 'Қызмет көрсету нәтижесінің нысаны',
      ru: 'Форма результата оказания государственной услуги',
    },
  },
  {
    item: 'term',
    article: '8.5',
    title: { kk: 'Мемлекеттік қызметті көрсету мерзімі', ru: 'Срок оказания государственной услуги' },
  },
  {
    item: 'fee',
    article: '8.6',
    title: { kk: 'Төлем мөлшері және оны алу тәсілдері', ru: 'Размер платы и способы её взимания' },
  },
  {
    item: 'documents',
    article: '8.7',
    title: { kk: 'Қажетті құжаттар тізбесі', ru: 'Перечень необходимых документов' },
  },
  {
    item: 'refusalGrounds',
    article: '8.8',
    title: { kk: 'Бас тарту үшін негіздер тізбесі', ru: 'Перечень оснований для отказа' },
  },
  {
    item: 'queueWait',
    article: '8.9',
    title: { kk: 'Кезекте күтудің ең ұзақ уақыты', ru: 'Срок ожидания в очереди' },
  },
  {
    item: 'registrationTerm',
    article: '8.10',
    title: { kk: 'Сұрауды тіркеу мерзімі', ru: 'Срок регистрации запроса' },
  },
  {
    item: 'appeal',
    article: '8.11',
    title: { kk: 'Сотқа дейінгі шағымдану тәртібі', ru: 'Досудебный порядок обжалования' },
  },
];

const isBlank = (text: Bilingual | undefined): boolean =>
  !text || text.kk.trim() === '' || text.ru.trim() === '';

function itemPresent(content: StandardContent, item: StandardItem): boolean {
  switch (item) {
    case 'providers':
      return (content.providers?.length ?? 0) > 0;
    case 'owner':
      return content.owner !== undefined;
    case 'procedure':
      return !isBlank(content.procedure);
    case 'resultForms':
      return (content.resultForms?.length ?? 0) > 0;
    case 'term':
      return content.term !== undefined;
    case 'fee':
      // Art. 8.6: "free" is an answer; a paid service must say how much and how it is paid.
      return (
        content.fee !== undefined &&
        (content.fee.free || (content.fee.amountKzt !== undefined && content.fee.paymentMethods.length > 0))
      );
    case 'documents':
      return (content.documents?.length ?? 0) > 0;
    case 'refusalGrounds':
      return (content.refusalGrounds?.length ?? 0) > 0;
    case 'queueWait':
      return content.queueWait !== undefined;
    case 'registrationTerm':
      return content.registrationTerm !== undefined;
    case 'appeal':
      return content.appeal !== undefined && !isBlank(content.appeal.procedure);
  }
}

/** Art. 8: every item a draft still lacks, in the order of the article. Empty when the draft is complete. */
export function missingItems(content: StandardContent): ItemDescription[] {
  return standardItems.filter((description) => !itemPresent(content, description.item));
}
