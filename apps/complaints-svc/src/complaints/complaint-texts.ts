import type { ComplaintGround, ComplaintOutcome, ExtensionReason, InstanceRole } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

/** The grounds of a complaint as a person reads them (Art. 19.1: a violation of the standard). */
export const GROUND_TEXTS: Readonly<Record<ComplaintGround, Bilingual>> = {
  term_missed: { kk: 'Қызмет көрсету мерзімі бұзылды', ru: 'Нарушен срок оказания услуги' },
  refusal: { kk: 'Қызмет көрсетуден бас тартылды', ru: 'Отказ в оказании услуги' },
  documents_beyond_standard: {
    kk: 'Стандартта көзделмеген құжаттар талап етілді',
    ru: 'Истребованы документы, не предусмотренные стандартом',
  },
  fee_demanded: {
    kk: 'Стандартта көзделмеген төлем талап етілді',
    ru: 'Истребована плата, не предусмотренная стандартом',
  },
  queue_wait_exceeded: {
    kk: 'Кезекте күту уақыты ең ұзақ рұқсат етілгеннен асты',
    ru: 'Время ожидания в очереди превысило максимально допустимое',
  },
  staff_conduct: { kk: 'Қызметкерлердің әрекеті', ru: 'Поведение работников' },
  other: { kk: 'Стандарттың басқа бұзылуы', ru: 'Иное нарушение стандарта' },
};

export const ROLE_TEXTS: Readonly<Record<InstanceRole, Bilingual>> = {
  provider: { kk: 'көрсетілетін қызметті беруші', ru: 'услугодатель (поставщик)' },
  local_executive_body: { kk: 'жергілікті атқарушы орган', ru: 'местный исполнительный орган' },
  owner: {
    kk: 'стандартты бекіткен орталық мемлекеттік орган',
    ru: 'центральный государственный орган, утвердивший стандарт',
  },
  quality_authority: {
    kk: 'мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган',
    ru: 'уполномоченный орган по оценке и контролю за качеством оказания государственных услуг',
  },
};

export const EXTENSION_REASON_TEXTS: Readonly<Record<ExtensionReason, Bilingual>> = {
  on_site_check: {
    kk: 'шағымның негізділігін тексеру (қайта тексеру), оның ішінде жеріне барып',
    ru: 'проверка (перепроверка) обоснованности жалобы, в том числе с выездом на место',
  },
  information_from_other_providers: {
    kk: 'басқа көрсетілетін қызметті берушілерден қосымша ақпарат алу',
    ru: 'получение дополнительной информации от иных поставщиков государственных услуг',
  },
};

const OUTCOME_TEXTS: Readonly<Record<ComplaintOutcome, Bilingual>> = {
  satisfied: { kk: 'қанағаттандырылды', ru: 'удовлетворена' },
  refused: { kk: 'қанағаттандырудан бас тартылды', ru: 'в удовлетворении отказано' },
};

/** The notice of registration: the register number and the term (Art. 19.4.1). */
export function registrationNotice(
  registerNumber: string,
  registrationDate: string,
  dueDate: string | null,
): Bilingual {
  if (dueDate === null) {
    return {
      kk: `Шағым ${registrationDate} күні № ${registerNumber} болып тіркелді және құзыретті органға жіберіледі.`,
      ru: `Жалоба зарегистрирована ${registrationDate} за № ${registerNumber} и будет направлена в компетентный орган.`,
    };
  }
  return {
    kk: `Шағым ${registrationDate} күні № ${registerNumber} болып тіркелді. Қарау мерзімі: ${dueDate} дейін.`,
    ru: `Жалоба зарегистрирована ${registrationDate} за № ${registerNumber}. Срок рассмотрения: до ${dueDate}.`,
  };
}

export function redirectionNotice(
  role: InstanceRole | null,
  registerNumber: string,
  dueDate: string,
): Bilingual {
  const to = role ? ROLE_TEXTS[role] : { kk: 'құзыретті орган', ru: 'компетентный орган' };
  return {
    kk: `Шағым құзыретке сәйкес жіберілді: ${to.kk}, № ${registerNumber}. Қарау мерзімі сол жерде тіркелген күннен басталады: ${dueDate} дейін.`,
    ru: `Жалоба направлена по компетенции: ${to.ru}, № ${registerNumber}. Срок рассмотрения исчисляется с регистрации там: до ${dueDate}.`,
  };
}

export function extensionNotice(
  reason: ExtensionReason,
  explanation: Bilingual,
  workingDays: number,
  newDueDate: string,
): Bilingual {
  const why = EXTENSION_REASON_TEXTS[reason];
  return {
    kk: `Шағымды қарау мерзімі ${workingDays} жұмыс күніне, ${newDueDate} дейін ұзартылды. Себебі: ${why.kk}. ${explanation.kk}`,
    ru: `Срок рассмотрения жалобы продлён на ${workingDays} рабочих дней, до ${newDueDate}. Причина: ${why.ru}. ${explanation.ru}`,
  };
}

export function decisionNotice(outcome: ComplaintOutcome, reasons: Bilingual): Bilingual {
  const said = OUTCOME_TEXTS[outcome];
  return {
    kk: `Шағым ${said.kk}. Негіздемесі: ${reasons.kk}`,
    ru: `Жалоба ${said.ru}. Обоснование: ${reasons.ru}`,
  };
}

/** Art. 19.4: the quality authority is told of the registration and, later, of a short outcome. */
export function qualityRegistrationNotice(role: InstanceRole | null, registerNumber: string): Bilingual {
  const at = role ? ROLE_TEXTS[role] : { kk: 'құзыретті емес орган', ru: 'некомпетентный орган' };
  return {
    kk: `Шағым тіркелді (${at.kk}), № ${registerNumber}.`,
    ru: `Зарегистрирована жалоба (${at.ru}), № ${registerNumber}.`,
  };
}

export function qualityOutcomeNotice(
  outcome: ComplaintOutcome,
  registerNumber: string,
  measures: number,
): Bilingual {
  const said = OUTCOME_TEXTS[outcome];
  return {
    kk: `№ ${registerNumber} шағым ${said.kk}; құқықтарды қалпына келтіру шаралары: ${measures}.`,
    ru: `Жалоба № ${registerNumber} ${said.ru}; мер по восстановлению прав: ${measures}.`,
  };
}

export function extensionLastDayAlert(dueDate: string): Bilingual {
  return {
    kk: `Бүгін мерзімді ұзарту туралы шағымданушыға хабарлаудың соңғы күні (мерзім ${dueDate} аяқталады).`,
    ru: `Сегодня последний день, когда можно известить заявителя о продлении срока (срок истекает ${dueDate}).`,
  };
}

export function overdueAlert(dueDate: string): Bilingual {
  return {
    kk: `Шағымды қарау мерзімі ${dueDate} өтті, шешім қабылданған жоқ.`,
    ru: `Срок рассмотрения жалобы истёк ${dueDate}, решение не принято.`,
  };
}
