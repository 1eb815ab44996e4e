import { domainErrors } from '@kzps/platform';

/** Every problem the recommendations on a standard answer with, subject first (docs/architecture.md D24). */
export enum RecommendationErrorCode {
  RECOMMENDATION_NOT_FOUND = 'RECOMMENDATION_NOT_FOUND',
  RECOMMENDATION_ALREADY_ANSWERED = 'RECOMMENDATION_ALREADY_ANSWERED',
  RECOMMENDATION_REJECTED = 'RECOMMENDATION_REJECTED',
  RECOMMENDATION_ALREADY_CITED = 'RECOMMENDATION_ALREADY_CITED',
  RECOMMENDATION_ACTION_MISMATCH = 'RECOMMENDATION_ACTION_MISMATCH',
  RECOMMENDATION_BASIS_MISMATCH = 'RECOMMENDATION_BASIS_MISMATCH',
}

export const recommendationError = domainErrors<RecommendationErrorCode>({
  [RecommendationErrorCode.RECOMMENDATION_NOT_FOUND]: {
    status: 404,
    title: 'No such recommendation on this standard',
    localizedTitle: {
      kk: 'Бұл стандартқа мұндай ұсыным жоқ',
      ru: 'У этого стандарта нет такой рекомендации',
    },
  },
  [RecommendationErrorCode.RECOMMENDATION_ALREADY_ANSWERED]: {
    status: 409,
    title: 'The owner has already answered this recommendation',
    localizedTitle: {
      kk: 'Иесі бұл ұсынымға жауап беріп қойған',
      ru: 'Владелец уже ответил на эту рекомендацию',
    },
  },
  [RecommendationErrorCode.RECOMMENDATION_REJECTED]: {
    status: 409,
    title: 'A rejected recommendation cannot be the basis of a change',
    localizedTitle: {
      kk: 'Қабылданбаған ұсыным өзгерістің негізі бола алмайды',
      ru: 'Отклоненная рекомендация не может быть основанием изменения',
    },
  },
  [RecommendationErrorCode.RECOMMENDATION_ALREADY_CITED]: {
    status: 409,
    title: 'Another version already cites this recommendation as its basis',
    localizedTitle: {
      kk: 'Бұл ұсынымға басқа нұсқа негізделген',
      ru: 'Эта рекомендация уже служит основанием другой версии',
    },
  },
  [RecommendationErrorCode.RECOMMENDATION_ACTION_MISMATCH]: {
    status: 409,
    title: 'The recommendation asks for another kind of change (adopt, amend or cancel)',
    localizedTitle: {
      kk: 'Ұсыным өзгерістің басқа түрін сұрайды (қабылдау, өзгерту немесе күшін жою)',
      ru: 'Рекомендация предлагает другое действие (принять, изменить или отменить)',
    },
  },
  [RecommendationErrorCode.RECOMMENDATION_BASIS_MISMATCH]: {
    status: 409,
    title: 'Art. 7.5: the basis named differs from the recommendation’s source',
    localizedTitle: {
      kk: '7.5-бап: көрсетілген негіз ұсынымның көзіне сәйкес келмейді',
      ru: 'Ст. 7.5: указанное основание не совпадает с источником рекомендации',
    },
  },
});
