import { domainErrors, type DomainError } from '@kzps/platform';
import type { ServiceRef } from '../read-model/service-ref.entity';
import { assertAgreesWithRegistry } from '../standards/registry-consistency';
import { missingItems, type ItemDescription, type StandardContent } from '../standards/standard-content';
import { windowProblem, windowReasons, type DiscussionWindow } from './discussion-window';

export type DiscussionErrorCode =
  | 'DRAFT_INCOMPLETE'
  | 'DISCUSSION_NOT_OPEN'
  | 'DISCUSSION_WINDOW_CLOSED'
  | 'DISCUSSION_STILL_OPEN'
  | 'ANONYMOUS_PROPOSAL'
  | 'PROPOSAL_AUTHOR_UNIDENTIFIED'
  | 'PROPOSAL_NOT_FOUND'
  | 'OUTCOMES_MISSING'
  | 'SUMMARIES_MISSING'
  | 'NOTICE_ALREADY_PUBLISHED'
  | 'NOTICE_NOT_FOUND';

export const discussionError = domainErrors<DiscussionErrorCode>({
  DRAFT_INCOMPLETE: {
    status: 422,
    title: 'The draft lacks items a standard must contain',
    localizedTitle: {
      kk: 'Жобада стандартқа қажетті тармақтар жоқ',
      ru: 'В проекте нет обязательных пунктов стандарта',
    },
  },
  DISCUSSION_NOT_OPEN: {
    status: 409,
    title: 'The draft is not in public discussion',
    localizedTitle: { kk: 'Жоба жария талқылауда емес', ru: 'Проект не находится на публичном обсуждении' },
  },
  DISCUSSION_WINDOW_CLOSED: {
    status: 409,
    title: 'The public discussion window has closed; later proposals are not considered',
    localizedTitle: {
      kk: 'Жария талқылау мерзімі аяқталды; кейінгі ұсыныстар қаралмайды',
      ru: 'Срок публичного обсуждения истёк; поступившие позже предложения не рассматриваются',
    },
  },
  DISCUSSION_STILL_OPEN: {
    status: 409,
    title: 'The public discussion is still open',
    localizedTitle: { kk: 'Жария талқылау әлі жүріп жатыр', ru: 'Публичное обсуждение ещё продолжается' },
  },
  ANONYMOUS_PROPOSAL: {
    status: 401,
    title: 'Anonymous proposals are not considered',
    localizedTitle: {
      kk: 'Жасырын ұсыныстар қаралмайды',
      ru: 'Анонимные предложения не рассматриваются',
    },
  },
  PROPOSAL_AUTHOR_UNIDENTIFIED: {
    status: 403,
    title: 'The signed-in identity carries no IIN or BIN a proposal can come from',
    localizedTitle: {
      kk: 'Кірген тұлғаның деректерінде ұсыныс беруге қажетті ЖСН немесе БСН жоқ',
      ru: 'В данных вошедшего лица нет ИИН или БИН, от имени которых подаётся предложение',
    },
  },
  PROPOSAL_NOT_FOUND: {
    status: 404,
    title: 'No such proposal',
    localizedTitle: { kk: 'Мұндай ұсыныс жоқ', ru: 'Предложение не найдено' },
  },
  OUTCOMES_MISSING: {
    status: 409,
    title: 'Some proposals have no recorded outcome yet',
    localizedTitle: {
      kk: 'Кейбір ұсыныстардың нәтижесі әлі жазылмаған',
      ru: 'По некоторым предложениям ещё не принято решение',
    },
  },
  SUMMARIES_MISSING: {
    status: 409,
    title: 'Some proposals have no short summary for the notice',
    localizedTitle: {
      kk: 'Кейбір ұсыныстардың хабарламаға арналған қысқаша мазмұны жоқ',
      ru: 'Для некоторых предложений нет краткого содержания для уведомления',
    },
  },
  NOTICE_ALREADY_PUBLISHED: {
    status: 409,
    title: 'The completion notice has already been published',
    localizedTitle: {
      kk: 'Аяқталу туралы хабарлама жарияланған',
      ru: 'Уведомление о завершении уже опубликовано',
    },
  },
  NOTICE_NOT_FOUND: {
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
    'DRAFT_INCOMPLETE',
    `Missing: ${missing.map((m) => `${m.item} (Art. ${m.article})`).join(', ')}`,
    { missingItems: missing },
  );

/** What a draft must be to go to discussion or agreement: complete, and naming who the registry names. */
export function assertDraftReady(content: StandardContent, service: ServiceRef): void {
  const missing = missingItems(content);
  if (missing.length > 0) throw draftIncomplete(missing);
  assertAgreesWithRegistry(content, service);
}

/** Art. 9.4: no proposal without an identified source; the answer gives the window all the same. */
export const anonymousProposal = (window: DiscussionWindow | undefined): DomainError =>
  discussionError(
    'ANONYMOUS_PROPOSAL',
    'Art. 9.4: a proposal must come from an individual identified by IIN or a legal entity identified by BIN',
    windowProblem(window, windowReasons.anonymous),
  );

/**
 * Art. 9.1, 9.4: a signed-in caller whose identity names neither an individual (IIN) nor a legal entity (BIN),
 * such as an officer acting for a state body, is known but cannot be the source of a proposal: 403, not 401.
 */
export const proposalAuthorUnidentified = (window: DiscussionWindow | undefined): DomainError =>
  discussionError(
    'PROPOSAL_AUTHOR_UNIDENTIFIED',
    'Art. 9.1, 9.4: a proposal comes from an individual by IIN or a legal entity by BIN; this identity has neither',
    windowProblem(window, windowReasons.unidentified),
  );

/** Art. 9.5: a proposal after the window is not considered; the answer says when the window was. */
export const windowClosed = (window: DiscussionWindow): DomainError =>
  discussionError(
    'DISCUSSION_WINDOW_CLOSED',
    `Art. 9.5: the discussion ran from ${window.opensAtLocal} to ${window.endsAtLocal}`,
    windowProblem(window, windowReasons.closed),
  );

export const discussionNotOpen = (window?: DiscussionWindow): DomainError =>
  discussionError('DISCUSSION_NOT_OPEN', undefined, windowProblem(window, windowReasons.notOpen));

/** Art. 9.4: the notice follows the discussion, so not while the window is open. */
export const discussionStillOpen = (window: DiscussionWindow | undefined): DomainError =>
  discussionError('DISCUSSION_STILL_OPEN', undefined, windowProblem(window, windowReasons.stillOpen));

/** Art. 9.4: the notice lists the outcome of every proposal, so it waits for the last one. */
export const outcomesMissing = (proposalIds: readonly string[]): DomainError =>
  discussionError('OUTCOMES_MISSING', `${proposalIds.length} proposal(s) without an outcome`, {
    proposalIds,
  });

export const summariesMissing = (proposalIds: readonly string[]): DomainError =>
  discussionError(
    'SUMMARIES_MISSING',
    `Art. 9.4: ${proposalIds.length} proposal(s) without a short summary; record the outcome again with one`,
    { proposalIds },
  );
