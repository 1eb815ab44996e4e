import { domainErrors } from '@kzps/platform';

export enum ClassifierErrorCode {
  NodeNotFound = 'CLASSIFIER_NODE_NOT_FOUND',
  CodeTaken = 'CLASSIFIER_CODE_TAKEN',
  ParentMismatch = 'CLASSIFIER_PARENT_MISMATCH',
}

export const classifierError = domainErrors<ClassifierErrorCode>({
  [ClassifierErrorCode.NodeNotFound]: {
    status: 404,
    title: 'No such position in the classifier',
    localizedTitle: { kk: 'Сыныптауышта мұндай позиция жоқ', ru: 'Такой позиции в классификаторе нет' },
  },
  [ClassifierErrorCode.CodeTaken]: {
    status: 409,
    title: 'The classifier code is already used',
    localizedTitle: { kk: 'Сыныптауыш коды бос емес', ru: 'Код классификатора уже занят' },
  },
  [ClassifierErrorCode.ParentMismatch]: {
    status: 400,
    title: 'A sub-sphere code must extend its parent’s code, and the parent must exist',
    localizedTitle: {
      kk: 'Кіші сала коды жоғарғы саланың кодын жалғастыруы және ол бар болуы тиіс',
      ru: 'Код подсферы должен продолжать код существующей родительской сферы',
    },
  },
});
