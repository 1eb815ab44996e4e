import { spokenDate } from '@kzps/calendar';
import { domainErrors, type Bilingual, type DomainError } from '@kzps/platform';
import { channelWords } from '../standards/channel-words';
import type { Channel } from '../standards/standard-content';
import type { TermFit, WorstCase } from './reglament-term';

export enum ReglamentErrorCode {
  StandardNotInForce = 'REGLAMENT_STANDARD_NOT_IN_FORCE',
  NotFound = 'REGLAMENT_NOT_FOUND',
  StepsExceedTerm = 'REGLAMENT_STEPS_EXCEED_TERM',
  Approved = 'REGLAMENT_APPROVED',
  InformatizationAgreementMissing = 'REGLAMENT_INFORMATIZATION_AGREEMENT_MISSING',
  InformatizationNotRequired = 'REGLAMENT_INFORMATIZATION_NOT_REQUIRED',
  NotTheInformatizationAuthority = 'REGLAMENT_NOT_THE_INFORMATIZATION_AUTHORITY',
  PscInteractionMissing = 'REGLAMENT_PSC_INTERACTION_MISSING',
  NotAnApprovingBody = 'REGLAMENT_NOT_AN_APPROVING_BODY',
  ActAlreadyRecorded = 'REGLAMENT_ACT_ALREADY_RECORDED',
  ActDateOutOfRange = 'REGLAMENT_ACT_DATE_OUT_OF_RANGE',
}

export const reglamentError = domainErrors<ReglamentErrorCode>({
  [ReglamentErrorCode.StandardNotInForce]: {
    status: 409,
    title: 'A reglament needs a standard in force',
    localizedTitle: {
      kk: 'Регламент үшін қолданыстағы стандарт қажет',
      ru: 'Для регламента нужен действующий стандарт',
    },
  },
  [ReglamentErrorCode.NotFound]: {
    status: 404,
    title: 'No reglament for the standard in force',
    localizedTitle: {
      kk: 'Қолданыстағы стандарттың регламенті жоқ',
      ru: 'Регламент действующего стандарта не найден',
    },
  },
  [ReglamentErrorCode.StepsExceedTerm]: {
    status: 422,
    title: "The reglament's steps take longer than the standard's term",
    localizedTitle: {
      kk: 'Регламент кезеңдері стандарт мерзімінен ұзақ',
      ru: 'Этапы регламента превышают срок стандарта',
    },
  },
  [ReglamentErrorCode.Approved]: {
    status: 409,
    title: 'The reglament is already approved (or adopted by a body); change the standard to change it',
    localizedTitle: { kk: 'Регламент бекітілген', ru: 'Регламент уже утверждён' },
  },
  [ReglamentErrorCode.NotAnApprovingBody]: {
    status: 403,
    title: 'Only officers of a body that approves this reglament may record its act',
    localizedTitle: {
      kk: 'Актіні тек осы регламентті бекітетін органның лауазымды адамдары енгізе алады',
      ru: 'Акт могут внести только должностные лица органа, утверждающего этот регламент',
    },
  },
  [ReglamentErrorCode.ActAlreadyRecorded]: {
    status: 409,
    title: 'This body has already recorded its act for the reglament',
    localizedTitle: {
      kk: 'Бұл орган регламент бойынша өз актісін енгізіп қойған',
      ru: 'Этот орган уже внёс свой акт по регламенту',
    },
  },
  [ReglamentErrorCode.ActDateOutOfRange]: {
    status: 422,
    title: 'The act date must be from the standard’s entry into force until today',
    localizedTitle: {
      kk: 'Акт күні стандарт күшіне енген күннен бастап бүгінге дейін болуы тиіс',
      ru: 'Дата акта должна быть не раньше вступления стандарта в силу и не позже сегодняшнего дня',
    },
  },
  [ReglamentErrorCode.InformatizationAgreementMissing]: {
    status: 409,
    title: 'The informatization authority has not agreed the reglament',
    localizedTitle: {
      kk: 'Ақпараттандыру саласындағы уәкілетті орган регламентті келіспеген',
      ru: 'Регламент не согласован уполномоченным органом в сфере информатизации',
    },
  },
  [ReglamentErrorCode.InformatizationNotRequired]: {
    status: 409,
    title: 'This reglament does not need the informatization authority',
    localizedTitle: {
      kk: 'Бұл регламентке ақпараттандыру органының келісімі қажет емес',
      ru: 'Этому регламенту не нужно согласование органа информатизации',
    },
  },
  [ReglamentErrorCode.NotTheInformatizationAuthority]: {
    status: 403,
    title: 'Only officers of the informatization authority may agree',
    localizedTitle: {
      kk: 'Тек ақпараттандыру органының лауазымды адамдары келісе алады',
      ru: 'Согласовать могут только должностные лица органа информатизации',
    },
  },
  [ReglamentErrorCode.PscInteractionMissing]: {
    status: 422,
    title: 'A service delivered through a PSC needs the PSC interaction described',
    localizedTitle: {
      kk: 'ХҚКО арқылы көрсетілетін қызмет үшін ХҚКО-мен өзара іс-қимыл сипатталуы керек',
      ru: 'Для услуги через ЦОН нужно описать порядок взаимодействия с ЦОН',
    },
  },
});

/** "If a request is accepted on 20 March 2026, the steps end on 31 March, the term on 26 March." */
function worstCaseText(worst: WorstCase, channels: readonly Channel[]): Bilingual {
  const [accepted, steps, term] = [worst.acceptedOn, worst.stepsEndOn, worst.termEndsOn].map(spokenDate);
  const names = (language: keyof Bilingual): string =>
    channels.map((c) => channelWords[c][language]).join(', ');
  return {
    kk: `${names('kk')}: сұрау ${accepted?.kk} қабылданса, кезеңдер ${steps?.kk} аяқталады, ал мерзімнің соңғы күні – ${term?.kk}.`,
    // The Russian date ends in «г.», which ends the sentence as well.
    ru: `${names('ru')}: если запрос принят ${accepted?.ru}, этапы завершатся ${steps?.ru}, а последний день срока – ${term?.ru}`,
  };
}

/** Art. 11.1.2: the steps take longer than the standard's term; the answer shows the worst start in words. */
export function stepsExceedTerm(fit: TermFit): DomainError {
  return reglamentError(
    ReglamentErrorCode.StepsExceedTerm,
    fit.incomparableSteps.length > 0
      ? `Steps ${fit.incomparableSteps.map((i) => i + 1).join(', ')} are counted in days; the term is in ${fit.unit}`
      : `The steps take ${fit.total} ${fit.unit}; the standard allows ${fit.limit}`,
    {
      stepsTotal: fit.total,
      termLimit: fit.limit,
      termUnit: fit.unit,
      acceptanceDayCounts: fit.acceptanceDayCounts,
      channels: fit.channels,
      perChannel: fit.perChannel,
      incomparableSteps: fit.incomparableSteps,
      ...(fit.worstCase
        ? { worstCase: fit.worstCase, localizedDetail: worstCaseText(fit.worstCase, fit.channels) }
        : {}),
    },
  );
}

export const actDateOutOfRange = (
  actDate: string,
  earliest: string | undefined,
  today: string,
): DomainError =>
  reglamentError(
    ReglamentErrorCode.ActDateOutOfRange,
    `${actDate} is not within ${earliest ?? '…'} – ${today}`,
    {
      earliest,
      latest: today,
    },
  );
