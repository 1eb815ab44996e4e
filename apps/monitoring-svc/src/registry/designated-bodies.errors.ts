import { domainErrors } from '@kzps/platform';

/** The designated bodies this service cannot name or the caller does not act for (D18, D24). */
export enum DesignatedBodiesErrorCode {
  QUALITY_AUTHORITY_UNDESIGNATED = 'QUALITY_AUTHORITY_UNDESIGNATED',
  QUALITY_AUTHORITY_AMBIGUOUS = 'QUALITY_AUTHORITY_AMBIGUOUS',
  QUALITY_AUTHORITY_NOT_YOURS = 'QUALITY_AUTHORITY_NOT_YOURS',
}

export const designatedBodiesError = domainErrors<DesignatedBodiesErrorCode>({
  [DesignatedBodiesErrorCode.QUALITY_AUTHORITY_UNDESIGNATED]: {
    status: 409,
    title: 'No active organisation holds the quality-authority role in the registry',
    localizedTitle: {
      kk: 'Тізілімде сапаны бағалау және бақылау жөніндегі уәкілетті орган рөлі бар жұмыс істеп тұрған ұйым жоқ',
      ru: 'В реестре нет действующей организации с ролью уполномоченного органа по оценке и контролю качества',
    },
  },
  [DesignatedBodiesErrorCode.QUALITY_AUTHORITY_AMBIGUOUS]: {
    status: 409,
    title: 'Several active organisations hold the quality-authority role in the registry',
    localizedTitle: {
      kk: 'Тізілімде сапаны бағалау және бақылау жөніндегі уәкілетті орган рөлі бірнеше ұйымға берілген',
      ru: 'В реестре роль уполномоченного органа по оценке и контролю качества имеют несколько организаций',
    },
  },
  [DesignatedBodiesErrorCode.QUALITY_AUTHORITY_NOT_YOURS]: {
    status: 403,
    title: 'Only the officers of the quality authority the registry designates act here',
    localizedTitle: {
      kk: 'Мұнда тізілім белгілеген сапаны бағалау және бақылау жөніндегі уәкілетті органның қызметкерлері ғана әрекет етеді',
      ru: 'Здесь действуют только сотрудники уполномоченного органа по оценке и контролю качества, указанного в реестре',
    },
  },
});
