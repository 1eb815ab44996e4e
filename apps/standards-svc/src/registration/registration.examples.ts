import type { Bilingual } from '@kzps/platform';

/** The number the version is entered under in the State register of normative legal acts. */
export const registrationNumber = '34218';

/** Why the Ministry of Justice refuses to register a version (Art. 7.2): back to revision. */
export const refusalReasons: Bilingual = {
  kk:
    'Жобада бұйрықты қабылдауға өкілеттік беретін норманың сілтемесі жоқ; «Құқықтық актілер туралы» ' +
    'Қазақстан Республикасы Заңының 13-бабына сәйкес пысықтау қажет.',
  ru:
    'В проекте отсутствует ссылка на норму, уполномочивающую на издание приказа; требуется доработка в ' +
    'соответствии со статьей 13 Закона Республики Казахстан «О правовых актах».',
};

/** The minister's order approving the standard of the story (Art. 7.1), as the ministry records it. */
export const approvingActExample = {
  kind: 'order' as const,
  number: '287',
  title: {
    kk:
      '«Бала тууына байланысты біржолғы жәрдемақы тағайындау» мемлекеттік көрсетілетін қызмет стандартын ' +
      'бекіту туралы',
    ru: 'Об утверждении стандарта государственной услуги «Назначение единовременного пособия в связи с рождением ребенка»',
  } satisfies Bilingual,
};
