import type { ApplicationStatus } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

/** What a recipient, an operator or the contact centre reads for each status (Art. 5.5.6, 17.4). */
export const statusTexts: Record<ApplicationStatus, Bilingual> = {
  accepted: { kk: 'Өтініш қабылданды', ru: 'Заявление принято' },
  in_work: { kk: 'Өтініш орындалуда', ru: 'Заявление в работе' },
  result_ready: { kk: 'Нәтиже дайын, беруге әзір', ru: 'Результат готов к выдаче' },
  issued: { kk: 'Нәтиже берілді', ru: 'Результат выдан' },
  refused: { kk: 'Қызмет көрсетуден бас тартылды', ru: 'В оказании услуги отказано' },
  withdrawn: { kk: 'Өтінішті алушы кері қайтарып алды', ru: 'Заявление отозвано услугополучателем' },
};
