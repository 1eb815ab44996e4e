import { domainErrors } from '@kzps/platform';

/** Art. 25: importing the standards and reglaments in force when this service starts. */
export enum TransitionErrorCode {
  ImportRejected = 'IMPORT_REJECTED',
  NotTheAuthority = 'IMPORT_NOT_THE_AUTHORITY',
  ServiceUnknown = 'IMPORT_SERVICE_UNKNOWN',
  ServiceExcluded = 'IMPORT_SERVICE_EXCLUDED',
  ServiceRepeated = 'IMPORT_SERVICE_REPEATED',
  StandardExists = 'IMPORT_STANDARD_EXISTS',
  InForceBeforeRegistration = 'IMPORT_IN_FORCE_BEFORE_REGISTRATION',
  NotYetInForce = 'IMPORT_NOT_YET_IN_FORCE',
  ReglamentBodiesDiffer = 'IMPORT_REGLAMENT_BODIES_DIFFER',
}

export const transitionError = domainErrors<TransitionErrorCode>({
  [TransitionErrorCode.ImportRejected]: {
    status: 422,
    title: 'Nothing was imported: the report names every problem of every standard',
    localizedTitle: {
      kk: 'Ештеңе импортталмады: есепте әр стандарттың әр мәселесі көрсетілген',
      ru: 'Ничего не импортировано: в отчёте названа каждая проблема каждого стандарта',
    },
  },
  [TransitionErrorCode.NotTheAuthority]: {
    status: 403,
    title: 'Only an officer of the public-services authority the registry names imports standards in force',
    localizedTitle: {
      kk: 'Қолданыстағы стандарттарды тізілім атаған мемлекеттік қызметтер саласындағы уәкілетті органның қызметкері ғана импорттайды',
      ru: 'Действующие стандарты импортирует только сотрудник уполномоченного органа в сфере государственных услуг, названного реестром',
    },
  },
  [TransitionErrorCode.ServiceUnknown]: {
    status: 422,
    title: 'The registry has not published this service',
    localizedTitle: {
      kk: 'Тізілім бұл қызметті жарияламаған',
      ru: 'Реестр не публиковал эту услугу',
    },
  },
  [TransitionErrorCode.ServiceExcluded]: {
    status: 422,
    title: 'The service is excluded from the registry: it has no standard to import',
    localizedTitle: {
      kk: 'Қызмет тізілімнен шығарылған: импорттайтын стандарты жоқ',
      ru: 'Услуга исключена из реестра: импортировать нечего',
    },
  },
  [TransitionErrorCode.ServiceRepeated]: {
    status: 422,
    title: 'The service appears more than once in the import: one standard per service',
    localizedTitle: {
      kk: 'Қызмет импортта бірнеше рет кездеседі: бір қызметке бір стандарт',
      ru: 'Услуга встречается в импорте несколько раз: у услуги один стандарт',
    },
  },
  [TransitionErrorCode.StandardExists]: {
    status: 422,
    title: 'The service already has a standard in force, or work on one has begun here',
    localizedTitle: {
      kk: 'Қызметтің қолданыстағы стандарты бар немесе мұнда оның әзірлемесі басталған',
      ru: 'У услуги уже есть действующий стандарт, или работа над ним здесь уже начата',
    },
  },
  [TransitionErrorCode.InForceBeforeRegistration]: {
    status: 422,
    title: 'A standard cannot have entered into force before its state registration',
    localizedTitle: {
      kk: 'Стандарт мемлекеттік тіркелгенге дейін күшіне ене алмайды',
      ru: 'Стандарт не может вступить в силу до государственной регистрации',
    },
  },
  [TransitionErrorCode.NotYetInForce]: {
    status: 422,
    title: 'Only standards already in force are imported; this one enters into force after today',
    localizedTitle: {
      kk: 'Тек күшіне енген стандарттар импортталады; бұл стандарт бүгіннен кейін күшіне енеді',
      ru: 'Импортируются только действующие стандарты; этот вступает в силу позже сегодняшнего дня',
    },
  },
  [TransitionErrorCode.ReglamentBodiesDiffer]: {
    status: 422,
    title: 'The reglament’s acts are not those of the bodies that adopt it (Art. 10.2-3)',
    localizedTitle: {
      kk: 'Регламент актілері оны бекітетін органдардікі емес (10.2-10.3-баптар)',
      ru: 'Акты регламента не принадлежат органам, которые его утверждают (ст. 10.2-10.3)',
    },
  },
});
