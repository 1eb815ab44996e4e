import { createHash } from 'node:crypto';
import { DEMO_ORGANIZATIONS } from '@kzps/auth/testing';
import { bilingual } from '@kzps/platform';
import type { DesignationAct } from '../organizations/authority-designation.entity';
import type {
  LocalExecutiveLevel,
  OrganizationKind,
  OrganizationRole,
} from '../organizations/organization.enums';
import type { CreateServiceEntryDto } from '../services/dto/service-entry.dto';
import type { Channel, DeliveryForm, RecipientType } from '../services/service-entry.enums';

export interface DemoOrganization {
  key: string;
  bin: string;
  nameKk: string;
  nameRu: string;
  kind: OrganizationKind;
  level?: LocalExecutiveLevel;
  roles: OrganizationRole[];
  /**
   * The act the demo records as designating the body in its authority roles (D38), for every body holding
   * one: the registry's writes are the designated public-services authority's alone (Art. 6.3), so on a fresh
   * system its body needs one; every other authorised body is on record with its act, as a designation leaves it.
   */
  designatedBy?: DesignationAct;
  parent?: string;
  regionKato?: string;
  /**
   * For a body that took its present form after the registry was approved (31 January 2020): the month it
   * did (YYYY-MM). The demo shows its entries in force only from after the last such month.
   */
  formed?: string;
}

export interface DemoService {
  code: string;
  classifierCode: string;
  nameKk: string;
  nameRu: string;
  descriptionKk?: string;
  descriptionRu?: string;
  recipientTypes: RecipientType[];
  owner: string;
  providers: string[];
  intake: string[];
  intakeViaPortal: boolean;
  deliveryForm: DeliveryForm;
  channels: Channel[];
  /** Key of the legislative act setting the fee (Art. 18); absent for a free service. */
  fee?: keyof typeof acts;
  basis: keyof typeof acts;
  termWorkingDays?: number;
}

/** The classification used by the demo registry: spheres and sub-spheres. */
export const demoClassifier: Array<{ code: string; nameKk: string; nameRu: string }> = [
  { code: '01', nameKk: 'Отбасы және балалар', nameRu: 'Семья и дети' },
  {
    code: '01.01',
    nameKk: 'Азаматтық хал актілерін тіркеу',
    nameRu: 'Регистрация актов гражданского состояния',
  },
  { code: '01.02', nameKk: 'Балалы отбасыларға жәрдемақылар', nameRu: 'Пособия семьям с детьми' },
  {
    code: '02',
    nameKk: 'Халықты құжаттандыру және тіркеу',
    nameRu: 'Документирование и регистрация населения',
  },
  {
    code: '02.01',
    nameKk: 'Жеке басты куәландыратын құжаттар',
    nameRu: 'Документы, удостоверяющие личность',
  },
  { code: '02.02', nameKk: 'Тұрғылықты жері бойынша тіркеу', nameRu: 'Регистрация по месту жительства' },
  {
    code: '03',
    nameKk: 'Жер қатынастары, сәулет және құрылыс',
    nameRu: 'Земельные отношения, архитектура и строительство',
  },
  { code: '03.01', nameKk: 'Жер учаскелері', nameRu: 'Земельные участки' },
  { code: '03.02', nameKk: 'Сәулет және қала құрылысы', nameRu: 'Архитектура и градостроительство' },
  { code: '03.03', nameKk: 'Жылжымайтын мүлік', nameRu: 'Недвижимое имущество' },
  { code: '04', nameKk: 'Әлеуметтік қорғау', nameRu: 'Социальная защита' },
  { code: '04.01', nameKk: 'Әлеуметтік көмек', nameRu: 'Социальная помощь' },
  { code: '04.02', nameKk: 'Мүгедектік', nameRu: 'Инвалидность' },
  { code: '04.03', nameKk: 'Зейнетақымен қамсыздандыру', nameRu: 'Пенсионное обеспечение' },
  { code: '04.04', nameKk: 'Жұмыспен қамту', nameRu: 'Занятость населения' },
  { code: '05', nameKk: 'Білім беру', nameRu: 'Образование' },
  { code: '05.01', nameKk: 'Мектепке дейінгі білім беру', nameRu: 'Дошкольное образование' },
  { code: '05.02', nameKk: 'Орта білім беру', nameRu: 'Среднее образование' },
  { code: '06', nameKk: 'Кәсіпкерлік және лицензиялау', nameRu: 'Предпринимательство и лицензирование' },
  { code: '06.01', nameKk: 'Бизнесті тіркеу', nameRu: 'Регистрация бизнеса' },
  { code: '06.02', nameKk: 'Лицензиялар мен рұқсаттар', nameRu: 'Лицензии и разрешения' },
  { code: '07', nameKk: 'Денсаулық сақтау', nameRu: 'Здравоохранение' },
  { code: '08', nameKk: 'Көлік', nameRu: 'Транспорт' },
  { code: '08.01', nameKk: 'Жүргізуші куәліктері', nameRu: 'Водительские удостоверения' },
  { code: '08.02', nameKk: 'Көлік құралдарын тіркеу', nameRu: 'Регистрация транспортных средств' },
  { code: '09', nameKk: 'Ақпараттандыру және байланыс', nameRu: 'Информатизация и связь' },
  { code: '10', nameKk: 'Құқықтық анықтамалар және мұрағаттар', nameRu: 'Правовые справки и архивы' },
];

/** Legislative acts the demo entries cite (legal basis of the service, or of its fee). */
export const acts = {
  family: [
    '«Неке (ерлі-зайыптылық) және отбасы туралы» Қазақстан Республикасының Кодексі',
    'Кодекс Республики Казахстан «О браке (супружестве) и семье»',
  ],
  tax: [
    '«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» Қазақстан Республикасының Кодексі (Салық кодексі)',
    'Кодекс Республики Казахстан «О налогах и других обязательных платежах в бюджет» (Налоговый кодекс)',
  ],
  migration: [
    '«Халықтың көші-қоны туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О миграции населения»',
  ],
  identity: [
    '«Жеке басты куәландыратын құжаттар туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О документах, удостоверяющих личность»',
  ],
  land: ['Қазақстан Республикасының Жер кодексі', 'Земельный кодекс Республики Казахстан'],
  architecture: [
    '«Қазақстан Республикасындағы сәулет, қала құрылысы және құрылыс қызметі туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «Об архитектурной, градостроительной и строительной деятельности в Республике Казахстан»',
  ],
  realty: [
    '«Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О государственной регистрации прав на недвижимое имущество»',
  ],
  social: ['Қазақстан Республикасының Әлеуметтік кодексі', 'Социальный кодекс Республики Казахстан'],
  education: ['«Білім туралы» Қазақстан Республикасының Заңы', 'Закон Республики Казахстан «Об образовании»'],
  legalEntities: [
    '«Заңды тұлғаларды мемлекеттік тіркеу және филиалдар мен өкілдіктерді есептік тіркеу туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О государственной регистрации юридических лиц и учетной регистрации филиалов и представительств»',
  ],
  enterprise: [
    'Қазақстан Республикасының Кәсіпкерлік кодексі',
    'Предпринимательский кодекс Республики Казахстан',
  ],
  permits: [
    '«Рұқсаттар және хабарламалар туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О разрешениях и уведомлениях»',
  ],
  tourism: [
    '«Қазақстан Республикасындағы туристік қызмет туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О туристской деятельности в Республике Казахстан»',
  ],
  health: [
    '«Халық денсаулығы және денсаулық сақтау жүйесі туралы» Қазақстан Республикасының Кодексі',
    'Кодекс Республики Казахстан «О здоровье народа и системе здравоохранения»',
  ],
  roads: [
    '«Жол жүрісі туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О дорожном движении»',
  ],
  signature: [
    '«Электрондық құжат және электрондық цифрлық қолтаңба туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «Об электронном документе и электронной цифровой подписи»',
  ],
  statistics: [
    '«Мемлекеттік құқықтық статистика және арнайы есепке алу туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О государственной правовой статистике и специальных учетах»',
  ],
  archives: [
    '«Ұлттық архив қоры және архивтер туралы» Қазақстан Республикасының Заңы',
    'Закон Республики Казахстан «О Национальном архивном фонде и архивах»',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/**
 * Real owners, providers, PSCs and authorities of Kazakhstan. BINs are plausible (registration year and
 * month, legal-entity and head-office/branch digits, a valid check digit), not the bodies' actual BINs.
 */
/** The seeded bodies the demo users belong to keep the ids the gateway's demo tokens carry. */
const demoOrganizationIds: Record<string, string | undefined> = {
  gov4c: DEMO_ORGANIZATIONS.stateCorporation,
  almatyCity: DEMO_ORGANIZATIONS.almatyAkimat,
  labour: DEMO_ORGANIZATIONS.ministryOfLabour,
  mdd: DEMO_ORGANIZATIONS.ministryOfDigitalDevelopment,
  civilService: DEMO_ORGANIZATIONS.civilServiceAgency,
  justice: DEMO_ORGANIZATIONS.ministryOfJustice,
  ngo: DEMO_ORGANIZATIONS.publicMonitoringNgo,
};

/**
 * The act the demo records for a designated body whose own act it does not cite: a stand-in numbered ДЕМО-…
 * and titled «(демо)», as the other services' demo data mark theirs, so that nobody takes a made-up number for
 * a real resolution. Dated the day the registry was approved, before any day the demo or its tests run on.
 */
function demoDesignationAct(
  kind: DesignationAct['kind'],
  number: `ДЕМО-${string}`,
  title: { kk: string; ru: string },
): DesignationAct {
  return { kind, number, date: '2020-01-31', title: bilingual(`${title.kk} (демо)`, `${title.ru} (демо)`) };
}

export const demoOrganizations: DemoOrganization[] = [
  {
    key: 'mdd',
    bin: '990640000015',
    kind: 'central-state-body',
    roles: ['service-owner', 'public-services-authority', 'informatization-authority'],
    designatedBy: {
      kind: 'government-resolution',
      number: '501',
      date: '2019-07-12',
      title: {
        kk: 'Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігінің кейбір мәселелері туралы',
        ru: 'О некоторых вопросах Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
      },
    },
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
    nameRu:
      'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
  },
  {
    key: 'civilService',
    bin: '991240000013',
    kind: 'central-state-body',
    roles: ['quality-authority'],
    designatedBy: demoDesignationAct('presidential-decree', 'ДЕМО-001', {
      kk: 'Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің мәселелері',
      ru: 'Вопросы Агентства Республики Казахстан по делам государственной службы',
    }),
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі',
    nameRu: 'Агентство Республики Казахстан по делам государственной службы',
  },
  {
    key: 'justice',
    bin: '990240000010',
    kind: 'central-state-body',
    roles: ['service-owner', 'provider', 'justice-registration-authority'],
    designatedBy: demoDesignationAct('government-resolution', 'ДЕМО-002', {
      kk: 'Қазақстан Республикасы Әділет министрлігінің мәселелері',
      ru: 'Вопросы Министерства юстиции Республики Казахстан',
    }),
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Әділет министрлігі',
    nameRu: 'Министерство юстиции Республики Казахстан',
  },
  {
    key: 'labour',
    bin: '010140000014',
    kind: 'central-state-body',
    roles: ['service-owner', 'provider'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
    nameRu: 'Министерство труда и социальной защиты населения Республики Казахстан',
  },
  {
    key: 'education',
    bin: '220740000019',
    kind: 'central-state-body',
    // Split from the Ministry of Education and Science in June 2022.
    formed: '2022-06',
    roles: ['service-owner'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасы Оқу-ағарту министрлігі',
    nameRu: 'Министерство просвещения Республики Казахстан',
  },
  {
    key: 'interior',
    bin: '990240100017',
    kind: 'central-state-body',
    roles: ['service-owner', 'provider'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Ішкі істер министрлігі',
    nameRu: 'Министерство внутренних дел Республики Казахстан',
  },
  {
    key: 'health',
    bin: '990340000014',
    kind: 'central-state-body',
    roles: ['service-owner', 'provider'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Денсаулық сақтау министрлігі',
    nameRu: 'Министерство здравоохранения Республики Казахстан',
  },
  {
    key: 'finance',
    bin: '990240200013',
    kind: 'central-state-body',
    roles: ['service-owner'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Қаржы министрлігі',
    nameRu: 'Министерство финансов Республики Казахстан',
  },
  {
    key: 'revenue',
    bin: '040241000019',
    // A ведомство of the Ministry of Finance (Art. 5.2.1), not a territorial body.
    kind: 'department',
    roles: ['provider'],
    parent: 'finance',
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті',
    nameRu: 'Комитет государственных доходов Министерства финансов Республики Казахстан',
  },
  {
    key: 'agriculture',
    bin: '990240300010',
    kind: 'central-state-body',
    roles: ['service-owner'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Ауыл шаруашылығы министрлігі',
    nameRu: 'Министерство сельского хозяйства Республики Казахстан',
  },
  {
    key: 'industry',
    bin: '230940000019',
    kind: 'central-state-body',
    // Formed from the Ministry of Industry and Infrastructural Development in September 2023.
    formed: '2023-09',
    roles: ['service-owner'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Өнеркәсіп және құрылыс министрлігі',
    nameRu: 'Министерство промышленности и строительства Республики Казахстан',
  },
  {
    key: 'tourism',
    bin: '230140000021',
    kind: 'central-state-body',
    // Formed in January 2023 (sport and tourism left the Ministry of Culture and Sport).
    formed: '2023-01',
    roles: ['service-owner'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Туризм және спорт министрлігі',
    nameRu: 'Министерство туризма и спорта Республики Казахстан',
  },
  {
    key: 'culture',
    bin: '230940100015',
    kind: 'central-state-body',
    // Formed in September 2023 (culture joined with information).
    formed: '2023-09',
    roles: ['service-owner'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Мәдениет және ақпарат министрлігі',
    nameRu: 'Министерство культуры и информации Республики Казахстан',
  },
  {
    key: 'prosecutor',
    bin: '990140000017',
    kind: 'central-state-body',
    roles: ['service-owner', 'provider'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Бас прокуратурасы',
    nameRu: 'Генеральная прокуратура Республики Казахстан',
  },
  {
    key: 'foreign',
    bin: '990240400016',
    kind: 'central-state-body',
    roles: ['service-owner'],
    regionKato: '710000000',
    nameKk: 'Қазақстан Республикасының Сыртқы істер министрлігі',
    nameRu: 'Министерство иностранных дел Республики Казахстан',
  },
  {
    key: 'embassyRu',
    bin: '990540000011',
    kind: 'foreign-mission',
    roles: ['provider'],
    parent: 'foreign',
    nameKk: 'Қазақстан Республикасының Ресей Федерациясындағы Елшілігі',
    nameRu: 'Посольство Республики Казахстан в Российской Федерации',
  },
  {
    key: 'astana',
    bin: '980440000016',
    kind: 'local-executive-body',
    level: 'capital',
    roles: ['service-owner', 'provider'],
    regionKato: '710000000',
    nameKk: 'Астана қаласының әкімдігі',
    nameRu: 'Акимат города Астаны',
  },
  {
    key: 'almatyCity',
    bin: '990140100013',
    kind: 'local-executive-body',
    level: 'city-of-republican-significance',
    roles: ['service-owner', 'provider'],
    regionKato: '750000000',
    nameKk: 'Алматы қаласының әкімдігі',
    nameRu: 'Акимат города Алматы',
  },
  {
    key: 'shymkent',
    bin: '180740000018',
    kind: 'local-executive-body',
    level: 'city-of-republican-significance',
    roles: ['service-owner', 'provider'],
    regionKato: '790000000',
    nameKk: 'Шымкент қаласының әкімдігі',
    nameRu: 'Акимат города Шымкента',
  },
  {
    key: 'karagandaOblast',
    bin: '990440000018',
    kind: 'local-executive-body',
    level: 'oblast',
    roles: ['service-owner', 'provider'],
    regionKato: '350000000',
    nameKk: 'Қарағанды облысының әкімдігі',
    nameRu: 'Акимат Карагандинской области',
  },
  {
    key: 'karagandaCity',
    bin: '990440100014',
    kind: 'local-executive-body',
    level: 'city-of-oblast-significance',
    roles: ['provider'],
    parent: 'karagandaOblast',
    regionKato: '351010000',
    nameKk: 'Қарағанды қаласының әкімдігі',
    nameRu: 'Акимат города Караганды',
  },
  {
    key: 'almatyOblast',
    bin: '990340100010',
    kind: 'local-executive-body',
    level: 'oblast',
    roles: ['service-owner', 'provider'],
    regionKato: '190000000',
    nameKk: 'Алматы облысының әкімдігі',
    nameRu: 'Акимат Алматинской области',
  },
  {
    key: 'karasai',
    bin: '990340200017',
    kind: 'local-executive-body',
    level: 'district',
    roles: ['provider'],
    parent: 'almatyOblast',
    regionKato: '195200000',
    nameKk: 'Алматы облысы Қарасай ауданының әкімдігі',
    nameRu: 'Акимат Карасайского района Алматинской области',
  },
  {
    key: 'almatyEducation',
    bin: '000340000014',
    kind: 'state-institution',
    roles: ['provider'],
    parent: 'almatyCity',
    regionKato: '750000000',
    nameKk: '«Алматы қаласы Білім басқармасы» коммуналдық мемлекеттік мекемесі',
    nameRu: 'Коммунальное государственное учреждение «Управление образования города Алматы»',
  },
  {
    key: 'astanaSocial',
    bin: '050140000011',
    kind: 'state-institution',
    roles: ['provider'],
    parent: 'astana',
    regionKato: '710000000',
    nameKk: '«Астана қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» мемлекеттік мекемесі',
    nameRu: 'Государственное учреждение «Управление занятости и социальных программ города Астаны»',
  },
  {
    key: 'gov4c',
    bin: '160240000018',
    kind: 'psc',
    roles: ['psc-operator', 'provider'],
    regionKato: '710000000',
    nameKk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» коммерциялық емес акционерлік қоғамы',
    nameRu: 'Некоммерческое акционерное общество «Государственная корпорация «Правительство для граждан»',
  },
  {
    key: 'specPscAstana',
    bin: '160241000013',
    kind: 'specialised-psc',
    roles: ['psc-operator'],
    parent: 'gov4c',
    regionKato: '710000000',
    nameKk:
      '«Азаматтарға арналған үкімет» мемлекеттік корпорациясының Астана қаласы бойынша мамандандырылған халыққа қызмет көрсету орталығы',
    nameRu:
      'Специализированный центр обслуживания населения Государственной корпорации «Правительство для граждан» по городу Астане',
  },
  {
    key: 'enpf',
    bin: '970840000019',
    kind: 'quasi-state-entity',
    roles: ['provider'],
    regionKato: '750000000',
    nameKk: '«Бірыңғай жинақтаушы зейнетақы қоры» акционерлік қоғамы',
    nameRu: 'Акционерное общество «Единый накопительный пенсионный фонд»',
  },
  {
    key: 'polyclinic',
    bin: '020740000018',
    kind: 'state-enterprise',
    roles: ['provider'],
    parent: 'almatyCity',
    regionKato: '750000000',
    nameKk:
      'Алматы қаласы Денсаулық сақтау басқармасының шаруашылық жүргізу құқығындағы «№ 1 қалалық емхана» мемлекеттік коммуналдық кәсіпорны',
    nameRu:
      'Государственное коммунальное предприятие на праве хозяйственного ведения «Городская поликлиника № 1» Управления здравоохранения города Алматы',
  },
  {
    key: 'privateClinic',
    bin: '150340000015',
    kind: 'private-legal-entity',
    roles: ['provider'],
    regionKato: '750000000',
    nameKk: '«Денсаулық» отбасылық медицина клиникасы» жауапкершілігі шектеулі серіктестігі',
    nameRu: 'Товарищество с ограниченной ответственностью «Клиника семейной медицины «Денсаулық»»',
  },
  {
    key: 'ngo',
    bin: '081140000017',
    kind: 'ngo',
    roles: ['accredited-monitoring-ngo'],
    regionKato: '710000000',
    nameKk: '«Қазақстанның Азаматтық Альянсы» заңды тұлғалар бірлестігі',
    nameRu: 'Объединение юридических лиц «Гражданский Альянс Казахстана»',
  },
];

/**
 * The first day on which every seeded body existed in its present form: the first of the month after the
 * latest `formed`, and never before the act that approved the registry.
 */
export function inForceFrom(organizations: readonly DemoOrganization[], actDate: string): string {
  const latest = organizations.reduce<string | undefined>(
    (last, organization) =>
      organization.formed !== undefined && (last === undefined || organization.formed > last)
        ? organization.formed
        : last,
    undefined,
  );
  if (latest === undefined) return actDate;
  const [year = 0, month = 0] = latest.split('-').map(Number);
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return next > actDate ? next : actDate;
}

/** A name-based id: the SHA-1 of the name in the UUID version 5 layout. */
function nameBasedId(name: string): string {
  const hash = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(hash.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return [
    hash.slice(0, 8),
    hash.slice(8, 12),
    `5${hash.slice(13, 16)}`,
    `${variant}${hash.slice(18, 20)}`,
    hash.slice(20, 32),
  ].join('-');
}

/**
 * The ids of the demo registry stay the same across runs (the demo users' organisations keep the ids their
 * tokens carry, the rest are name-based), so the API's examples name entries and organisations that exist.
 */
export function demoOrganizationId(key: string): string {
  return demoOrganizationIds[key] ?? nameBasedId(`kzps:registry:demo-organization:${key}`);
}

export function demoServiceId(code: string): string {
  return nameBasedId(`kzps:registry:demo-service:${code}`);
}

/** The demo service as the registry takes it, its organisations named by `idOf`: the seed and the examples. */
export function demoEntryFields(service: DemoService, idOf: (key: string) => string): CreateServiceEntryDto {
  const [basisKk, basisRu] = acts[service.basis];
  const fee = service.fee ? acts[service.fee] : undefined;
  return {
    code: service.code,
    name: bilingual(service.nameKk, service.nameRu),
    ...(service.descriptionKk && service.descriptionRu
      ? { description: bilingual(service.descriptionKk, service.descriptionRu) }
      : {}),
    classifierCode: service.classifierCode,
    recipientTypes: service.recipientTypes,
    ownerId: idOf(service.owner),
    providerIds: service.providers.map(idOf),
    intakeOrganizationIds: service.intake.map(idOf),
    intakeViaPortal: service.intakeViaPortal,
    deliveryForm: service.deliveryForm,
    channels: service.channels,
    paid: fee !== undefined,
    ...(fee ? { feeLegalBasis: bilingual(fee[0], fee[1]) } : {}),
    legalBasis: bilingual(basisKk, basisRu),
    ...(service.termWorkingDays !== undefined ? { termWorkingDays: service.termWorkingDays } : {}),
  };
}

/** At least thirty real public services of Kazakhstan across spheres, with their real owners and providers. */
export const demoServices: DemoService[] = [
  {
    code: '01.01-001',
    classifierCode: '01.01',
    owner: 'justice',
    providers: ['astana', 'almatyCity', 'shymkent', 'karasai', 'embassyRu'],
    intake: ['gov4c', 'embassyRu'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'psc', 'e-government-portal'],
    basis: 'family',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk:
      'Баланың тууын тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
    nameRu:
      'Регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
    descriptionKk: 'Нәтижесі — баланың туу туралы куәлігі немесе электрондық құжат түріндегі анықтама',
    descriptionRu: 'Результат — свидетельство о рождении ребенка или справка в форме электронного документа',
  },
  {
    code: '01.01-002',
    classifierCode: '01.01',
    owner: 'justice',
    providers: ['astana', 'almatyCity', 'shymkent', 'karasai'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'psc', 'e-government-portal'],
    basis: 'family',
    fee: 'tax',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk:
      'Неке (ерлі-зайыптылық) қиюды тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
    nameRu:
      'Регистрация заключения брака (супружества), в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
    descriptionKk: 'Неке қию туралы куәлік беріледі; мемлекеттік баж алынады',
    descriptionRu: 'Выдается свидетельство о заключении брака; взимается государственная пошлина',
  },
  {
    code: '01.01-003',
    classifierCode: '01.01',
    owner: 'justice',
    providers: ['astana', 'almatyCity', 'shymkent', 'karasai'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'psc', 'e-government-portal'],
    basis: 'family',
    fee: 'tax',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Некені (ерлі-зайыптылықты) бұзуды тіркеу',
    nameRu: 'Регистрация расторжения брака (супружества)',
  },
  {
    code: '01.01-004',
    classifierCode: '01.01',
    owner: 'justice',
    providers: ['astana', 'almatyCity', 'shymkent', 'karasai'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'psc', 'e-government-portal'],
    basis: 'family',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk:
      'Қайтыс болуды тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
    nameRu:
      'Регистрация смерти, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
  },
  {
    code: '01.01-005',
    classifierCode: '01.01',
    owner: 'justice',
    providers: ['astana', 'almatyCity', 'shymkent', 'karasai'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'family',
    fee: 'tax',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Азаматтық хал актілерін тіркеу туралы қайталама куәліктер немесе анықтамалар беру',
    nameRu: 'Выдача повторных свидетельств или справок о регистрации актов гражданского состояния',
  },
  {
    code: '01.02-001',
    classifierCode: '01.02',
    owner: 'labour',
    providers: ['labour'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'social',
    termWorkingDays: 8,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk:
      'Баланың тууына байланысты біржолғы мемлекеттік жәрдемақыны және бала бір жасқа толғанға дейін оның күтіміне байланысты жәрдемақыны тағайындау',
    nameRu:
      'Назначение единовременного государственного пособия в связи с рождением ребенка и пособия по уходу за ребенком по достижении им возраста одного года',
    descriptionKk:
      'Проактивті түрде де көрсетіледі: баланың тууы тіркелгеннен кейін ата-анаға SMS-хабарлама жіберіледі',
    descriptionRu:
      'Оказывается и в проактивном формате: после регистрации рождения родителю направляется SMS-уведомление',
  },
  {
    code: '01.02-002',
    classifierCode: '01.02',
    owner: 'labour',
    providers: ['labour'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'social',
    termWorkingDays: 8,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Көпбалалы отбасыларға мемлекеттік жәрдемақы тағайындау',
    nameRu: 'Назначение государственного пособия многодетным семьям',
  },
  {
    code: '02.01-001',
    classifierCode: '02.01',
    owner: 'interior',
    providers: ['interior'],
    intake: ['gov4c'],
    intakeViaPortal: false,
    deliveryForm: 'paper',
    channels: ['psc'],
    basis: 'identity',
    fee: 'tax',
    termWorkingDays: 15,
    recipientTypes: ['individual'],
    nameKk: 'Қазақстан Республикасының азаматтарына паспорттар, жеке куәліктер беру',
    nameRu: 'Выдача паспортов, удостоверений личности гражданам Республики Казахстан',
  },
  {
    code: '02.01-002',
    classifierCode: '02.01',
    owner: 'interior',
    providers: ['interior'],
    intake: ['gov4c'],
    intakeViaPortal: false,
    deliveryForm: 'paper',
    channels: ['psc'],
    basis: 'migration',
    fee: 'tax',
    termWorkingDays: 15,
    recipientTypes: ['foreign-individual', 'stateless-person'],
    nameKk:
      'Шетелдіктерге Қазақстан Республикасында тұруға ықтиярхат және азаматтығы жоқ адамдарға куәлік беру',
    nameRu:
      'Выдача иностранцам вида на жительство в Республике Казахстан и удостоверений лицам без гражданства',
  },
  {
    code: '02.02-001',
    classifierCode: '02.02',
    owner: 'interior',
    providers: ['interior'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'migration',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Қазақстан Республикасы халқын тұрғылықты жері бойынша тіркеу',
    nameRu: 'Регистрация по месту жительства населения Республики Казахстан',
    descriptionKk: 'Тұрғылықты мекенжайы бойынша тіркеу және тіркеуден шығару',
    descriptionRu: 'Регистрация и снятие с регистрации по адресу места жительства',
  },
  {
    code: '02.02-002',
    classifierCode: '02.02',
    owner: 'interior',
    providers: ['interior'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'migration',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Уақытша тұратын жері бойынша тіркеу',
    nameRu: 'Регистрация по месту временного пребывания',
  },
  {
    code: '03.01-001',
    classifierCode: '03.01',
    owner: 'agriculture',
    providers: ['astana', 'almatyCity', 'shymkent', 'karasai', 'karagandaCity'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'land',
    termWorkingDays: 20,
    recipientTypes: ['individual', 'legal-entity'],
    nameKk: 'Мемлекеттік меншіктегі жер учаскесіне құқық беру',
    nameRu: 'Предоставление права на земельный участок, находящийся в государственной собственности',
    descriptionKk: 'Шаһар және ауыл шегінде жеке тұрғын үй құрылысы үшін жер учаскесін беру',
    descriptionRu: 'В том числе для индивидуального жилищного строительства в городе и селе',
  },
  {
    code: '03.01-002',
    classifierCode: '03.01',
    owner: 'agriculture',
    providers: ['astana', 'almatyCity', 'shymkent', 'karasai'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'land',
    termWorkingDays: 15,
    recipientTypes: ['individual', 'legal-entity'],
    nameKk: 'Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру',
    nameRu: 'Выдача решения на изменение целевого назначения земельного участка',
  },
  {
    code: '03.02-001',
    classifierCode: '03.02',
    owner: 'industry',
    providers: ['astana', 'almatyCity', 'shymkent', 'karagandaCity'],
    intake: [],
    intakeViaPortal: true,
    deliveryForm: 'electronic',
    channels: ['e-government-portal'],
    basis: 'architecture',
    termWorkingDays: 5,
    recipientTypes: ['individual', 'legal-entity'],
    nameKk: 'Сәулет-жоспарлау тапсырмасын беру',
    nameRu: 'Выдача архитектурно-планировочного задания',
  },
  {
    code: '03.03-001',
    classifierCode: '03.03',
    owner: 'justice',
    providers: ['gov4c'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'realty',
    fee: 'tax',
    termWorkingDays: 3,
    recipientTypes: ['individual', 'legal-entity', 'foreign-individual', 'foreign-legal-entity'],
    nameKk: 'Жылжымайтын мүлікке құқықтарды (ауыртпалықтарды) мемлекеттік тіркеу',
    nameRu: 'Государственная регистрация прав (обременений) на недвижимое имущество',
  },
  {
    code: '03.03-002',
    classifierCode: '03.03',
    owner: 'justice',
    providers: ['gov4c'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'realty',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'legal-entity', 'foreign-individual', 'foreign-legal-entity'],
    nameKk:
      'Тіркелген құқықтар (ауыртпалықтар) және жылжымайтын мүлік объектісінің техникалық сипаттамалары туралы анықтама беру',
    nameRu:
      'Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках',
  },
  {
    code: '04.01-001',
    classifierCode: '04.01',
    owner: 'labour',
    providers: ['astanaSocial', 'almatyCity', 'shymkent', 'karasai'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'psc', 'e-government-portal'],
    basis: 'social',
    termWorkingDays: 7,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Мемлекеттік атаулы әлеуметтік көмек тағайындау',
    nameRu: 'Назначение государственной адресной социальной помощи',
  },
  {
    code: '04.02-001',
    classifierCode: '04.02',
    owner: 'labour',
    providers: ['labour'],
    intake: [],
    intakeViaPortal: true,
    deliveryForm: 'electronic',
    channels: ['e-government-portal'],
    basis: 'social',
    termWorkingDays: 10,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk:
      'Мүгедектікті және (немесе) еңбекке қабілеттіліктен айырылу дәрежесін белгілеу және (немесе) әлеуметтік қорғаудың қажетті шараларын айқындау',
    nameRu:
      'Установление инвалидности и (или) степени утраты трудоспособности и (или) определение необходимых мер социальной защиты',
    descriptionKk: 'Медициналық-әлеуметтік сараптама сырттай, ақпараттық жүйелер арқылы жүргізіледі',
    descriptionRu: 'Медико-социальная экспертиза проводится заочно, через информационные системы',
  },
  {
    code: '04.02-002',
    classifierCode: '04.02',
    owner: 'labour',
    providers: ['labour'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'social',
    termWorkingDays: 8,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Мүгедектігі бойынша мемлекеттік әлеуметтік жәрдемақы тағайындау',
    nameRu: 'Назначение государственного социального пособия по инвалидности',
  },
  {
    code: '04.03-001',
    classifierCode: '04.03',
    owner: 'labour',
    providers: ['gov4c'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'social',
    termWorkingDays: 10,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Жасына байланысты зейнетақы төлемдерін тағайындау',
    nameRu: 'Назначение пенсионных выплат по возрасту',
  },
  {
    code: '04.03-002',
    classifierCode: '04.03',
    owner: 'labour',
    providers: ['enpf'],
    intake: ['enpf'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'e-government-portal'],
    basis: 'social',
    termWorkingDays: 0,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Бірыңғай жинақтаушы зейнетақы қорындағы зейнетақы жинақтары туралы үзінді көшірме беру',
    nameRu: 'Выдача выписки о пенсионных накоплениях в Едином накопительном пенсионном фонде',
  },
  {
    code: '04.04-001',
    classifierCode: '04.04',
    owner: 'labour',
    providers: ['astanaSocial', 'almatyCity', 'shymkent', 'karasai'],
    intake: [],
    intakeViaPortal: true,
    deliveryForm: 'electronic',
    channels: ['e-government-portal'],
    basis: 'social',
    termWorkingDays: 1,
    recipientTypes: ['individual'],
    nameKk: 'Жұмыс іздеген адамдарды жұмыссыз ретінде тіркеу',
    nameRu: 'Регистрация лиц, ищущих работу, в качестве безработных',
  },
  {
    code: '05.01-001',
    classifierCode: '05.01',
    owner: 'education',
    providers: ['almatyEducation', 'astana', 'shymkent', 'karasai'],
    intake: [],
    intakeViaPortal: true,
    deliveryForm: 'electronic',
    channels: ['e-government-portal'],
    basis: 'education',
    termWorkingDays: 0,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk:
      'Мектепке дейінгі (6 жасқа дейін) жастағы балаларды мектепке дейінгі ұйымдарға жіберу үшін кезекке қою',
    nameRu:
      'Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные организации',
    descriptionKk: 'Балабақшаға электрондық кезек',
    descriptionRu: 'Электронная очередь в детский сад',
  },
  {
    code: '05.01-002',
    classifierCode: '05.01',
    owner: 'education',
    providers: ['almatyEducation', 'astana', 'shymkent'],
    intake: ['almatyEducation'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'e-government-portal'],
    basis: 'education',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Мектепке дейінгі ұйымдарға құжаттар қабылдау және балаларды қабылдау',
    nameRu: 'Прием документов и зачисление детей в дошкольные организации',
  },
  {
    code: '05.02-001',
    classifierCode: '05.02',
    owner: 'education',
    providers: ['almatyEducation', 'astana', 'shymkent', 'karasai'],
    intake: ['almatyEducation'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'e-government-portal'],
    basis: 'education',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk:
      'Бастауыш, негізгі орта, жалпы орта білім берудің жалпы білім беретін бағдарламалары бойынша оқыту үшін ведомстволық бағыныстылығына қарамастан білім беру ұйымдарына құжаттарды қабылдау және оқуға қабылдау',
    nameRu:
      'Прием документов и зачисление в организации образования независимо от ведомственной подчиненности для обучения по общеобразовательным программам начального, основного среднего, общего среднего образования',
    descriptionKk: 'Бірінші сыныпқа қабылдау',
    descriptionRu: 'Зачисление в первый класс школы',
  },
  {
    code: '05.02-002',
    classifierCode: '05.02',
    owner: 'education',
    providers: ['almatyEducation', 'astana', 'shymkent'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'psc', 'e-government-portal'],
    basis: 'education',
    termWorkingDays: 15,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру',
    nameRu: 'Выдача дубликатов документов об основном среднем, общем среднем образовании',
  },
  {
    code: '06.01-001',
    classifierCode: '06.01',
    owner: 'justice',
    providers: ['gov4c'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'legalEntities',
    fee: 'tax',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'legal-entity', 'foreign-individual', 'foreign-legal-entity'],
    nameKk: 'Заңды тұлғаларды, олардың филиалдары мен өкілдіктерін мемлекеттік тіркеу',
    nameRu: 'Государственная регистрация юридических лиц, учетная регистрация их филиалов и представительств',
  },
  {
    code: '06.01-002',
    classifierCode: '06.01',
    owner: 'finance',
    providers: ['revenue'],
    intake: ['revenue'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'e-government-portal'],
    basis: 'enterprise',
    termWorkingDays: 0,
    recipientTypes: ['individual', 'foreign-individual'],
    nameKk: 'Дара кәсіпкер ретінде қызметін бастағаны туралы хабарламаны тіркеу',
    nameRu: 'Регистрация уведомления о начале деятельности в качестве индивидуального предпринимателя',
  },
  {
    code: '06.02-001',
    classifierCode: '06.02',
    owner: 'health',
    providers: ['health', 'almatyCity', 'astana'],
    intake: [],
    intakeViaPortal: true,
    deliveryForm: 'electronic',
    channels: ['e-government-portal'],
    basis: 'permits',
    fee: 'tax',
    termWorkingDays: 15,
    recipientTypes: ['legal-entity', 'individual'],
    nameKk: 'Фармацевтикалық қызметке лицензия беру',
    nameRu: 'Выдача лицензии на фармацевтическую деятельность',
  },
  {
    code: '06.02-002',
    classifierCode: '06.02',
    owner: 'health',
    providers: ['almatyCity', 'astana', 'shymkent'],
    intake: [],
    intakeViaPortal: true,
    deliveryForm: 'electronic',
    channels: ['e-government-portal'],
    basis: 'permits',
    fee: 'tax',
    termWorkingDays: 15,
    recipientTypes: ['legal-entity', 'individual'],
    nameKk: 'Медициналық қызметке лицензия беру',
    nameRu: 'Выдача лицензии на медицинскую деятельность',
  },
  {
    code: '06.02-003',
    classifierCode: '06.02',
    owner: 'tourism',
    providers: ['astana', 'almatyCity', 'shymkent', 'karagandaOblast', 'almatyOblast'],
    intake: [],
    intakeViaPortal: true,
    deliveryForm: 'electronic',
    channels: ['e-government-portal'],
    basis: 'tourism',
    fee: 'tax',
    termWorkingDays: 15,
    recipientTypes: ['legal-entity'],
    nameKk: 'Туристік операторлық қызметке (туроператорлық қызмет) лицензия беру',
    nameRu: 'Выдача лицензии на туристскую операторскую деятельность (туроператорская деятельность)',
  },
  {
    code: '07-001',
    classifierCode: '07',
    owner: 'health',
    providers: ['polyclinic', 'privateClinic'],
    intake: ['polyclinic', 'privateClinic'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'e-government-portal'],
    basis: 'health',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    // «Прикрепление» is «бекіту» in the official Kazakh wording (the rules of attachment to PHC organisations).
    nameKk: 'Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту',
    nameRu: 'Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь',
  },
  {
    code: '07-002',
    classifierCode: '07',
    owner: 'health',
    providers: ['polyclinic'],
    intake: ['polyclinic'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'e-government-portal'],
    basis: 'health',
    termWorkingDays: 0,
    recipientTypes: ['individual'],
    nameKk: 'Туберкулезге қарсы ұйымнан анықтама беру',
    nameRu: 'Выдача справки из противотуберкулезной организации',
  },
  {
    code: '07-003',
    classifierCode: '07',
    owner: 'health',
    providers: ['polyclinic'],
    intake: ['polyclinic'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'e-government-portal'],
    basis: 'health',
    termWorkingDays: 0,
    recipientTypes: ['individual'],
    nameKk: 'Психикалық денсаулық саласында медициналық көмек көрсететін ұйымнан анықтама беру',
    nameRu: 'Выдача справки из организации, оказывающей медицинскую помощь в области психического здоровья',
  },
  {
    code: '08.01-001',
    classifierCode: '08.01',
    owner: 'interior',
    providers: ['interior'],
    intake: ['specPscAstana'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['specialised-psc', 'e-government-portal'],
    basis: 'roads',
    fee: 'tax',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Жүргізуші куәлігін беру',
    nameRu: 'Выдача водительского удостоверения',
    descriptionKk: 'Жүргізуші куәлігін алғаш беру, ауыстыру және телнұсқасын беру',
    descriptionRu: 'Первичная выдача, замена и выдача дубликата водительского удостоверения',
  },
  {
    code: '08.02-001',
    classifierCode: '08.02',
    owner: 'interior',
    providers: ['interior'],
    intake: ['specPscAstana'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['specialised-psc', 'e-government-portal'],
    basis: 'roads',
    fee: 'tax',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'legal-entity', 'foreign-individual', 'foreign-legal-entity'],
    nameKk: 'Көлік құралдарын тіркеу, қайта тіркеу, сондай-ақ мемлекеттік тіркеу нөмірлік белгісін беру',
    nameRu:
      'Регистрация, перерегистрация транспортных средств с выдачей государственных регистрационных номерных знаков',
  },
  {
    code: '09-001',
    classifierCode: '09',
    owner: 'mdd',
    providers: ['gov4c'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'signature',
    termWorkingDays: 1,
    recipientTypes: ['individual', 'legal-entity', 'foreign-individual', 'stateless-person'],
    nameKk: 'Электрондық цифрлық қолтаңбаның тіркеу куәлігін беру',
    nameRu: 'Выдача регистрационного свидетельства электронной цифровой подписи',
    descriptionKk: 'ЭЦҚ кілттерін алу',
    descriptionRu: 'Получение ключей ЭЦП',
  },
  {
    code: '10-001',
    classifierCode: '10',
    owner: 'prosecutor',
    providers: ['prosecutor'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    basis: 'statistics',
    termWorkingDays: 5,
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    nameKk: 'Соттылығының болуы не болмауы туралы анықтама беру',
    nameRu: 'Выдача справки о наличии либо отсутствии судимости',
  },
  {
    code: '10-002',
    classifierCode: '10',
    owner: 'culture',
    providers: ['astana', 'almatyCity', 'karagandaOblast'],
    intake: ['gov4c'],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['provider', 'psc', 'e-government-portal'],
    basis: 'archives',
    termWorkingDays: 15,
    recipientTypes: [
      'individual',
      'legal-entity',
      'foreign-individual',
      'stateless-person',
      'foreign-legal-entity',
    ],
    nameKk: 'Мұрағаттық анықтамалар беру',
    nameRu: 'Выдача архивных справок',
  },
];

/**
 * The act every demo entry is recorded as included by: Order of the Minister of Digital Development,
 * Innovation and Aerospace Industry of the Republic of Kazakhstan of 31 January 2020 No. 39/НҚ «Об
 * утверждении реестра государственных услуг» (Қазақстан Республикасы Цифрлық даму, инновациялар және
 * аэроғарыш өнеркәсібі министрінің 2020 жылғы 31 қаңтардағы № 39/НҚ бұйрығы), the act that approved the
 * registry and is amended as it changes. It is a minister's order, not a Government decree.
 *
 * The demo does not replay the registry's history (entries first owned by predecessor bodies, the amending
 * orders): it shows today's entries with today's owners, in force from the first day on which every seeded
 * body existed in its present form (after the last reorganisation, September 2023), so that no body owns
 * an entry before it existed.
 */
export const DEMO_ACT = {
  decreeKind: 'authorised-body-order' as const,
  decreeNumber: '39/НҚ',
  decreeDate: '2020-01-31',
  effectiveDate: inForceFrom(demoOrganizations, '2020-01-31'),
};
