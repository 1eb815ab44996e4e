import { domainErrors } from '@kzps/platform';

export enum OrganizationErrorCode {
  OrganizationNotFound = 'ORGANIZATION_NOT_FOUND',
  BinTaken = 'ORGANIZATION_BIN_TAKEN',
  ParentNotFound = 'ORGANIZATION_PARENT_NOT_FOUND',
  ParentCycle = 'ORGANIZATION_PARENT_CYCLE',
  LevelMismatch = 'ORGANIZATION_LEVEL_MISMATCH',
}

export const organizationError = domainErrors<OrganizationErrorCode>({
  [OrganizationErrorCode.OrganizationNotFound]: {
    status: 404,
    title: 'Organisation not found',
    localizedTitle: { kk: 'Ұйым табылмады', ru: 'Организация не найдена' },
  },
  [OrganizationErrorCode.BinTaken]: {
    status: 409,
    title: 'An organisation with this BIN is already in the directory',
    localizedTitle: {
      kk: 'Осы БСН-мен ұйым анықтамалықта бар',
      ru: 'Организация с таким БИН уже есть в справочнике',
    },
  },
  [OrganizationErrorCode.ParentNotFound]: {
    status: 400,
    title: 'The parent organisation does not exist',
    localizedTitle: { kk: 'Жоғары тұрған ұйым жоқ', ru: 'Вышестоящая организация не существует' },
  },
  [OrganizationErrorCode.ParentCycle]: {
    status: 400,
    title: 'An organisation cannot be its own ancestor',
    localizedTitle: {
      kk: 'Ұйым өзінің жоғары тұрған ұйымы бола алмайды',
      ru: 'Организация не может быть вышестоящей сама для себя',
    },
  },
  [OrganizationErrorCode.LevelMismatch]: {
    status: 400,
    title: 'Only a local executive body has a level, and it must have one',
    localizedTitle: {
      kk: 'Деңгей тек жергілікті атқарушы органда болады және міндетті',
      ru: 'Уровень указывается только для местного исполнительного органа и для него обязателен',
    },
  },
});
