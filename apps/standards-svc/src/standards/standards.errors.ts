import { localDateOf } from '@kzps/calendar';
import { domainErrors, type Bilingual } from '@kzps/platform';
import type { ServiceRef } from '../read-model/service-ref.entity';

export enum StandardsErrorCode {
  NotFound = 'STANDARD_NOT_FOUND',
  VersionNotFound = 'STANDARD_VERSION_NOT_FOUND',
  DraftNotEditable = 'DRAFT_NOT_EDITABLE',
  ChangeInProgress = 'STANDARD_CHANGE_IN_PROGRESS',
  NothingInForce = 'STANDARD_NOTHING_IN_FORCE',
  ServiceExcluded = 'SERVICE_EXCLUDED',
  OwnerUnknown = 'STANDARD_OWNER_UNKNOWN',
  OwnerLocalExecutiveBody = 'STANDARD_OWNER_LOCAL_EXECUTIVE_BODY',
  NotTheOwner = 'STANDARD_NOT_THE_OWNER',
  CallerNotIdentified = 'CALLER_NOT_IDENTIFIED',
  CallerRoleRequired = 'CALLER_ROLE_REQUIRED',
  PublicationNotDue = 'PUBLICATION_NOT_DUE',
  ContentDisagreesWithRegistry = 'STANDARD_CONTENT_DISAGREES_WITH_REGISTRY',
  JusticeMinistryOfficerRequired = 'JUSTICE_MINISTRY_OFFICER_REQUIRED',
  JusticeMinistryUnknown = 'JUSTICE_MINISTRY_UNKNOWN',
  JusticeMinistryAmbiguous = 'JUSTICE_MINISTRY_AMBIGUOUS',
}

export const standardsError = domainErrors<StandardsErrorCode>({
  [StandardsErrorCode.NotFound]: {
    status: 404,
    title: 'No such standard',
    localizedTitle: { kk: 'Мұндай стандарт жоқ', ru: 'Стандарт не найден' },
  },
  [StandardsErrorCode.VersionNotFound]: {
    status: 404,
    title: 'No such version of the standard',
    localizedTitle: { kk: 'Стандарттың мұндай нұсқасы жоқ', ru: 'Версия стандарта не найдена' },
  },
  [StandardsErrorCode.DraftNotEditable]: {
    status: 409,
    title: 'The draft can only be changed while drafting or in revision',
    localizedTitle: {
      kk: 'Жобаны тек әзірлеу немесе пысықтау кезінде өзгертуге болады',
      ru: 'Проект можно изменять только при разработке или доработке',
    },
  },
  [StandardsErrorCode.ChangeInProgress]: {
    status: 409,
    title: 'Another version of this standard is already being worked on',
    localizedTitle: {
      kk: 'Осы стандарттың басқа нұсқасы әзірленуде',
      ru: 'Другая версия этого стандарта уже в работе',
    },
  },
  [StandardsErrorCode.NothingInForce]: {
    status: 409,
    title: 'The standard has no version in force to amend or cancel',
    localizedTitle: {
      kk: 'Стандарттың өзгертуге немесе күшін жоюға қолданыстағы нұсқасы жоқ',
      ru: 'У стандарта нет действующей версии для изменения или отмены',
    },
  },
  [StandardsErrorCode.ServiceExcluded]: {
    status: 409,
    title: 'The service has been excluded from the registry: its standard cannot come into force (Art. 6.1)',
    localizedTitle: {
      kk: 'Қызмет тізілімнен шығарылды: оның стандарты күшіне ене алмайды (6-баптың 1-тармағы)',
      ru: 'Услуга исключена из реестра: её стандарт не может вступить в силу (пункт 1 статьи 6)',
    },
  },
  [StandardsErrorCode.OwnerLocalExecutiveBody]: {
    status: 409,
    title:
      'The registry names a local executive body as the developer: only a central state body develops and ' +
      'approves a standard (Art. 7.1); the akimat agrees it (Art. 7.3)',
    localizedTitle: {
      kk: 'Тізілім әзірлеуші ретінде жергілікті атқарушы органды көрсеткен: стандартты тек орталық мемлекеттік орган әзірлейді және бекітеді (7-баптың 1-тармағы); әкімдік оны келіседі (7-баптың 3-тармағы)',
      ru: 'Реестр указывает разработчиком местный исполнительный орган: стандарт разрабатывает и утверждает только центральный государственный орган (пункт 1 статьи 7); акимат его согласовывает (пункт 3 статьи 7)',
    },
  },
  [StandardsErrorCode.OwnerUnknown]: {
    status: 409,
    title: 'The registry has not named the body that develops this standard',
    localizedTitle: {
      kk: 'Тізілім стандартты әзірлейтін органды көрсетпеген',
      ru: 'Реестр не указал орган, разрабатывающий стандарт',
    },
  },
  [StandardsErrorCode.NotTheOwner]: {
    status: 403,
    title: "Only officers of the service's owner may do this",
    localizedTitle: {
      kk: 'Мұны тек қызмет берушінің лауазымды адамдары жасай алады',
      ru: 'Это могут делать только должностные лица услугодателя',
    },
  },
  [StandardsErrorCode.CallerNotIdentified]: {
    status: 401,
    title: 'The caller is not identified',
    localizedTitle: { kk: 'Сұрау салушы сәйкестендірілмеген', ru: 'Отправитель не идентифицирован' },
  },
  [StandardsErrorCode.CallerRoleRequired]: {
    status: 403,
    title: 'The caller does not hold the role this needs',
    localizedTitle: { kk: 'Сұрау салушының қажетті рөлі жоқ', ru: 'У отправителя нет требуемой роли' },
  },
  [StandardsErrorCode.PublicationNotDue]: {
    status: 409,
    title: 'No adoption or change is waiting for public information to be updated',
    localizedTitle: {
      kk: 'Ақпаратты жаңартуды күтетін қабылдау немесе өзгерту жоқ',
      ru: 'Нет принятия или изменения, ожидающего обновления информации',
    },
  },
  [StandardsErrorCode.JusticeMinistryOfficerRequired]: {
    status: 403,
    title: 'Only officers of the Ministry of Justice may do this',
    localizedTitle: {
      kk: 'Мұны тек Әділет министрлігінің лауазымды адамдары жасай алады',
      ru: 'Это могут делать только должностные лица Министерства юстиции',
    },
  },
  [StandardsErrorCode.JusticeMinistryUnknown]: {
    status: 409,
    title:
      'No active organisation in the registry is the Ministry of Justice (justice-registration-authority)',
    localizedTitle: {
      kk: 'Тізілімде Әділет министрлігі рөлі берілген жұмыс істеп тұрған ұйым жоқ',
      ru: 'В реестре нет действующей организации с ролью Министерства юстиции',
    },
  },
  [StandardsErrorCode.JusticeMinistryAmbiguous]: {
    status: 409,
    title: 'The registry gives the role of the Ministry of Justice to more than one active organisation',
    localizedTitle: {
      kk: 'Тізілімде Әділет министрлігінің рөлі бірнеше ұйымға берілген',
      ru: 'В реестре роль Министерства юстиции имеют несколько организаций',
    },
  },
  [StandardsErrorCode.ContentDisagreesWithRegistry]: {
    status: 422,
    title:
      'The draft disagrees with the registry entry of the service (owner, providers, fee, channels or form)',
    localizedTitle: {
      kk: 'Жоба қызметтің тізілімдегі жазбасымен сәйкес келмейді (қызмет беруші, көрсетуші, төлем, арналар немесе нысан)',
      ru: 'Проект расходится с записью реестра об услуге (услугодатель, поставщики, плата, каналы или форма)',
    },
  },
});

type ExcludedService = Pick<ServiceRef, 'exclusionDecree' | 'excludedAt'>;

/** How the refusal names the act that excluded the service, or its date when the event named no act. */
function exclusionText(service: ExcludedService): Bilingual {
  const decree = service.exclusionDecree;
  const on = service.excludedAt ? localDateOf(service.excludedAt) : '';
  if (decree) {
    return {
      kk: `Қызмет тізілімнен шығарылды (${decree.title.kk}, ${on} бастап): стандартты күшіне енгізуге бағытталған әрекет мүмкін емес.`,
      ru: `Услуга исключена из реестра (${decree.title.ru}, с ${on}): действия, ведущие к вступлению стандарта в силу, невозможны.`,
    };
  }
  return {
    kk: `Қызмет ${on} бастап тізілімнен шығарылды: стандартты күшіне енгізуге бағытталған әрекет мүмкін емес.`,
    ru: `Услуга исключена из реестра с ${on}: действия, ведущие к вступлению стандарта в силу, невозможны.`,
  };
}

/** Art. 6.1: a step toward force on an excluded service, refused naming the exclusion. */
export function serviceExcluded(service: ExcludedService) {
  const decree = service.exclusionDecree;
  return standardsError(
    StandardsErrorCode.ServiceExcluded,
    decree
      ? `Excluded from the registry by decree No. ${decree.number} of ${decree.date}`
      : 'Excluded from the registry',
    {
      exclusion: {
        decree,
        excludedAt: service.excludedAt?.toISOString() ?? null,
      },
      localizedDetail: exclusionText(service),
    },
  );
}

/** Art. 7.1, 7.3: the registry's owner of the service is an akimat, which develops nothing. */
export function ownerIsLocalExecutiveBody(organizationId: string) {
  return standardsError(
    StandardsErrorCode.OwnerLocalExecutiveBody,
    `Organisation ${organizationId} is a local executive body`,
    {
      organizationId,
      localizedDetail: {
        kk: 'Тізілім стандартты әзірлейтін орталық мемлекеттік органды көрсетуі тиіс; әкімдік стандартты келісу кезеңінде келіседі.',
        ru: 'Реестр должен указать центральный государственный орган, разрабатывающий стандарт; акимат согласует стандарт на этапе согласования.',
      },
    },
  );
}
