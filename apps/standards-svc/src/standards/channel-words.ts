import type { Bilingual } from '@kzps/platform';
import type { Channel } from './standard-content';

/** The channels of Art. 12 as a person reads them. */
export const channelWords: Record<Channel, Bilingual> = {
  provider: { kk: 'көрсетілетін қызметті беруші', ru: 'услугодатель (поставщик)' },
  psc: { kk: 'халыққа қызмет көрсету орталығы', ru: 'центр обслуживания населения' },
  specialised_psc: {
    kk: 'халыққа қызмет көрсетудің мамандандырылған орталығы',
    ru: 'специализированный центр обслуживания населения',
  },
  electronic: { kk: '«электрондық үкімет» веб-порталы', ru: 'веб-портал «электронного правительства»' },
};
