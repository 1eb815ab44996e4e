import { domainErrors } from '@kzps/platform';

export enum ServiceErrorCode {
  NotFound = 'SERVICE_NOT_FOUND',
  NotInRegistryAsOf = 'SERVICE_NOT_IN_REGISTRY_AS_OF',
  CodeTaken = 'SERVICE_CODE_TAKEN',
  NotDraft = 'SERVICE_NOT_DRAFT',
  NotIncluded = 'SERVICE_NOT_INCLUDED',
  Excluded = 'SERVICE_EXCLUDED',
  EffectiveDateOutOfOrder = 'SERVICE_EFFECTIVE_DATE_OUT_OF_ORDER',
  Inconsistent = 'SERVICE_ENTRY_INCONSISTENT',
  UnknownOrganization = 'SERVICE_UNKNOWN_ORGANIZATION',
  OwnerNotEligible = 'SERVICE_OWNER_NOT_ELIGIBLE',
  OwnerLocalExecutiveBody = 'SERVICE_OWNER_LOCAL_EXECUTIVE_BODY',
  OwnerMissing = 'SERVICE_OWNER_MISSING',
  UnknownClassifierCode = 'SERVICE_UNKNOWN_CLASSIFIER_CODE',
  EmptyAmendment = 'SERVICE_AMENDMENT_EMPTY',
  ChangeScheduled = 'SERVICE_CHANGE_SCHEDULED',
  OrganizationInactive = 'SERVICE_ORGANIZATION_INACTIVE',
  DraftsHidden = 'SERVICE_DRAFTS_HIDDEN',
  VersionNotFound = 'SERVICE_VERSION_NOT_FOUND',
  VersionInForce = 'SERVICE_VERSION_IN_FORCE',
  VersionRevoked = 'SERVICE_VERSION_REVOKED',
  EventUnpublishable = 'SERVICE_EVENT_UNPUBLISHABLE',
}

export const serviceError = domainErrors<ServiceErrorCode>({
  [ServiceErrorCode.EventUnpublishable]: {
    status: 422,
    title: 'The change cannot be announced: its event would break the registry’s event contract',
    localizedTitle: {
      kk: 'Өзгерісті жариялау мүмкін емес: оның оқиғасы тізілім оқиғаларының келісіміне сәйкес келмейді',
      ru: 'Изменение нельзя опубликовать: его событие нарушает контракт событий реестра',
    },
  },
  [ServiceErrorCode.NotFound]: {
    status: 404,
    title: 'No such entry in the registry of public services',
    localizedTitle: {
      kk: 'Мемлекеттік көрсетілетін қызметтер тізілімінде мұндай жазба жоқ',
      ru: 'Такой записи в реестре государственных услуг нет',
    },
  },
  [ServiceErrorCode.NotInRegistryAsOf]: {
    status: 404,
    title: 'The service was not in the registry on that date',
    localizedTitle: {
      kk: 'Көрсетілген күні қызмет тізілімде болмаған',
      ru: 'На указанную дату услуга в реестре не состояла',
    },
  },
  [ServiceErrorCode.CodeTaken]: {
    status: 409,
    title: 'The registry code is already used',
    localizedTitle: { kk: 'Тізілім коды бос емес', ru: 'Код реестра уже занят' },
  },
  [ServiceErrorCode.NotDraft]: {
    status: 409,
    title: 'Only a draft entry can be edited or included',
    localizedTitle: {
      kk: 'Тек жоба күйіндегі жазбаны өзгертуге немесе тізілімге енгізуге болады',
      ru: 'Изменять или включать в реестр можно только проект записи',
    },
  },
  [ServiceErrorCode.NotIncluded]: {
    status: 409,
    title: 'The entry is not in the registry yet (it is a draft)',
    localizedTitle: {
      kk: 'Жазба әлі тізілімге енгізілмеген (жоба)',
      ru: 'Запись ещё не включена в реестр (проект)',
    },
  },
  [ServiceErrorCode.Excluded]: {
    status: 409,
    title: 'The entry has been excluded from the registry',
    localizedTitle: { kk: 'Жазба тізілімнен шығарылған', ru: 'Запись исключена из реестра' },
  },
  [ServiceErrorCode.EffectiveDateOutOfOrder]: {
    status: 409,
    title: 'The effective date is earlier than the entry’s current version',
    localizedTitle: {
      kk: 'Күшіне ену күні жазбаның ағымдағы нұсқасынан ерте',
      ru: 'Дата вступления в силу раньше текущей версии записи',
    },
  },
  [ServiceErrorCode.Inconsistent]: {
    status: 400,
    title: 'The entry’s fields contradict each other',
    localizedTitle: { kk: 'Жазба өрістері бір-біріне қайшы', ru: 'Поля записи противоречат друг другу' },
  },
  [ServiceErrorCode.UnknownOrganization]: {
    status: 400,
    title: 'An organisation the entry names is not in the directory',
    localizedTitle: {
      kk: 'Жазбада көрсетілген ұйым анықтамалықта жоқ',
      ru: 'Указанной в записи организации нет в справочнике',
    },
  },
  [ServiceErrorCode.OwnerNotEligible]: {
    status: 400,
    title: 'The body that develops and approves the standard must be a central state body (Art. 7.1)',
    localizedTitle: {
      kk: 'Стандартты әзірлеуді және бекітуді қамтамасыз ететін көрсетілетін қызметті беруші орталық мемлекеттік орган болуы тиіс (7-баптың 1-тармағы)',
      ru: 'Услугодателем, обеспечивающим разработку и утверждение стандарта, может быть только центральный государственный орган (пункт 1 статьи 7)',
    },
  },
  [ServiceErrorCode.OwnerLocalExecutiveBody]: {
    status: 400,
    title:
      'A local executive body does not develop or approve a standard: it delivers the service and agrees the ' +
      'standard the central state body develops (Art. 7.1, 7.3); name it among the providers',
    localizedTitle: {
      kk: 'Жергілікті атқарушы орган стандартты әзірлемейді және бекітпейді: ол қызметті көрсетеді және орталық мемлекеттік орган әзірлейтін стандартты келіседі (7-баптың 1 және 3-тармақтары); оны қызметті көрсетушілер қатарында көрсетіңіз',
      ru: 'Местный исполнительный орган не разрабатывает и не утверждает стандарт: он оказывает услугу и согласовывает стандарт, который разрабатывает центральный государственный орган (пункты 1 и 3 статьи 7); укажите его среди поставщиков',
    },
  },
  [ServiceErrorCode.OwnerMissing]: {
    status: 400,
    title: 'Name the central state body that develops and approves the standard (Art. 6.2, 7.1)',
    localizedTitle: {
      kk: 'Стандартты әзірлеуді және бекітуді қамтамасыз ететін орталық мемлекеттік органды көрсетіңіз (6-баптың 2-тармағы, 7-баптың 1-тармағы)',
      ru: 'Укажите центральный государственный орган, обеспечивающий разработку и утверждение стандарта (пункт 2 статьи 6, пункт 1 статьи 7)',
    },
  },
  [ServiceErrorCode.UnknownClassifierCode]: {
    status: 400,
    title: 'The classifier position does not exist',
    localizedTitle: { kk: 'Сыныптауыш позициясы жоқ', ru: 'Позиции классификатора не существует' },
  },
  [ServiceErrorCode.ChangeScheduled]: {
    status: 409,
    title: 'A change already scheduled for the entry conflicts with this one',
    localizedTitle: {
      kk: 'Жазбаға жоспарланған өзгеріс осы өзгеріспен қайшы келеді',
      ru: 'Запланированное изменение записи противоречит этому изменению',
    },
  },
  [ServiceErrorCode.OrganizationInactive]: {
    status: 409,
    title: 'An organisation the entry names is no longer active',
    localizedTitle: {
      kk: 'Жазбада көрсетілген ұйым енді жұмыс істемейді',
      ru: 'Указанная в записи организация больше не действует',
    },
  },
  [ServiceErrorCode.DraftsHidden]: {
    status: 403,
    title: 'Drafts are visible only to the public-services authority',
    localizedTitle: {
      kk: 'Жобаларды тек мемлекеттік қызметтер көрсету саласындағы уәкілетті орган көре алады',
      ru: 'Проекты записей видны только уполномоченному органу в сфере оказания государственных услуг',
    },
  },
  [ServiceErrorCode.VersionNotFound]: {
    status: 404,
    title: 'The entry has no such version recorded by an act',
    localizedTitle: {
      kk: 'Жазбада актімен тіркелген мұндай нұсқа жоқ',
      ru: 'У записи нет такой версии, внесённой актом',
    },
  },
  [ServiceErrorCode.VersionInForce]: {
    status: 409,
    title: 'The version has taken effect; only a new act changes the entry now',
    localizedTitle: {
      kk: 'Нұсқа күшіне енді; енді жазбаны тек жаңа акт өзгертеді',
      ru: 'Версия вступила в силу; теперь запись меняет только новый акт',
    },
  },
  [ServiceErrorCode.VersionRevoked]: {
    status: 409,
    title: 'The version is already revoked',
    localizedTitle: { kk: 'Нұсқа бұрын кері қайтарылған', ru: 'Версия уже отозвана' },
  },
  [ServiceErrorCode.EmptyAmendment]: {
    status: 400,
    title: 'The amendment changes nothing',
    localizedTitle: { kk: 'Өзгеріс ештеңені өзгертпейді', ru: 'Изменение ничего не меняет' },
  },
});

/** Art. 7.1, 7.3: an akimat named as the standard's developer, refused in both languages (D25). */
export function ownerIsLocalExecutiveBody(organizationId: string) {
  return serviceError(
    ServiceErrorCode.OwnerLocalExecutiveBody,
    `Organisation ${organizationId} is a local executive body: name the central state body as owner and the akimat among the providers`,
    {
      organizationId,
      localizedDetail: {
        kk: `${organizationId} ұйымы — жергілікті атқарушы орган. Стандартты әзірлейтін орталық мемлекеттік органды көрсетіңіз, ал әкімдікті қызметті көрсетушілер қатарына енгізіңіз.`,
        ru: `Организация ${organizationId} — местный исполнительный орган. Укажите центральный государственный орган, разрабатывающий стандарт, а акимат — среди поставщиков.`,
      },
    },
  );
}
