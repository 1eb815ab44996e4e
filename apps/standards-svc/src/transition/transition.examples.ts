import type { Bilingual } from '@kzps/platform';
import { childbirthAllowanceStandard } from '../standards/standard.examples';

/**
 * The transition's example (Art. 25): the demo registry's 01.02-002, the Ministry of Labour's allowance to
 * large families, whose standard was in force before this service started: its order of 2019, registered
 * and in force that year, with the reglament the minister ordered after it. Its ids are the demo registry's
 * (registry-svc's name-based `demoServiceId('01.02-002')`, copied: an app never imports another).
 */
export const largeFamiliesAllowance = 'ef6b8e97-58ab-5faa-a8de-a7811b145a31';

const largeFamiliesProcedure: Bilingual = {
  kk:
    'Көрсетілетін қызметті алушы өтінішті «Азаматтарға арналған үкімет» мемлекеттік корпорациясы арқылы немесе ' +
    '«электрондық үкімет» веб-порталы арқылы береді; көрсетілетін қызметті беруші көпбалалы отбасыға жәрдемақы ' +
    'тағайындау туралы немесе тағайындаудан бас тарту туралы шешім қабылдайды.',
  ru:
    'Услугополучатель подает заявление через Государственную корпорацию «Правительство для граждан» или через ' +
    'веб-портал «электронного правительства»; услугодатель принимает решение о назначении пособия многодетной ' +
    'семье либо об отказе в назначении.',
};

export const importedStandardExample = {
  serviceId: largeFamiliesAllowance,
  content: { ...childbirthAllowanceStandard, procedure: largeFamiliesProcedure },
  approvingAct: {
    kind: 'order' as const,
    number: '148',
    date: '2019-04-12',
    title: {
      kk: '«Көпбалалы отбасыларға мемлекеттік жәрдемақы тағайындау» мемлекеттік көрсетілетін қызмет стандартын бекіту туралы',
      ru: 'Об утверждении стандарта государственной услуги «Назначение государственного пособия многодетным семьям»',
    },
  },
  registration: { number: '18612', date: '2019-05-03' },
  inForceFrom: '2019-05-18',
  reglament: {
    generalProvisions: {
      kk: 'Регламент мемлекеттік көрсетілетін қызмет стандартына сәйкес қызмет беруші қызметінің тәртібін айқындайды.',
      ru: 'Регламент определяет порядок деятельности услугодателя в соответствии со стандартом государственной услуги.',
    },
    steps: [
      {
        title: { kk: 'Өтінішті қабылдау және тіркеу', ru: 'Приём и регистрация заявления' },
        responsibleUnit: { kk: 'Кеңсе', ru: 'Канцелярия' },
        officialRole: { kk: 'Маман', ru: 'Специалист' },
        duration: { value: 1, unit: 'working_days' },
      },
      {
        title: { kk: 'Шешім қабылдау', ru: 'Принятие решения' },
        responsibleUnit: { kk: 'Әлеуметтік төлемдер департаменті', ru: 'Департамент социальных выплат' },
        officialRole: { kk: 'Департамент директоры', ru: 'Директор департамента' },
        duration: { value: 5, unit: 'working_days' },
      },
    ],
    interactions: {
      internal: {
        kk: 'Кеңсе өтінішті департаментке сол күні береді.',
        ru: 'Канцелярия передаёт заявление в департамент в тот же день.',
      },
      psc: {
        kk: 'Мемлекеттік корпорация өтінішті ақпараттық жүйе арқылы жібереді.',
        ru: 'Государственная корпорация направляет заявление через информационную систему.',
      },
    },
    acts: [{ actNumber: '203', actDate: '2019-06-10' }],
  },
};
