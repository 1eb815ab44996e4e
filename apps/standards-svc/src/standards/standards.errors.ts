import { domainErrors } from '@kzps/platform';

export type StandardsErrorCode =
  | 'STANDARD_NOT_FOUND'
  | 'VERSION_NOT_FOUND'
  | 'DRAFT_NOT_EDITABLE'
  | 'CHANGE_IN_PROGRESS'
  | 'NOTHING_IN_FORCE'
  | 'SERVICE_EXCLUDED'
  | 'OWNER_UNKNOWN'
  | 'NOT_THE_OWNER'
  | 'NOT_IDENTIFIED'
  | 'ROLE_REQUIRED'
  | 'PUBLICATION_NOT_DUE'
  | 'CONTENT_DISAGREES_WITH_REGISTRY'
  | 'NOT_THE_MINISTRY_OF_JUSTICE'
  | 'JUSTICE_MINISTRY_UNKNOWN'
  | 'JUSTICE_MINISTRY_AMBIGUOUS';

export const standardsError = domainErrors<StandardsErrorCode>({
  STANDARD_NOT_FOUND: {
    status: 404,
    title: 'No such standard',
    localizedTitle: { kk: 'Мұндай стандарт жоқ', ru: 'Стандарт не найден' },
  },
  VERSION_NOT_FOUND: {
    status: 404,
    title: 'No such version of the standard',
    localizedTitle: { kk: 'Стандарттың мұндай нұсқасы жоқ', ru: 'Версия стандарта не найдена' },
  },
  DRAFT_NOT_EDITABLE: {
    status: 409,
    title: 'The draft can only be changed while drafting or in revision',
    localizedTitle: {
      kk: 'Жобаны тек әзірлеу немесе пысықтау кезінде өзгертуге болады',
      ru: 'Проект можно изменять только при разработке или доработке',
    },
  },
  CHANGE_IN_PROGRESS: {
    status: 409,
    title: 'Another version of this standard is already being worked on',
    localizedTitle: {
      kk: 'Осы стандарттың басқа нұсқасы әзірленуде',
      ru: 'Другая версия этого стандарта уже в работе',
    },
  },
  NOTHING_IN_FORCE: {
    status: 409,
    title: 'The standard has no version in force to amend or cancel',
    localizedTitle: {
      kk: 'Стандарттың өзгертуге немесе күшін жоюға қолданыстағы нұсқасы жоқ',
      ru: 'У стандарта нет действующей версии для изменения или отмены',
    },
  },
  SERVICE_EXCLUDED: {
    status: 409,
    title: 'The service has been excluded from the registry',
    localizedTitle: { kk: 'Қызмет тізілімнен шығарылды', ru: 'Услуга исключена из реестра' },
  },
  OWNER_UNKNOWN: {
    status: 409,
    title: 'The registry has not named the body that develops this standard',
    localizedTitle: {
      kk: 'Тізілім стандартты әзірлейтін органды көрсетпеген',
      ru: 'Реестр не указал орган, разрабатывающий стандарт',
    },
  },
  NOT_THE_OWNER: {
    status: 403,
    title: "Only officers of the service's owner may do this",
    localizedTitle: {
      kk: 'Мұны тек қызмет берушінің лауазымды адамдары жасай алады',
      ru: 'Это могут делать только должностные лица услугодателя',
    },
  },
  NOT_IDENTIFIED: {
    status: 401,
    title: 'The caller is not identified',
    localizedTitle: { kk: 'Сұрау салушы сәйкестендірілмеген', ru: 'Отправитель не идентифицирован' },
  },
  ROLE_REQUIRED: {
    status: 403,
    title: 'The caller does not hold the role this needs',
    localizedTitle: { kk: 'Сұрау салушының қажетті рөлі жоқ', ru: 'У отправителя нет требуемой роли' },
  },
  PUBLICATION_NOT_DUE: {
    status: 409,
    title: 'No adoption or change is waiting for public information to be updated',
    localizedTitle: {
      kk: 'Ақпаратты жаңартуды күтетін қабылдау немесе өзгерту жоқ',
      ru: 'Нет принятия или изменения, ожидающего обновления информации',
    },
  },
  NOT_THE_MINISTRY_OF_JUSTICE: {
    status: 403,
    title: 'Only officers of the Ministry of Justice may do this',
    localizedTitle: {
      kk: 'Мұны тек Әділет министрлігінің лауазымды адамдары жасай алады',
      ru: 'Это могут делать только должностные лица Министерства юстиции',
    },
  },
  JUSTICE_MINISTRY_UNKNOWN: {
    status: 409,
    title:
      'No active organisation in the registry is the Ministry of Justice (justice-registration-authority)',
    localizedTitle: {
      kk: 'Тізілімде Әділет министрлігі рөлі берілген жұмыс істеп тұрған ұйым жоқ',
      ru: 'В реестре нет действующей организации с ролью Министерства юстиции',
    },
  },
  JUSTICE_MINISTRY_AMBIGUOUS: {
    status: 409,
    title: 'The registry gives the role of the Ministry of Justice to more than one active organisation',
    localizedTitle: {
      kk: 'Тізілімде Әділет министрлігінің рөлі бірнеше ұйымға берілген',
      ru: 'В реестре роль Министерства юстиции имеют несколько организаций',
    },
  },
  CONTENT_DISAGREES_WITH_REGISTRY: {
    status: 422,
    title: 'The draft names an owner or provider the registry does not hold for this service',
    localizedTitle: {
      kk: 'Жобада тізілімде осы қызмет үшін көрсетілмеген қызмет беруші немесе көрсетуші аталған',
      ru: 'В проекте указан услугодатель или поставщик, которого нет в реестре для этой услуги',
    },
  },
});
