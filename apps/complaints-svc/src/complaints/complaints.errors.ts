import { domainErrors } from '@kzps/platform';

/** Every problem this service answers with, subject first (issue 12's convention). */
export enum ComplaintsErrorCode {
  COMPLAINT_NOT_FOUND = 'COMPLAINT_NOT_FOUND',
  COMPLAINT_CLOSED = 'COMPLAINT_CLOSED',
  COMPLAINANT_IDENTITY_REQUIRED = 'COMPLAINANT_IDENTITY_REQUIRED',
  PAPER_ONLY_AT_INSTANCE = 'PAPER_ONLY_AT_INSTANCE',
  APPLICATION_UNKNOWN = 'APPLICATION_UNKNOWN',
  APPLICATION_NOT_COMPLAINANTS = 'APPLICATION_NOT_COMPLAINANTS',
  APPLICATION_OF_OTHER_SERVICE = 'APPLICATION_OF_OTHER_SERVICE',
  SERVICE_UNKNOWN = 'SERVICE_UNKNOWN',
  SERVICE_OWNER_UNKNOWN = 'SERVICE_OWNER_UNKNOWN',
  PROVIDER_REQUIRED = 'PROVIDER_REQUIRED',
  PROVIDER_NOT_OF_SERVICE = 'PROVIDER_NOT_OF_SERVICE',
  INSTANCE_UNKNOWN = 'INSTANCE_UNKNOWN',
  QUALITY_AUTHORITY_UNDESIGNATED = 'QUALITY_AUTHORITY_UNDESIGNATED',
  QUALITY_AUTHORITY_AMBIGUOUS = 'QUALITY_AUTHORITY_AMBIGUOUS',
  INSTANCE_NOT_YOURS = 'INSTANCE_NOT_YOURS',
  STAGE_NOT_OPEN = 'STAGE_NOT_OPEN',
  STAGE_MISADDRESSED = 'STAGE_MISADDRESSED',
  STAGE_COMPETENT = 'STAGE_COMPETENT',
  EXTENSION_TOO_LATE = 'EXTENSION_TOO_LATE',
  EXTENSION_OVER_LIMIT = 'EXTENSION_OVER_LIMIT',
  ESCALATION_NOT_YET = 'ESCALATION_NOT_YET',
  CHAIN_EXHAUSTED = 'CHAIN_EXHAUSTED',
  REQUIREMENT_NOT_AFTER_QUALITY_REVIEW = 'REQUIREMENT_NOT_AFTER_QUALITY_REVIEW',
  REQUIREMENT_ADDRESSEE_NOT_IN_CHAIN = 'REQUIREMENT_ADDRESSEE_NOT_IN_CHAIN',
  REQUIREMENT_NOT_FOUND = 'REQUIREMENT_NOT_FOUND',
  REQUIREMENT_ALREADY_FULFILLED = 'REQUIREMENT_ALREADY_FULFILLED',
  DUE_DATE_IN_PAST = 'DUE_DATE_IN_PAST',
  COURT_ALREADY_RECORDED = 'COURT_ALREADY_RECORDED',
  MEASURES_ONLY_WHEN_SATISFIED = 'MEASURES_ONLY_WHEN_SATISFIED',
  MEASURE_NOT_FOUND = 'MEASURE_NOT_FOUND',
  MEASURE_ALREADY_FULFILLED = 'MEASURE_ALREADY_FULFILLED',
}

export const complaintsError = domainErrors<ComplaintsErrorCode>({
  [ComplaintsErrorCode.COMPLAINT_NOT_FOUND]: {
    status: 404,
    title: 'No such complaint, or not one you may see',
    localizedTitle: {
      kk: 'Мұндай шағым жоқ немесе оны көруге құқығыңыз жоқ',
      ru: 'Жалоба не найдена или недоступна вам',
    },
  },
  [ComplaintsErrorCode.COMPLAINT_CLOSED]: {
    status: 409,
    title: 'The complaint was withdrawn: its pre-trial track is closed',
    localizedTitle: {
      kk: 'Шағым кері қайтарылды: сотқа дейінгі шағымдану тоқтатылды',
      ru: 'Жалоба отозвана: досудебное обжалование прекращено',
    },
  },
  [ComplaintsErrorCode.COMPLAINANT_IDENTITY_REQUIRED]: {
    status: 403,
    title: 'A complaint is filed by an identified recipient: the token carries no IIN or BIN',
    localizedTitle: {
      kk: 'Шағымды сәйкестендірілген көрсетілетін қызметті алушы береді: токенде ЖСН немесе БСН жоқ',
      ru: 'Жалобу подаёт идентифицированный услугополучатель: в токене нет ИИН или БИН',
    },
  },
  [ComplaintsErrorCode.PAPER_ONLY_AT_INSTANCE]: {
    status: 422,
    title:
      'A paper complaint is registered by an officer of the instance that received it, with its reference',
    localizedTitle: {
      kk: 'Қағаз шағымды оны қабылдаған органның лауазымды адамы тіркейді, қағаздың нөмірімен',
      ru: 'Жалобу на бумаге регистрирует должностное лицо получившего её органа, с реквизитами бумаги',
    },
  },
  [ComplaintsErrorCode.APPLICATION_UNKNOWN]: {
    status: 422,
    title: 'No application has this tracking number',
    localizedTitle: {
      kk: 'Бұл нөмірмен өтініш жоқ',
      ru: 'Заявления с таким номером нет',
    },
  },
  [ComplaintsErrorCode.APPLICATION_NOT_COMPLAINANTS]: {
    status: 403,
    title: 'The application is not the complainant’s own (Art. 19.1)',
    localizedTitle: {
      kk: 'Өтініш шағымданушының өзінікі емес (19-баптың 1-тармағы)',
      ru: 'Заявление не принадлежит заявителю жалобы (п. 1 ст. 19)',
    },
  },
  [ComplaintsErrorCode.APPLICATION_OF_OTHER_SERVICE]: {
    status: 422,
    title: 'The application is for another service than the complaint names',
    localizedTitle: {
      kk: 'Өтініш шағымда көрсетілген қызметке қатысты емес',
      ru: 'Заявление подано на другую услугу, чем указана в жалобе',
    },
  },
  [ComplaintsErrorCode.SERVICE_UNKNOWN]: {
    status: 422,
    title: 'The registry has no such service',
    localizedTitle: { kk: 'Тізілімде мұндай қызмет жоқ', ru: 'В реестре нет такой услуги' },
  },
  [ComplaintsErrorCode.SERVICE_OWNER_UNKNOWN]: {
    status: 409,
    title: 'The registry names no central body that approved the standard of this service',
    localizedTitle: {
      kk: 'Тізілімде бұл қызмет стандартын бекіткен орталық орган көрсетілмеген',
      ru: 'В реестре не указан центральный орган, утвердивший стандарт этой услуги',
    },
  },
  [ComplaintsErrorCode.PROVIDER_REQUIRED]: {
    status: 422,
    title: 'Name the provider where the service was received, or the application’s tracking number',
    localizedTitle: {
      kk: 'Қызмет алынған көрсетушіні немесе өтініштің нөмірін көрсетіңіз',
      ru: 'Укажите услугодателя, где получена услуга, или номер заявления',
    },
  },
  [ComplaintsErrorCode.PROVIDER_NOT_OF_SERVICE]: {
    status: 422,
    title: 'The organisation does not deliver this service under the registry',
    localizedTitle: {
      kk: 'Тізілім бойынша ұйым бұл қызметті көрсетпейді',
      ru: 'По реестру организация не оказывает эту услугу',
    },
  },
  [ComplaintsErrorCode.INSTANCE_UNKNOWN]: {
    status: 422,
    title: 'The registry has no such active organisation to address the complaint to',
    localizedTitle: {
      kk: 'Тізілімде шағым жіберілетін мұндай белсенді ұйым жоқ',
      ru: 'В реестре нет такой действующей организации для направления жалобы',
    },
  },
  [ComplaintsErrorCode.QUALITY_AUTHORITY_UNDESIGNATED]: {
    status: 409,
    title: 'No organisation holds the quality-authority role in the registry',
    localizedTitle: {
      kk: 'Тізілімде сапаны бағалау және бақылау жөніндегі уәкілетті орган белгіленбеген',
      ru: 'В реестре не определён уполномоченный орган по оценке и контролю за качеством',
    },
  },
  [ComplaintsErrorCode.QUALITY_AUTHORITY_AMBIGUOUS]: {
    status: 409,
    title: 'Several organisations hold the quality-authority role in the registry',
    localizedTitle: {
      kk: 'Тізілімде сапа жөніндегі уәкілетті орган рөлі бірнеше ұйымда',
      ru: 'В реестре роль уполномоченного органа по качеству у нескольких организаций',
    },
  },
  [ComplaintsErrorCode.INSTANCE_NOT_YOURS]: {
    status: 403,
    title: 'Only an officer of the instance the complaint is registered at may do this',
    localizedTitle: {
      kk: 'Мұны тек шағым тіркелген органның лауазымды адамы жасай алады',
      ru: 'Это может сделать только должностное лицо органа, где зарегистрирована жалоба',
    },
  },
  [ComplaintsErrorCode.STAGE_NOT_OPEN]: {
    status: 409,
    title: 'The complaint is not under review at this instance',
    localizedTitle: {
      kk: 'Шағым бұл органда қаралып жатқан жоқ',
      ru: 'Жалоба не находится на рассмотрении в этом органе',
    },
  },
  [ComplaintsErrorCode.STAGE_MISADDRESSED]: {
    status: 409,
    title: 'This instance is not competent for the complaint: redirect it to the competent one',
    localizedTitle: {
      kk: 'Бұл орган шағымды қарауға құзыретті емес: оны құзыретті органға жіберіңіз',
      ru: 'Этот орган не компетентен рассматривать жалобу: направьте её в компетентный орган',
    },
  },
  [ComplaintsErrorCode.STAGE_COMPETENT]: {
    status: 409,
    title: 'This instance is the competent one for the complaint: it is not redirected',
    localizedTitle: {
      kk: 'Бұл орган шағымды қарауға құзыретті: шағым басқа органға жіберілмейді',
      ru: 'Этот орган компетентен рассматривать жалобу: она не перенаправляется',
    },
  },
  [ComplaintsErrorCode.EXTENSION_TOO_LATE]: {
    status: 422,
    title: 'Too late to extend: the complainant had to be told three working days before the term ends',
    localizedTitle: {
      kk: 'Ұзартуға кеш: шағымданушыға мерзім біткенге дейін үш жұмыс күнінен кешіктірмей хабарлану керек еді',
      ru: 'Продлевать поздно: заявителя нужно было известить не позднее чем за три рабочих дня до окончания срока',
    },
  },
  [ComplaintsErrorCode.EXTENSION_OVER_LIMIT]: {
    status: 422,
    title: 'A stage’s term is extended by at most ten working days (Art. 19.6)',
    localizedTitle: {
      kk: 'Кезеңнің мерзімі он жұмыс күнінен аспайтын мерзімге ұзартылады (19-баптың 6-тармағы)',
      ru: 'Срок этапа продлевается не более чем на десять рабочих дней (п. 6 ст. 19)',
    },
  },
  [ComplaintsErrorCode.ESCALATION_NOT_YET]: {
    status: 409,
    title: 'The instance has neither decided nor missed its term: the complaint cannot go further yet',
    localizedTitle: {
      kk: 'Орган әлі шешім қабылдаған жоқ және мерзімі өткен жоқ: шағымды әрі қарай беруге болмайды',
      ru: 'Орган ещё не принял решения и не пропустил срок: жалобу пока нельзя передать дальше',
    },
  },
  [ComplaintsErrorCode.CHAIN_EXHAUSTED]: {
    status: 409,
    title: 'No instance after the quality authority: the complainant may go to court (Art. 19.7)',
    localizedTitle: {
      kk: 'Сапа жөніндегі уәкілетті органнан кейін саты жоқ: шағымданушы сотқа жүгіне алады (19-баптың 7-тармағы)',
      ru: 'После уполномоченного органа по качеству инстанций нет: заявитель вправе обратиться в суд (п. 7 ст. 19)',
    },
  },
  [ComplaintsErrorCode.REQUIREMENT_NOT_AFTER_QUALITY_REVIEW]: {
    status: 409,
    title: 'A requirement follows the quality authority’s own review of the complaint (Art. 19.5)',
    localizedTitle: {
      kk: 'Талап сапа жөніндегі уәкілетті орган шағымды қарағаннан кейін жіберіледі (19-баптың 5-тармағы)',
      ru: 'Требование направляется по итогам рассмотрения жалобы уполномоченным органом по качеству (п. 5 ст. 19)',
    },
  },
  [ComplaintsErrorCode.REQUIREMENT_ADDRESSEE_NOT_IN_CHAIN]: {
    status: 422,
    title: 'A requirement goes to the provider or the central body of the complaint’s chain',
    localizedTitle: {
      kk: 'Талап шағым тізбегіндегі көрсетушіге немесе орталық органға жіберіледі',
      ru: 'Требование направляется услугодателю или центральному органу из цепочки жалобы',
    },
  },
  [ComplaintsErrorCode.REQUIREMENT_NOT_FOUND]: {
    status: 404,
    title: 'The complaint has no such requirement',
    localizedTitle: { kk: 'Шағымда мұндай талап жоқ', ru: 'У жалобы нет такого требования' },
  },
  [ComplaintsErrorCode.REQUIREMENT_ALREADY_FULFILLED]: {
    status: 409,
    title: 'The requirement is already recorded as fulfilled',
    localizedTitle: { kk: 'Талап орындалды деп тіркелген', ru: 'Требование уже отмечено исполненным' },
  },
  [ComplaintsErrorCode.DUE_DATE_IN_PAST]: {
    status: 422,
    title: 'A due date must be today or later',
    localizedTitle: {
      kk: 'Мерзім бүгіннен ерте болмауы керек',
      ru: 'Срок не может быть раньше сегодняшнего дня',
    },
  },
  [ComplaintsErrorCode.COURT_ALREADY_RECORDED]: {
    status: 409,
    title: 'The complainant’s going to court is already recorded',
    localizedTitle: { kk: 'Сотқа жүгіну тіркелген', ru: 'Обращение в суд уже записано' },
  },
  [ComplaintsErrorCode.MEASURES_ONLY_WHEN_SATISFIED]: {
    status: 422,
    title: 'Measures to restore rights come with a satisfied complaint, and a satisfied one names them',
    localizedTitle: {
      kk: 'Құқықтарды қалпына келтіру шаралары шағым қанағаттандырылғанда ғана көрсетіледі және міндетті',
      ru: 'Меры по восстановлению прав указываются только при удовлетворении жалобы, и тогда обязательны',
    },
  },
  [ComplaintsErrorCode.MEASURE_NOT_FOUND]: {
    status: 404,
    title: 'The complaint’s decisions have no such measure',
    localizedTitle: {
      kk: 'Шағым бойынша шешімдерде мұндай шара жоқ',
      ru: 'В решениях по жалобе нет такой меры',
    },
  },
  [ComplaintsErrorCode.MEASURE_ALREADY_FULFILLED]: {
    status: 409,
    title: 'The measure is already recorded as fulfilled',
    localizedTitle: { kk: 'Шара орындалды деп тіркелген', ru: 'Мера уже отмечена исполненной' },
  },
});
