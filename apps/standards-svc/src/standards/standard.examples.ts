import type { Bilingual } from '@kzps/platform';
import { exampleCalendar, exampleDates, exampleIds, exampleTimes } from '../common/api-examples';
import type { TermResponseDto } from '../clocks/dto/term-response.dto';
import { StatutoryTerm, type TermKind, type TermStatus } from '../clocks/statutory-term.entity';
import { statutoryTermEnd, STANDARD_SCOPE } from '../clocks/terms.service';
import type { StandardContent } from './standard-content';
import { toTermResponse } from './standard.mapper';

const ministryOfLabour: Bilingual = {
  kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
  ru: 'Министерство труда и социальной защиты населения Республики Казахстан',
};

export const socialCode: Bilingual = {
  kk: 'Қазақстан Республикасының Әлеуметтік кодексі',
  ru: 'Социальный кодекс Республики Казахстан',
};

/**
 * The eleven items of Art. 8 as the Ministry of Labour drafts the standard of 01.02-001 (the provider and
 * the owner are the ones the demo registry holds for the service, as a draft must name).
 */
export const childbirthAllowanceStandard = {
  channels: ['psc', 'electronic'],
  providers: [{ organizationId: exampleIds.ministryOfLabour, name: ministryOfLabour }],
  owner: { organizationId: exampleIds.ministryOfLabour, name: ministryOfLabour },
  procedure: {
    kk:
      'Көрсетілетін қызметті алушы өтінішті «Азаматтарға арналған үкімет» мемлекеттік корпорациясы арқылы немесе ' +
      '«электрондық үкімет» веб-порталы арқылы береді. Мемлекеттік корпорация өтінішті қабылдап, оны көрсетілетін ' +
      'қызметті берушіге жібереді; көрсетілетін қызметті беруші жәрдемақы тағайындау туралы немесе тағайындаудан ' +
      'бас тарту туралы шешім қабылдайды.',
    ru:
      'Услугополучатель подает заявление через Государственную корпорацию «Правительство для граждан» или через ' +
      'веб-портал «электронного правительства». Государственная корпорация принимает заявление и направляет его ' +
      'услугодателю; услугодатель принимает решение о назначении пособия либо об отказе в назначении.',
  },
  resultForms: ['electronic_document', 'paper_document'],
  term: { value: 8, unit: 'working_days' },
  fee: { free: true, legalBasis: socialCode, paymentMethods: [] },
  documents: [
    {
      name: {
        kk: 'Жеке басын куәландыратын құжат (сәйкестендіру үшін)',
        ru: 'Документ, удостоверяющий личность (для идентификации)',
      },
      mandatory: true,
      form: 'original_for_verification',
      // On the portal the applicant is identified by the electronic digital signature.
      perChannel: [{ channel: 'electronic', mandatory: false, form: 'electronic_copy' }],
    },
    {
      name: {
        kk: 'Баланың туу туралы куәлігі (бала Қазақстан Республикасынан тыс жерде туған жағдайда)',
        ru: 'Свидетельство о рождении ребенка (если ребенок родился за пределами Республики Казахстан)',
      },
      mandatory: false,
      form: 'copy',
    },
  ],
  refusalGrounds: [
    {
      text: {
        kk: 'Көрсетілетін қызметті алушы ұсынған құжаттардың және (немесе) олардағы деректердің анық еместігінің анықталуы',
        ru: 'Установление недостоверности документов, представленных услугополучателем, и (или) данных, содержащихся в них',
      },
    },
    {
      text: {
        kk: 'Көрсетілетін қызметті алушының жәрдемақы алу үшін белгіленген талаптарға сәйкес келмеуі',
        ru: 'Несоответствие услугополучателя требованиям, установленным для назначения пособия',
      },
      legalBasis: socialCode,
    },
  ],
  queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
  registrationTerm: { value: 15, unit: 'minutes' },
  appeal: {
    procedure: {
      kk:
        'Шағым көрсетілетін қызметті беруші – стандартты бекіткен орталық мемлекеттік органның басшысына беріледі ' +
        'және бес жұмыс күні ішінде қаралады; шешіммен келіспеген жағдайда – мемлекеттік қызметтер көрсету сапасын ' +
        'бағалау және бақылау жөніндегі уәкілетті органға (Заңның 19-бабының 3-тармағы).',
      ru:
        'Жалоба подается руководителю услугодателя – центрального государственного органа, утвердившего стандарт, ' +
        'и рассматривается в течение пяти рабочих дней; при несогласии с решением – в уполномоченный орган по оценке ' +
        'и контролю за качеством оказания государственных услуг (пункт 3 статьи 19 Закона).',
    },
  },
} satisfies StandardContent;

/** A draft saved part-way (a draft may be; Art. 8): the term, the fee and the queue are still to be written. */
export const partialDraft = {
  channels: childbirthAllowanceStandard.channels,
  providers: childbirthAllowanceStandard.providers,
  owner: childbirthAllowanceStandard.owner,
  procedure: childbirthAllowanceStandard.procedure,
  resultForms: childbirthAllowanceStandard.resultForms,
  documents: childbirthAllowanceStandard.documents,
  refusalGrounds: childbirthAllowanceStandard.refusalGrounds,
  appeal: childbirthAllowanceStandard.appeal,
} satisfies StandardContent;

/** Version 2: the term cut to six working days on the quality authority's recommendation (Art. 7.5). */
export const amendedStandard = {
  ...childbirthAllowanceStandard,
  term: { ...childbirthAllowanceStandard.term, value: 6 },
} satisfies StandardContent;

export const amendmentReference =
  'Рекомендация Агентства Республики Казахстан по делам государственной службы № 12-04/1187 от 11.09.2026';

const term = (
  id: string,
  kind: TermKind,
  scope: string,
  start: string,
  status: TermStatus,
  metAt: string | null,
): TermResponseDto => {
  const startsAt = new Date(start);
  const end = statutoryTermEnd[kind](exampleCalendar, startsAt);
  return toTermResponse(
    Object.assign(new StatutoryTerm(), {
      id,
      kind,
      scope,
      startsAt,
      dueDate: end.dueDate,
      dueAt: end.dueAt,
      skipped: end.skipped,
      provisional: end.provisional,
      status,
      metAt: metAt ? new Date(metAt) : null,
      missedAt: null,
    }),
    new Date(exampleTimes.publishedAt),
  );
};

const inForceFrom = exampleCalendar.startOfDay(exampleDates.inForce).toISOString();
/** The day of the minister's order: the Art. 7.1 term is met on it and the Art. 10.1 term runs from it. */
const adoptedOn = exampleCalendar.startOfDay(exampleDates.approvingAct).toISOString();

/**
 * The standard's terms the day after its registration, counted by the calendar library as the service counts
 * them: both inclusion terms met (Art. 7.1 on the order's day), the publication term (Art. 17.2, over a
 * week-end) and the reglament's (from the order's day) open.
 */
export const storyTerms: Array<Readonly<TermResponseDto>> = [
  term(
    exampleIds.adoptionTerm,
    'standard_adoption',
    STANDARD_SCOPE,
    exampleTimes.includedAt,
    'met',
    adoptedOn,
  ),
  term(
    exampleIds.discussionTerm,
    'public_discussion',
    STANDARD_SCOPE,
    exampleTimes.includedAt,
    'met',
    exampleTimes.discussionOpenedAt,
  ),
  term(exampleIds.publicationTerm, 'public_information', exampleIds.adoption, inForceFrom, 'open', null),
  term(exampleIds.reglamentTerm, 'reglament', exampleIds.adoption, adoptedOn, 'open', null),
];

export const storyInForceFrom = inForceFrom;
