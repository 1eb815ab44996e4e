import { domainErrors, type DomainError } from '@kzps/platform';
import { assertAgreesWithRegistry, type RegistryFacts } from '../standards/registry-consistency';
import { missingItems, type ItemDescription, type StandardContent } from '../standards/standard-content';
import { windowProblem, windowReasons, type DiscussionWindow } from './discussion-window';

export enum DiscussionErrorCode {
  DraftIncomplete = 'DRAFT_INCOMPLETE',
  NotOpen = 'DISCUSSION_NOT_OPEN',
  WindowClosed = 'DISCUSSION_WINDOW_CLOSED',
  StillOpen = 'DISCUSSION_STILL_OPEN',
  ProposalAnonymous = 'PROPOSAL_ANONYMOUS',
  ProposalAuthorUnidentified = 'PROPOSAL_AUTHOR_UNIDENTIFIED',
  ProposalNotFound = 'PROPOSAL_NOT_FOUND',
  ProposalOutcomesMissing = 'PROPOSAL_OUTCOMES_MISSING',
  ProposalSummariesMissing = 'PROPOSAL_SUMMARIES_MISSING',
  NoticeAlreadyPublished = 'NOTICE_ALREADY_PUBLISHED',
  NoticeNotFound = 'NOTICE_NOT_FOUND',
}

export const discussionError = domainErrors<DiscussionErrorCode>({
  [DiscussionErrorCode.DraftIncomplete]: {
    status: 422,
    title: 'The draft lacks items a standard must contain',
    localizedTitle: {
      kk: 'Жобада стандартқа қажетті тармақтар жоқ',
      ru: 'В проекте нет обязательных пунктов стандарта',
    },
  },
  [DiscussionErrorCode.NotOpen]: {
    status: 409,
    title: 'The draft is not in public discussion',
    localizedTitle: { kk: 'Жоба жария талқылауда емес', ru: 'Проект не находится на публичном обсуждении' },
  },
  [DiscussionErrorCode.WindowClosed]: {
    status: 409,
    title: 'The public discussion window has closed; later proposals are not considered',
    localizedTitle: {
      kk: 'Жария талқылау мерзімі аяқталды; кейінгі ұсыныстар қаралмайды',
      ru: 'Срок публичного обсуждения истёк; поступившие позже предложения не рассматриваются',
    },
  },
  [DiscussionErrorCode.StillOpen]: {
    status: 409,
    title: 'The public discussion is still open',
    localizedTitle: { kk: 'Жария талқылау әлі жүріп жатыр', ru: 'Публичное обсуждение ещё продолжается' },
  },
  [DiscussionErrorCode.ProposalAnonymous]: {
    status: 401,
    title: 'Anonymous proposals are not considered',
    localizedTitle: {
      kk: 'Жасырын ұсыныстар қаралмайды',
      ru: 'Анонимные предложения не рассматриваются',
    },
  },
  [DiscussionErrorCode.ProposalAuthorUnidentified]: {
    status: 403,
    title: 'The signed-in identity carries no IIN or BIN a proposal can come from',
    localizedTitle: {
      kk: 'Кірген тұлғаның деректерінде ұсыныс беруге қажетті ЖСН немесе БСН жоқ',
      ru: 'В данных вошедшего лица нет ИИН или БИН, от имени которых подаётся предложение',
    },
  },
  [DiscussionErrorCode.ProposalNotFound]: {
    status: 404,
    title: 'No such proposal',
    localizedTitle: { kk: 'Мұндай ұсыныс жоқ', ru: 'Предложение не найдено' },
  },
  [DiscussionErrorCode.ProposalOutcomesMissing]: {
    status: 409,
    title: 'Some proposals have no recorded outcome yet',
    localizedTitle: {
      kk: 'Кейбір ұсыныстардың нәтижесі әлі жазылмаған',
      ru: 'По некоторым предложениям ещё не принято решение',
    },
  },
  [DiscussionErrorCode.ProposalSummariesMissing]: {
    status: 409,
    title: 'Some proposals have no short summary for the notice',
    localizedTitle: {
      kk: 'Кейбір ұсыныстардың хабарламаға арналған қысқаша мазмұны жоқ',
      ru: 'Для некоторых предложений нет краткого содержания для уведомления',
    },
  },
  [DiscussionErrorCode.NoticeAlreadyPublished]: {
    status: 409,
    title: 'The completion notice has already been published',
    localizedTitle: {
      kk: 'Аяқталу туралы хабарлама жарияланған',
      ru: 'Уведомление о завершении уже опубликовано',
    },
  },
  [DiscussionErrorCode.NoticeNotFound]: {
    status: 404,
    title: 'No completion notice has been published',
    localizedTitle: {
      kk: 'Аяқталу туралы хабарлама жарияланбаған',
      ru: 'Уведомление о завершении не опубликовано',
    },
  },
});

/** Art. 7.4, 9: a draft goes to discussion and agreement only with every item of Art. 8; each missing one named. */
export const draftIncomplete = (missing: readonly ItemDescription[]): DomainError =>
  discussionError(
    DiscussionErrorCode.DraftIncomplete,
    `Missing: ${missing.map((m) => `${m.item} (Art. ${m.article})`).join(', ')}`,
    { missingItems: missing },
  );

/** What a draft must be to go to discussion or agreement: complete, and naming who the registry names. */
export function assertDraftReady(content: StandardContent, registry: RegistryFacts): void {
  const missing = missingItems(content);
  if (missing.length > 0) throw draftIncomplete(missing);
  assertAgreesWithRegistry(content, registry);
}

/** Art. 9.4: no proposal without an identified source; the answer gives the window all the same. */
export const anonymousProposal = (window: DiscussionWindow | undefined): DomainError =>
  discussionError(
    DiscussionErrorCode.ProposalAnonymous,
    'Art. 9.4: a proposal must come from an individual identified by IIN or a legal entity identified by BIN',
    windowProblem(window, windowReasons.anonymous),
  );

/**
 * Art. 9.1, 9.4: a signed-in caller whose identity names neither an individual (IIN) nor a legal entity (BIN),
 * such as an officer acting for a state body, is known but cannot be the source of a proposal: 403, not 401.
 */
export const proposalAuthorUnidentified = (window: DiscussionWindow | undefined): DomainError =>
  discussionError(
    DiscussionErrorCode.ProposalAuthorUnidentified,
    'Art. 9.1, 9.4: a proposal comes from an individual by IIN or a legal entity by BIN; this identity has neither',
    windowProblem(window, windowReasons.unidentified),
  );

/** Art. 9.5: a proposal after the window is not considered; the answer says when the window was. */
export const windowClosed = (window: DiscussionWindow): DomainError =>
  discussionError(
    DiscussionErrorCode.WindowClosed,
    `Art. 9.5: the discussion ran from ${window.opensAtLocal} to ${window.endsAtLocal}`,
    windowProblem(window, windowReasons.closed),
  );

export const discussionNotOpen = (window?: DiscussionWindow): DomainError =>
  discussionError(DiscussionErrorCode.NotOpen, undefined, windowProblem(window, windowReasons.notOpen));

/** Art. 9.4: the notice follows the discussion, so not while the window is open. */
export const discussionStillOpen = (window: DiscussionWindow | undefined): DomainError =>
  discussionError(DiscussionErrorCode.StillOpen, undefined, windowProblem(window, windowReasons.stillOpen));

/** Art. 9.4: the notice lists the outcome of every proposal, so it waits for the last one. */
export const outcomesMissing = (proposalIds: readonly string[]): DomainError =>
  discussionError(
    DiscussionErrorCode.ProposalOutcomesMissing,
    `${proposalIds.length} proposal(s) without an outcome`,
    {
      proposalIds,
    },
  );

export const summariesMissing = (proposalIds: readonly string[]): DomainError =>
  discussionError(
    DiscussionErrorCode.ProposalSummariesMissing,
    `Art. 9.4: ${proposalIds.length} proposal(s) without a short summary; record the outcome again with one`,
    { proposalIds },
  );
