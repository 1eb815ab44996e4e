import { formatAlmaty, localDateOf, spokenDate } from '@kzps/calendar';
import type { Bilingual } from '@kzps/platform';
import type { StandardVersion } from '../standards/standard-version.entity';

/** The discussion window as a person reads it: UTC instants, Kazakhstan time, and the days in words. */
export interface DiscussionWindow {
  opensAt: string;
  endsAt: string;
  /** The same instants in Kazakhstan time, with the offset (`…T23:59:59.999+05:00`). */
  opensAtLocal: string;
  endsAtLocal: string;
  /** The last day proposals are taken, in Kazakhstan. */
  lastDay: string;
  /** A first discussion opened after the Art. 9.5 term had run out (Art. 7.4: held all the same). */
  late: boolean;
}

export function discussionWindow(opened: Date, ends: Date, late: boolean): DiscussionWindow {
  return {
    opensAt: opened.toISOString(),
    endsAt: ends.toISOString(),
    opensAtLocal: formatAlmaty(opened),
    endsAtLocal: formatAlmaty(ends),
    lastDay: localDateOf(ends),
    late,
  };
}

export function windowOf(version: StandardVersion): DiscussionWindow | undefined {
  const { discussionOpenedAt: opened, discussionEndsAt: ends } = version;
  return opened && ends ? discussionWindow(opened, ends, version.discussionLate) : undefined;
}

/** "Срок публичного обсуждения: с 21 февраля 2026 г. по 26 марта 2026 г. включительно (до 24:00 …)". */
function windowText(window: DiscussionWindow): Bilingual {
  const from = spokenDate(localDateOf(new Date(window.opensAt)));
  const to = spokenDate(window.lastDay);
  return {
    kk: `Жария талқылау мерзімі: ${from.kk} – ${to.kk}, қоса алғанда (Қазақстан уақытымен 24:00-ге дейін).`,
    ru: `Срок публичного обсуждения: с ${from.ru} по ${to.ru} включительно (до 24:00 по времени Казахстана).`,
  };
}

const join = (first: Bilingual, second?: Bilingual): Bilingual =>
  second ? { kk: `${first.kk} ${second.kk}`, ru: `${first.ru} ${second.ru}` } : first;

/** The problem document's extensions about a window: the window itself and a detail a citizen can read. */
export function windowProblem(
  window: DiscussionWindow | undefined,
  why: Bilingual,
): { window?: DiscussionWindow; localizedDetail: Bilingual } {
  return window ? { window, localizedDetail: join(why, windowText(window)) } : { localizedDetail: why };
}

/** Why each refusal about the window happened, in both languages (Art. 9.4, 9.5). */
export const windowReasons = {
  closed: {
    kk: 'Ұсыныс талқылау мерзімі аяқталғаннан кейін түсті және қаралмайды (Заңның 9-бабының 5-тармағы).',
    ru: 'Предложение поступило после окончания срока обсуждения и не рассматривается (пункт 5 статьи 9 Закона).',
  },
  anonymous: {
    kk: 'Ұсынысты ЖСН бойынша сәйкестендірілген жеке тұлға немесе БСН бойынша сәйкестендірілген заңды тұлға ғана бере алады; жасырын ұсыныстар қаралмайды (Заңның 9-бабының 4-тармағы).',
    ru: 'Предложение может подать только физическое лицо, идентифицированное по ИИН, или юридическое лицо, идентифицированное по БИН; анонимные предложения не рассматриваются (пункт 4 статьи 9 Закона).',
  },
  unidentified: {
    kk: 'Кіру деректеріңізде ЖСН де, БСН де жоқ: ұсынысты ЖСН бойынша сәйкестендірілген жеке тұлға немесе БСН бойынша сәйкестендірілген заңды тұлға ғана бере алады (Заңның 9-бабының 1 және 4-тармақтары).',
    ru: 'В данных вашего входа нет ни ИИН, ни БИН: предложение может подать только физическое лицо, идентифицированное по ИИН, или юридическое лицо, идентифицированное по БИН (пункты 1 и 4 статьи 9 Закона).',
  },
  notOpen: {
    kk: 'Жоба қазір жария талқылауда емес.',
    ru: 'Проект сейчас не находится на публичном обсуждении.',
  },
  stillOpen: {
    kk: 'Аяқталу туралы хабарламаны талқылау мерзімі аяқталғаннан кейін ғана жариялауға болады.',
    ru: 'Уведомление о завершении можно опубликовать только после окончания срока обсуждения.',
  },
} satisfies Record<string, Bilingual>;
