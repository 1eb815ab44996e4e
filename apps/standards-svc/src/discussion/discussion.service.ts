import { Injectable } from '@nestjs/common';
import { StandardsEventTypes } from '@kzps/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AgreementService } from '../agreement/agreement.service';
import { assertOwnerOfficer } from '../common/access';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { STANDARD_SCOPE, TermsService } from '../clocks/terms.service';
import { EventOutbox } from '../events/event-outbox';
import { registryFactsOf } from '../standards/registry-consistency';
import { StandardVersion } from '../standards/standard-version.entity';
import { Standard } from '../standards/standard.entity';
import { effectiveStatus } from '../standards/standard.mapper';
import { standardsError, StandardsErrorCode } from '../standards/standards.errors';
import { StandardsService } from '../standards/standards.service';
import { DiscussionNotice } from './discussion-notice.entity';
import { noticeEntryOf, toNoticeResponse, toProposalResponse } from './discussion.mapper';
import { windowOf } from './discussion-window';
import {
  anonymousProposal,
  proposalAuthorUnidentified,
  assertDraftReady,
  discussionError,
  discussionNotOpen,
  discussionStillOpen,
  outcomesMissing,
  summariesMissing,
  windowClosed,
  DiscussionErrorCode,
} from './discussion.errors';
import type {
  DiscussionResponseDto,
  NoticeResponseDto,
  ProposalResponseDto,
  PublishNoticeDto,
  RecordOutcomeDto,
  SubmitProposalDto,
} from './dto/discussion.dto';
import { Proposal } from './proposal.entity';
import { inTransaction } from '@kzps/db';
import { Clock, type Page, pageOf, type PageQueryDto, pageRows } from '@kzps/platform';

@Injectable()
export class DiscussionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly terms: TermsService,
    private readonly standards: StandardsService,
    private readonly agreement: AgreementService,
    private readonly outbox: EventOutbox,
  ) {}

  /**
   * Art. 7.4, 9: a complete draft goes to public discussion. For the first version the window is the
   * statutory one, the Art. 9.5 term from inclusion; an amendment or cancellation gets the same term from the
   * day its discussion opens. A first discussion opened after its statutory term is still held (Art. 7.4
   * makes it mandatory, and without it no standard can ever be adopted): it gets the term from opening, is
   * marked late, and the Art. 9.5 term stays missed on record. The term's length is the table's
   * (`statutoryTermEnd`), never written here.
   */
  async open(id: string, caller: CallerIdentity): Promise<DiscussionResponseDto> {
    await this.dataSource.transaction(async (manager) => {
      const { standard, service, working, developer } = await this.standards.lockTowardForce(manager, id);
      assertOwnerOfficer(caller, developer);
      if (!working || working.status !== 'drafting')
        throw standardsError(StandardsErrorCode.DraftNotEditable);
      assertDraftReady(working.content, await registryFactsOf(manager, service));
      const now = this.clock.now();
      let endsAt = this.terms.endOf('public_discussion', now).dueAt;
      let late = false;
      if (working.kind === 'adoption') {
        const term = await this.terms.find(manager, standard.id, 'public_discussion', STANDARD_SCOPE);
        const statutoryEnd = term
          ? term.dueAt
          : this.terms.endOf('public_discussion', standard.includedAt).dueAt;
        late = now > statutoryEnd;
        if (!late) endsAt = statutoryEnd;
        // A late opening records (and raises) the miss if the watcher has not yet, then meets it late.
        await this.terms.meet(manager, standard.id, 'public_discussion', STANDARD_SCOPE, now);
      }
      working.status = 'discussion';
      working.discussionOpenedAt = now;
      working.discussionEndsAt = endsAt;
      working.discussionLate = late;
      // Art. 9.3: the draft is public while it is discussed.
      working.publishedContent = working.content;
      standard.status = 'discussion';
      await manager.save(working);
      await manager.save(standard);
      await auditStandard(manager, caller, 'discussion.open', standard.id, now, late ? 'late' : undefined);
      await this.outbox.append(manager, {
        type: StandardsEventTypes.discussionOpened,
        subject: standard.id,
        data: {
          standardId: standard.id,
          serviceId: standard.serviceId,
          versionId: working.id,
          openedAt: now.toISOString(),
          endsAt: endsAt.toISOString(),
          ...(late ? { late } : {}),
        },
      });
    });
    return this.get(id);
  }

  /** The public discussion of the version being worked on, or of the last one discussed. */
  async get(id: string): Promise<DiscussionResponseDto> {
    const manager = this.dataSource.manager;
    const version = await this.discussedVersion(manager, id);
    const window = windowOf(version);
    if (!window) throw discussionError(DiscussionErrorCode.NotOpen);
    const [proposals, notice] = await Promise.all([
      manager.find(Proposal, { where: { versionId: version.id }, order: { submittedAt: 'ASC' } }),
      manager.findOne(DiscussionNotice, { where: { versionId: version.id } }),
    ]);
    const status = effectiveStatus(version, this.clock.now());
    return {
      standardId: id,
      versionId: version.id,
      state: notice ? 'completed' : status === 'discussion' ? 'open' : 'closed',
      window,
      draft: version.publishedContent ?? {},
      proposals: proposals.map(toProposalResponse),
      notice: notice ? toNoticeResponse(notice, version) : null,
    };
  }

  async proposals(id: string, query: PageQueryDto): Promise<Page<ProposalResponseDto>> {
    const version = await this.discussedVersion(this.dataSource.manager, id);
    const [items, total] = await this.dataSource.manager.findAndCount(Proposal, {
      where: { versionId: version.id },
      order: { submittedAt: 'ASC' },
      ...pageRows(query),
    });
    return pageOf(query, items.map(toProposalResponse), total);
  }

  /**
   * Art. 9.1, 9.4, 9.5: proposals from identified individuals (IIN) and legal entities (BIN) only, and only
   * while the window is open; the refusal says why and gives the window. The standard row is held shared
   * while the proposal is written, and the notice takes it exclusively: no proposal lands after the notice
   * listed them.
   */
  async submit(
    id: string,
    caller: CallerIdentity | undefined,
    dto: SubmitProposalDto,
  ): Promise<ProposalResponseDto> {
    const now = this.clock.now();
    const author = caller?.bin
      ? { kind: 'legal_entity' as const, identifier: caller.bin }
      : caller?.iin
        ? { kind: 'individual' as const, identifier: caller.iin }
        : undefined;
    if (!caller || !author) {
      const { standard } = await this.standards.standardWithService(id);
      const version = await this.workingVersion(this.dataSource.manager, standard);
      const window = version ? windowOf(version) : undefined;
      throw caller ? proposalAuthorUnidentified(window) : anonymousProposal(window);
    }
    return inTransaction(this.dataSource, async (manager) => {
      const standard = await manager.findOne(Standard, {
        where: { id },
        lock: { mode: 'pessimistic_read' },
      });
      if (!standard) throw standardsError(StandardsErrorCode.NotFound);
      const version = await this.workingVersion(manager, standard);
      const window = version ? windowOf(version) : undefined;
      // The window decides, whether or not the watcher has moved the version to revision yet.
      if (version?.discussionEndsAt && window && now > version.discussionEndsAt) {
        throw windowClosed(window);
      }
      if (!version || !window || version.status !== 'discussion' || version.noticePublishedAt) {
        throw discussionNotOpen(window);
      }
      const proposal = manager.create(Proposal, {
        id: randomUUID(),
        standardId: id,
        versionId: version.id,
        authorKind: author.kind,
        authorIdentifier: author.identifier,
        authorSubject: caller.subject,
        item: dto.item ?? null,
        clause: dto.clause ?? null,
        text: dto.text,
        submittedAt: now,
        outcome: null,
        outcomeReason: null,
        summary: null,
        decidedAt: null,
      });
      await manager.insert(Proposal, proposal);
      await auditStandard(manager, caller, 'proposal.submit', id, now, proposal.id);
      return toProposalResponse(proposal);
    });
  }

  /**
   * Art. 9.4: the developer records how every proposal was taken into account, with the short summary the
   * notice lists, in both languages.
   */
  async recordOutcome(
    id: string,
    proposalId: string,
    caller: CallerIdentity,
    dto: RecordOutcomeDto,
  ): Promise<ProposalResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { working, developer } = await this.standards.lockTowardForce(manager, id);
      assertOwnerOfficer(caller, developer);
      const proposal = await manager.findOne(Proposal, { where: { id: proposalId, standardId: id } });
      if (!proposal) throw discussionError(DiscussionErrorCode.ProposalNotFound);
      if (!working || working.id !== proposal.versionId || working.noticePublishedAt) {
        throw discussionError(DiscussionErrorCode.NoticeAlreadyPublished);
      }
      proposal.outcome = dto.outcome;
      proposal.outcomeReason = { kk: dto.reason.kk, ru: dto.reason.ru };
      proposal.summary = { kk: dto.summary.kk, ru: dto.summary.ru };
      proposal.decidedAt = this.clock.now();
      await manager.save(proposal);
      await auditStandard(
        manager,
        caller,
        'proposal.outcome',
        id,
        proposal.decidedAt,
        `${proposal.id}: ${dto.outcome}`,
      );
      return toProposalResponse(proposal);
    });
  }

  /**
   * Art. 9.4: after the window, with an outcome and a short summary for every proposal, the notice is
   * published; the revised draft becomes public the same moment and the notice goes to the interested
   * bodies for agreement.
   */
  async publishNotice(id: string, caller: CallerIdentity, dto: PublishNoticeDto): Promise<NoticeResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { standard, service, working, developer } = await this.standards.lockTowardForce(manager, id);
      assertOwnerOfficer(caller, developer);
      if (!working || !working.discussionEndsAt) throw discussionError(DiscussionErrorCode.NotOpen);
      if (working.noticePublishedAt) throw discussionError(DiscussionErrorCode.NoticeAlreadyPublished);
      const now = this.clock.now();
      if (effectiveStatus(working, now) === 'discussion') {
        throw discussionStillOpen(windowOf(working));
      }
      const proposals = await manager.find(Proposal, {
        where: { versionId: working.id },
        order: { submittedAt: 'ASC' },
      });
      const undecided = proposals.filter((p) => p.outcome === null || p.outcomeReason === null);
      if (undecided.length > 0) throw outcomesMissing(undecided.map((p) => p.id));
      const unsummarised = proposals.filter((p) => p.summary === null);
      if (unsummarised.length > 0) throw summariesMissing(unsummarised.map((p) => p.id));
      assertDraftReady(working.content, await registryFactsOf(manager, service));
      const approvers = await this.agreement.requiredApprovers(manager, service);
      const entries = proposals.flatMap((p) => noticeEntryOf(p) ?? []);
      const notice = manager.create(DiscussionNotice, {
        id: randomUUID(),
        standardId: standard.id,
        versionId: working.id,
        publishedAt: now,
        revisedDraftUrl: dto.revisedDraftUrl,
        note: dto.note ? { kk: dto.note.kk, ru: dto.note.ru } : null,
        entries,
        sentTo: approvers.map((a) => ({ kind: a.kind, organizationId: a.organizationId })),
      });
      await manager.insert(DiscussionNotice, notice);
      working.noticePublishedAt = now;
      working.publishedContent = working.content;
      await this.agreement.start(manager, standard, working, approvers);
      await auditStandard(
        manager,
        caller,
        'notice.publish',
        standard.id,
        now,
        `${entries.length} proposal(s)`,
      );
      await this.outbox.append(manager, {
        type: StandardsEventTypes.discussionCompleted,
        subject: standard.id,
        data: {
          standardId: standard.id,
          serviceId: standard.serviceId,
          versionId: working.id,
          noticeId: notice.id,
          publishedAt: now.toISOString(),
          revisedDraftUrl: notice.revisedDraftUrl,
          proposalCount: entries.length,
          sentTo: notice.sentTo,
        },
      });
      return toNoticeResponse(notice, working);
    });
  }

  async notice(id: string): Promise<NoticeResponseDto> {
    const version = await this.discussedVersion(this.dataSource.manager, id);
    const notice = await this.dataSource.manager.findOne(DiscussionNotice, {
      where: { versionId: version.id },
    });
    if (!notice) throw discussionError(DiscussionErrorCode.NoticeNotFound);
    return toNoticeResponse(notice, version);
  }

  private workingVersion(manager: EntityManager, standard: Standard): Promise<StandardVersion | null> {
    return standard.workingVersionId
      ? manager.findOne(StandardVersion, { where: { id: standard.workingVersionId } })
      : Promise.resolve(null);
  }

  private async discussedVersion(manager: EntityManager, id: string): Promise<StandardVersion> {
    const { standard } = await this.standards.standardWithService(id);
    const working = await this.workingVersion(manager, standard);
    if (working?.discussionOpenedAt) return working;
    const last = await manager
      .createQueryBuilder(StandardVersion, 'v')
      .where('v.standard_id = :id AND v.discussion_opened_at IS NOT NULL', { id })
      .orderBy('v.number', 'DESC')
      .getOne();
    if (!last) throw discussionError(DiscussionErrorCode.NotOpen);
    return last;
  }
}
