import type { Bilingual } from '@kzps/platform';
import type { ReglamentInteractions, ReglamentStep } from './reglament.entity';

/*
 * The reglament of the childbirth allowance's standard as the Ministry of Labour drafts it (Art. 11): its
 * steps take 7 working days at most, within the standard's 8 (the day of acceptance counting, Art. 14.1).
 */

const allowanceDepartment: Bilingual = {
  kk: 'Әлеуметтік төлемдер департаменті',
  ru: 'Департамент социальных выплат',
};
const chiefSpecialist: Bilingual = { kk: 'Бас маман', ru: 'Главный специалист' };

export const reglamentGeneralProvisions: Bilingual = {
  kk:
    'Осы регламент баланың тууына байланысты біржолғы мемлекеттік жәрдемақыны тағайындау жөніндегі мемлекеттік ' +
    'көрсетілетін қызмет стандартына сәйкес Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау ' +
    'министрлігінің құрылымдық бөлімшелері мен лауазымды адамдарының іс-қимыл тәртібін айқындайды.',
  ru:
    'Настоящий регламент определяет порядок действий структурных подразделений и должностных лиц Министерства ' +
    'труда и социальной защиты населения Республики Казахстан при оказании государственной услуги по ' +
    'назначению единовременного государственного пособия в связи с рождением ребенка в соответствии с ее стандартом.',
};

export const reglamentSteps: Array<
  Omit<ReglamentStep, 'order' | 'informationSystem'> & { informationSystem?: Bilingual }
> = [
  {
    title: {
      kk: 'Мемлекеттік корпорациядан немесе порталдан түскен сұрауды тіркеу',
      ru: 'Регистрация запроса, поступившего из Государственной корпорации или с портала',
    },
    responsibleUnit: { kk: 'Кеңсе', ru: 'Канцелярия' },
    officialRole: { kk: 'Кеңсе маманы', ru: 'Специалист канцелярии' },
    informationSystem: { kk: 'ХҚКО ИАЖ', ru: 'ИИС ЦОН' },
    duration: { value: 15, unit: 'minutes' },
  },
  {
    title: {
      kk: 'ЖТ МДҚ және АХАЖ АЖ деректері бойынша өтініштің толықтығын тексеру',
      ru: 'Проверка полноты заявления по сведениям ГБД ФЛ и ИС «ЗАГС»',
    },
    responsibleUnit: allowanceDepartment,
    officialRole: chiefSpecialist,
    informationSystem: { kk: 'ЖТ МДҚ, «АХАЖ» АЖ', ru: 'ГБД ФЛ, ИС «ЗАГС»' },
    duration: { value: 1, unit: 'working_days' },
  },
  {
    title: {
      kk: 'Жәрдемақы алу құқығын тексеру және шешім жобасын дайындау',
      ru: 'Проверка права на пособие и подготовка проекта решения',
    },
    responsibleUnit: allowanceDepartment,
    officialRole: chiefSpecialist,
    duration: { value: 3, unit: 'working_days' },
  },
  {
    title: {
      kk: 'Жәрдемақы тағайындау немесе тағайындаудан бас тарту туралы шешім қабылдау',
      ru: 'Принятие решения о назначении пособия либо об отказе в назначении',
    },
    responsibleUnit: allowanceDepartment,
    officialRole: { kk: 'Департамент директоры', ru: 'Директор департамента' },
    duration: { value: 1, unit: 'working_days' },
  },
  {
    title: {
      kk: 'Нәтижені Мемлекеттік корпорацияға және порталдағы жеке кабинетке жіберу',
      ru: 'Направление результата в Государственную корпорацию и в личный кабинет на портале',
    },
    responsibleUnit: allowanceDepartment,
    officialRole: chiefSpecialist,
    informationSystem: {
      kk: 'ХҚКО ИАЖ, «электрондық үкімет» веб-порталы',
      ru: 'ИИС ЦОН, веб-портал «электронного правительства»',
    },
    duration: { value: 1, unit: 'working_days' },
  },
];

export const reglamentInteractions = {
  internal: {
    kk:
      'Кеңсе сұрауды тіркеп, оны Әлеуметтік төлемдер департаментіне береді; шешімге департамент директоры ' +
      'электрондық цифрлық қолтаңбамен қол қояды.',
    ru:
      'Канцелярия регистрирует запрос и передает его в Департамент социальных выплат; решение подписывается ' +
      'директором департамента электронной цифровой подписью.',
  },
  psc: {
    kk:
      'ХҚКО өтінішті қабылдап, жеке басын куәландыратын құжатты салыстырады және сұрауды ХҚКО ИАЖ арқылы ' +
      'көрсетілетін қызметті берушіге жібереді; нәтиже өтініш берілген ХҚКО-да беріледі.',
    ru:
      'ЦОН принимает заявление, сверяет документ, удостоверяющий личность, и направляет запрос услугодателю через ' +
      'ИИС ЦОН; результат выдается в ЦОН по месту подачи заявления.',
  },
  otherBodies: {
    kk: 'Баланың тууы туралы мәліметтер Әділет министрлігінің АХАЖ АЖ-нен, өтініш берушінің деректері ЖТ МДҚ-дан алынады.',
    ru: 'Сведения о рождении ребенка запрашиваются из ИС «ЗАГС» Министерства юстиции, сведения о заявителе – из ГБД ФЛ.',
  },
} satisfies Record<keyof ReglamentInteractions, Bilingual>;

/** The Minister's order that approves it (Art. 10.2). */
export const reglamentOrderNumber = '312';
