import { domainErrors } from '@kzps/platform';

/** Every problem the recommendations answer with, subject first (docs/architecture.md D24). */
export enum RecommendationsErrorCode {
  RECOMMENDATION_NOT_FOUND = 'RECOMMENDATION_NOT_FOUND',
  RECOMMENDATION_SOURCE_NOT_YOURS = 'RECOMMENDATION_SOURCE_NOT_YOURS',
  RECOMMENDATION_ISSUER_WITHOUT_ORGANIZATION = 'RECOMMENDATION_ISSUER_WITHOUT_ORGANIZATION',
  RECOMMENDATION_COMPLAINT_NOT_DECIDED = 'RECOMMENDATION_COMPLAINT_NOT_DECIDED',
  RECOMMENDATION_COMPLAINT_OTHER_SERVICE = 'RECOMMENDATION_COMPLAINT_OTHER_SERVICE',
  RECOMMENDATION_FIELD_NOT_FOR_SOURCE = 'RECOMMENDATION_FIELD_NOT_FOR_SOURCE',
  RECOMMENDATION_REPORT_NOT_FOUND = 'RECOMMENDATION_REPORT_NOT_FOUND',
  RECOMMENDATION_REPORT_NOT_ACCREDITED = 'RECOMMENDATION_REPORT_NOT_ACCREDITED',
  RECOMMENDATION_REPORT_OTHER_SERVICE = 'RECOMMENDATION_REPORT_OTHER_SERVICE',
}

export const recommendationsError = domainErrors<RecommendationsErrorCode>({
  [RecommendationsErrorCode.RECOMMENDATION_NOT_FOUND]: {
    status: 404,
    title: 'No such recommendation',
    localizedTitle: { kk: 'Мұндай ұсыным жоқ', ru: 'Такой рекомендации нет' },
  },
  [RecommendationsErrorCode.RECOMMENDATION_SOURCE_NOT_YOURS]: {
    status: 403,
    title:
      'Art. 7.5: the quality authority recommends on its own, public monitoring and complaint reviews; the ' +
      'informatization authority on its own only; each is the body the registry designates',
    localizedTitle: {
      kk: '7.5-бап: бұл негіз бойынша ұсынымды сіздің органыңыз бере алмайды',
      ru: 'Ст. 7.5: по этому основанию рекомендацию дает не ваш орган',
    },
  },
  [RecommendationsErrorCode.RECOMMENDATION_ISSUER_WITHOUT_ORGANIZATION]: {
    status: 403,
    title: 'The token names no organisation, so the issuing body is unknown',
    localizedTitle: {
      kk: 'Токенде ұйым көрсетілмеген, ұсынымды беретін орган белгісіз',
      ru: 'В токене не указана организация, орган, дающий рекомендацию, неизвестен',
    },
  },
  [RecommendationsErrorCode.RECOMMENDATION_COMPLAINT_NOT_DECIDED]: {
    status: 409,
    title:
      'Art. 19.5: a recommendation rests on complaints already decided; this one is not (yet) known decided',
    localizedTitle: {
      kk: '19.5-бап: ұсыным шешім қабылданған шағымдарға негізделеді; бұл шағым бойынша шешім белгісіз',
      ru: 'Ст. 19.5: рекомендация основывается на рассмотренных жалобах; решение по этой жалобе неизвестно',
    },
  },
  [RecommendationsErrorCode.RECOMMENDATION_COMPLAINT_OTHER_SERVICE]: {
    status: 409,
    title: 'The complaint is about another service than the recommendation',
    localizedTitle: {
      kk: 'Шағым ұсынымдағы қызметке емес, басқа қызметке қатысты',
      ru: 'Жалоба касается другой услуги, чем рекомендация',
    },
  },
  [RecommendationsErrorCode.RECOMMENDATION_REPORT_NOT_FOUND]: {
    status: 404,
    title: 'No such accepted monitoring report',
    localizedTitle: {
      kk: 'Мұндай қабылданған мониторинг есебі жоқ',
      ru: 'Такого принятого отчета мониторинга нет',
    },
  },
  [RecommendationsErrorCode.RECOMMENDATION_REPORT_NOT_ACCREDITED]: {
    status: 409,
    title:
      'Art. 23.5: only an accredited NGO’s results on a state order ground a recommendation; own-initiative monitoring is kept apart',
    localizedTitle: {
      kk: '23.5-бап: ұсынымға тек аккредиттелген ҰЕҰ-ның мемлекеттік тапсырыс бойынша нәтижелері негіз болады',
      ru: 'Ст. 23.5: основанием служат только результаты аккредитованной НКО по госзаказу; инициативный мониторинг учитывается отдельно',
    },
  },
  [RecommendationsErrorCode.RECOMMENDATION_REPORT_OTHER_SERVICE]: {
    status: 409,
    title: 'The monitoring report has no finding about this service',
    localizedTitle: {
      kk: 'Мониторинг есебінде бұл қызмет туралы тұжырым жоқ',
      ru: 'В отчете мониторинга нет выводов об этой услуге',
    },
  },
  [RecommendationsErrorCode.RECOMMENDATION_FIELD_NOT_FOR_SOURCE]: {
    status: 400,
    title: 'A monitoring report goes with public_monitoring only, complaints with complaint_review only',
    localizedTitle: {
      kk: 'Мониторинг есебі тек қоғамдық мониторингке, шағымдар тек шағымдарды қарауға жатады',
      ru: 'Отчет мониторинга указывается только для общественного мониторинга, жалобы — только для рассмотрения жалоб',
    },
  },
});
