import type { Bilingual } from '@kzps/platform';

/** Why the public-services authority returns the draft (Art. 9.4: back to revision). */
export const returnRemarks: Bilingual = {
  kk: 'Бас тарту негіздерін Әлеуметтік кодекстің тиісті бабына сілтемемен толықтыру қажет.',
  ru: 'Основания для отказа необходимо дополнить ссылкой на соответствующую статью Социального кодекса.',
};

/** The decisions an approving body sends: agreement, or a return with remarks. */
export const decisionExamples = {
  approved: { summary: 'Agree the version', value: { decision: 'approved' } },
  returned: {
    summary: 'Return it to revision with remarks',
    value: { decision: 'returned', remarks: returnRemarks },
  },
};
