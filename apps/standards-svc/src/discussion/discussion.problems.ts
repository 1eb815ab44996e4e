import { invalid } from '@kzps/platform';
import {
  anonymousProposal,
  proposalAuthorUnidentified,
  discussionError,
  discussionNotOpen,
  discussionStillOpen,
  outcomesMissing,
  summariesMissing,
  windowClosed,
  DiscussionErrorCode,
} from './discussion.errors';
import { exampleProposals, storyWindow } from './discussion.examples';

/*
 * The problems the discussion's endpoints answer with (Art. 9), each made by the error factory the service
 * throws with, about the story's window (2 June to 1 July 2026).
 */
export const discussionProblems = {
  notOpen: discussionNotOpen(),
  /** A proposal to a draft no longer (or not yet) in discussion: the window in the answer. */
  notOpenWithWindow: discussionNotOpen(storyWindow),
  windowClosed: windowClosed(storyWindow),
  anonymous: anonymousProposal(storyWindow),
  unidentified: proposalAuthorUnidentified(storyWindow),
  stillOpen: discussionStillOpen(storyWindow),
  outcomesMissing: outcomesMissing([exampleProposals.company.id]),
  summariesMissing: summariesMissing([exampleProposals.company.id]),
  proposalNotFound: discussionError(DiscussionErrorCode.ProposalNotFound),
  noticeAlreadyPublished: discussionError(DiscussionErrorCode.NoticeAlreadyPublished),
  noticeNotFound: discussionError(DiscussionErrorCode.NoticeNotFound),
  badProposal: invalid(
    { field: 'text', message: 'text should not be empty', constraint: 'isNotEmpty' },
    {
      field: 'item',
      message:
        'item must be one of the following values: providers, owner, procedure, resultForms, term, fee, documents, refusalGrounds, queueWait, registrationTerm, appeal',
      constraint: 'isIn',
    },
  ),
  badOutcome: invalid(
    {
      field: 'outcome',
      message: 'outcome must be one of the following values: accepted, partly_accepted, rejected',
      constraint: 'isIn',
    },
    { field: 'summary', message: 'summary should not be null or undefined', constraint: 'isDefined' },
  ),
  badNotice: invalid({
    field: 'revisedDraftUrl',
    message: 'revisedDraftUrl must be a URL address',
    constraint: 'isUrl',
  }),
};
