import type { Bilingual } from '@kzps/platform';
import type { StandardVersion } from '../standards/standard-version.entity';
import type { DiscussionNotice, NoticeEntry } from './discussion-notice.entity';
import type { NoticeResponseDto, ProposalResponseDto } from './dto/discussion.dto';
import type { Proposal } from './proposal.entity';

/** Art. 24: an individual's IIN is personal data; a legal entity's BIN is public. */
function sourceOf(proposal: Proposal): { kind: Proposal['authorKind']; identifier: string } {
  const identifier =
    proposal.authorKind === 'individual'
      ? `${'*'.repeat(Math.max(proposal.authorIdentifier.length - 4, 0))}${proposal.authorIdentifier.slice(-4)}`
      : proposal.authorIdentifier;
  return { kind: proposal.authorKind, identifier };
}

export function toProposalResponse(proposal: Proposal): ProposalResponseDto {
  return {
    id: proposal.id,
    source: sourceOf(proposal),
    item: proposal.item,
    clause: proposal.clause,
    text: proposal.text,
    submittedAt: proposal.submittedAt.toISOString(),
    outcome: proposal.outcome,
    reason: proposal.outcomeReason,
    summary: proposal.summary,
    decidedAt: proposal.decidedAt ? proposal.decidedAt.toISOString() : null,
  };
}

/** The notice's words for a proposal's source (Art. 9.4): an individual by IIN, a legal entity by BIN. */
export function spokenSource(kind: Proposal['authorKind'], identifier: string): Bilingual {
  switch (kind) {
    case 'individual':
      return { kk: `Жеке тұлға, ЖСН ${identifier}`, ru: `Физическое лицо, ИИН ${identifier}` };
    case 'legal_entity':
      return { kk: `Заңды тұлға, БСН ${identifier}`, ru: `Юридическое лицо, БИН ${identifier}` };
  }
}

/** Art. 9.4: the notice lists each proposal with its source, short content and outcome; none without one. */
export function noticeEntryOf(proposal: Proposal): NoticeEntry | undefined {
  const source = sourceOf(proposal);
  if (!proposal.outcome || !proposal.outcomeReason || !proposal.summary) return undefined;
  return {
    proposalId: proposal.id,
    source: spokenSource(source.kind, source.identifier),
    item: proposal.item,
    clause: proposal.clause,
    summary: proposal.summary,
    text: proposal.text,
    outcome: proposal.outcome,
    reason: proposal.outcomeReason,
  };
}

export function toNoticeResponse(notice: DiscussionNotice, version: StandardVersion): NoticeResponseDto {
  return {
    id: notice.id,
    versionId: notice.versionId,
    publishedAt: notice.publishedAt.toISOString(),
    revisedDraftUrl: notice.revisedDraftUrl,
    note: notice.note,
    entries: notice.entries,
    sentTo: notice.sentTo,
    revisedDraft: version.publishedContent ?? {},
  };
}
