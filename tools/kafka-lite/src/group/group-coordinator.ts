import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../protocol/error-code';
import type { BrokerLogger } from '../logger';
import type { CommittedOffset, OffsetStore } from '../storage/offset-store';
import {
  ConsumerGroup,
  type GroupMember,
  type MemberSettings,
  type JoinResult,
  type SyncResult,
} from './consumer-group';

export interface JoinRequest extends MemberSettings {
  groupId: string;
  protocolType: string;
}

export interface OffsetToCommit {
  topic: string;
  partition: number;
  committed: CommittedOffset;
}

export interface GroupDescription {
  groupId: string;
  state: string;
  protocolType: string;
  protocolName: string;
  members: { memberId: string; clientId: string; clientHost: string; metadata: Buffer; assignment: Buffer }[];
}

const EMPTY = Buffer.alloc(0);

/**
 * Kafka's group membership protocol for one broker: members join, the coordinator waits until every
 * known member has rejoined (or the rebalance timeout kicks out those who did not), hands the member
 * list to the leader, and relays the leader's assignment through SyncGroup. Members that stop
 * heartbeating for their session timeout are removed and trigger a rebalance.
 */
export class GroupCoordinator {
  private readonly groups = new Map<string, ConsumerGroup>();

  constructor(
    private readonly offsets: OffsetStore,
    private readonly logger: BrokerLogger,
  ) {}

  join(request: JoinRequest): Promise<JoinResult> {
    const group = this.groupFor(request.groupId);
    const failed = (error: ErrorCode): Promise<JoinResult> =>
      Promise.resolve({
        error,
        generationId: -1,
        protocolName: null,
        leaderId: '',
        memberId: request.memberId,
        members: [],
      });
    if (request.sessionTimeoutMs <= 0) return failed(ErrorCode.InvalidSessionTimeout);
    if (!group.acceptsProtocols(request.protocolType, request.protocols, request.memberId)) {
      return failed(ErrorCode.InconsistentGroupProtocol);
    }
    let member: GroupMember | undefined;
    if (request.memberId === '') {
      const { groupId: _groupId, protocolType: _protocolType, ...settings } = request;
      member = { ...settings, memberId: `${request.clientId}-${randomUUID()}`, assignment: EMPTY };
      group.members.set(member.memberId, member);
      this.logger.debug('member joined', { groupId: group.groupId, memberId: member.memberId });
    } else {
      member = group.members.get(request.memberId);
      if (!member) return failed(ErrorCode.UnknownMemberId);
      Object.assign(member, {
        sessionTimeoutMs: request.sessionTimeoutMs,
        rebalanceTimeoutMs: request.rebalanceTimeoutMs,
        protocols: request.protocols,
      });
    }
    group.protocolType = request.protocolType;
    const joining = member;
    // A member waiting for the rebalance is kept alive by the rebalance timeout, not its session.
    clearTimeout(joining.sessionTimer);
    joining.awaitingJoin?.({ ...this.failedJoin(joining), error: ErrorCode.RebalanceInProgress });
    return new Promise<JoinResult>((resolve) => {
      joining.awaitingJoin = resolve;
      if (group.state === 'PreparingRebalance') this.completeJoinIfReady(group);
      else this.prepareRebalance(group, `member ${joining.memberId} joined`);
    });
  }

  sync(
    groupId: string,
    generationId: number,
    memberId: string,
    assignments: { memberId: string; assignment: Buffer }[],
  ): Promise<SyncResult> {
    const failed = (error: ErrorCode): Promise<SyncResult> => Promise.resolve({ error, assignment: EMPTY });
    const group = this.groups.get(groupId);
    const member = group?.members.get(memberId);
    if (!group || !member) return failed(ErrorCode.UnknownMemberId);
    if (generationId !== group.generationId) return failed(ErrorCode.IllegalGeneration);
    switch (group.state) {
      case 'Empty':
        return failed(ErrorCode.UnknownMemberId);
      case 'PreparingRebalance':
        return failed(ErrorCode.RebalanceInProgress);
      case 'Stable':
        this.scheduleSessionExpiry(group, member);
        return Promise.resolve({ error: ErrorCode.None, assignment: member.assignment });
      case 'CompletingRebalance':
        this.scheduleSessionExpiry(group, member);
        return new Promise<SyncResult>((resolve) => {
          member.awaitingSync = resolve;
          if (memberId === group.leaderId) this.completeSync(group, assignments);
        });
    }
  }

  heartbeat(groupId: string, generationId: number, memberId: string): ErrorCode {
    const group = this.groups.get(groupId);
    const member = group?.members.get(memberId);
    if (!group || !member) return ErrorCode.UnknownMemberId;
    if (generationId !== group.generationId) return ErrorCode.IllegalGeneration;
    this.scheduleSessionExpiry(group, member);
    return group.state === 'PreparingRebalance' ? ErrorCode.RebalanceInProgress : ErrorCode.None;
  }

  leave(groupId: string, memberId: string): ErrorCode {
    const group = this.groups.get(groupId);
    const member = group?.members.get(memberId);
    if (!group || !member) return ErrorCode.UnknownMemberId;
    this.removeMember(group, member, 'left the group');
    return ErrorCode.None;
  }

  /** Kafka's rules: a group used only to store offsets commits with generation -1; members must be current. */
  commitOffsets(
    groupId: string,
    generationId: number,
    memberId: string,
    offsets: OffsetToCommit[],
  ): ErrorCode {
    const group = this.groups.get(groupId);
    const error = this.commitError(group, generationId, memberId);
    if (error !== ErrorCode.None) return error;
    const member = group?.members.get(memberId);
    if (group && member) this.scheduleSessionExpiry(group, member);
    for (const { topic, partition, committed } of offsets)
      this.offsets.commit(groupId, topic, partition, committed);
    return ErrorCode.None;
  }

  committedOffset(groupId: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.offsets.get(groupId, topic, partition);
  }

  committedOffsets(groupId: string): { topic: string; partition: number; committed: CommittedOffset }[] {
    return this.offsets.forGroup(groupId);
  }

  deleteTopicOffsets(topic: string): void {
    this.offsets.deleteTopic(topic);
  }

  describe(groupId: string): GroupDescription {
    const group = this.groups.get(groupId);
    if (!group) return { groupId, state: 'Dead', protocolType: '', protocolName: '', members: [] };
    return {
      groupId,
      state: group.state,
      protocolType: group.protocolType ?? '',
      protocolName: group.state === 'Stable' ? (group.protocolName ?? '') : '',
      members: [...group.members.values()].map((member) => ({
        memberId: member.memberId,
        clientId: member.clientId,
        clientHost: member.clientHost,
        metadata: member.protocols.find(({ name }) => name === group.protocolName)?.metadata ?? EMPTY,
        assignment: member.assignment,
      })),
    };
  }

  list(): { groupId: string; protocolType: string }[] {
    const ids = new Set([...this.groups.keys(), ...this.offsets.groups()]);
    return [...ids].map((groupId) => ({
      groupId,
      protocolType: this.groups.get(groupId)?.protocolType ?? 'consumer',
    }));
  }

  close(): void {
    for (const group of this.groups.values()) {
      clearTimeout(group.rebalanceTimer);
      for (const member of group.members.values()) clearTimeout(member.sessionTimer);
    }
    this.groups.clear();
  }

  private commitError(group: ConsumerGroup | undefined, generationId: number, memberId: string): ErrorCode {
    if (generationId < 0 && memberId === '' && (!group || group.state === 'Empty')) return ErrorCode.None;
    if (!group) return ErrorCode.UnknownMemberId;
    if (group.state === 'CompletingRebalance') return ErrorCode.RebalanceInProgress;
    if (!group.members.has(memberId)) return ErrorCode.UnknownMemberId;
    if (generationId !== group.generationId) return ErrorCode.IllegalGeneration;
    return ErrorCode.None;
  }

  private groupFor(groupId: string): ConsumerGroup {
    let group = this.groups.get(groupId);
    if (!group) {
      group = new ConsumerGroup(groupId);
      this.groups.set(groupId, group);
    }
    return group;
  }

  private prepareRebalance(group: ConsumerGroup, reason: string): void {
    if (group.state === 'CompletingRebalance') {
      // The assignment being waited for belongs to a generation that is now over.
      for (const member of group.members.values()) this.resolveSync(member, ErrorCode.RebalanceInProgress);
    }
    group.state = 'PreparingRebalance';
    this.logger.debug('rebalance started', { groupId: group.groupId, reason });
    const timeout = Math.max(0, ...[...group.members.values()].map((member) => member.rebalanceTimeoutMs));
    clearTimeout(group.rebalanceTimer);
    group.rebalanceTimer = setTimeout(() => this.completeJoin(group), timeout);
    group.rebalanceTimer.unref();
    this.completeJoinIfReady(group);
  }

  /** No need to wait out the rebalance timeout once every known member has rejoined. */
  private completeJoinIfReady(group: ConsumerGroup): void {
    if ([...group.members.values()].every((member) => member.awaitingJoin)) this.completeJoin(group);
  }

  private completeJoin(group: ConsumerGroup): void {
    if (group.state !== 'PreparingRebalance') return;
    clearTimeout(group.rebalanceTimer);
    for (const member of [...group.members.values()]) {
      if (!member.awaitingJoin) {
        clearTimeout(member.sessionTimer);
        group.members.delete(member.memberId);
        this.logger.info('member removed: did not rejoin within the rebalance timeout', {
          groupId: group.groupId,
          memberId: member.memberId,
        });
      }
    }
    group.generationId += 1;
    if (group.members.size === 0) {
      Object.assign(group, { state: 'Empty', protocolName: null, leaderId: null });
      return;
    }
    group.protocolName = group.chooseProtocol();
    if (group.leaderId === null || !group.members.has(group.leaderId))
      group.leaderId = [...group.members.keys()][0];
    group.state = 'CompletingRebalance';
    this.logger.info('rebalance completed', {
      groupId: group.groupId,
      generationId: group.generationId,
      members: group.members.size,
    });
    const leaderId = group.leaderId;
    const everyone = [...group.members.values()].map((member) => ({
      memberId: member.memberId,
      groupInstanceId: member.groupInstanceId,
      metadata: member.protocols.find(({ name }) => name === group.protocolName)?.metadata ?? EMPTY,
    }));
    for (const member of group.members.values()) {
      const resolve = member.awaitingJoin;
      member.awaitingJoin = undefined;
      this.scheduleSessionExpiry(group, member);
      resolve?.({
        error: ErrorCode.None,
        generationId: group.generationId,
        protocolName: group.protocolName,
        leaderId,
        memberId: member.memberId,
        members: member.memberId === leaderId ? everyone : [],
      });
    }
  }

  private completeSync(group: ConsumerGroup, assignments: { memberId: string; assignment: Buffer }[]): void {
    for (const member of group.members.values()) {
      member.assignment =
        assignments.find((entry) => entry.memberId === member.memberId)?.assignment ?? EMPTY;
    }
    group.state = 'Stable';
    for (const member of group.members.values()) this.resolveSync(member, ErrorCode.None);
  }

  private resolveSync(member: GroupMember, error: ErrorCode): void {
    const resolve = member.awaitingSync;
    member.awaitingSync = undefined;
    resolve?.({ error, assignment: error === ErrorCode.None ? member.assignment : EMPTY });
  }

  private removeMember(group: ConsumerGroup, member: GroupMember, reason: string): void {
    clearTimeout(member.sessionTimer);
    group.members.delete(member.memberId);
    member.awaitingJoin?.({ ...this.failedJoin(member), error: ErrorCode.UnknownMemberId });
    this.resolveSync(member, ErrorCode.UnknownMemberId);
    this.logger.info('member removed', { groupId: group.groupId, memberId: member.memberId, reason });
    switch (group.state) {
      case 'Empty':
        return;
      case 'PreparingRebalance':
        this.completeJoinIfReady(group);
        return;
      case 'CompletingRebalance':
      case 'Stable':
        this.prepareRebalance(group, `member ${member.memberId} ${reason}`);
        return;
    }
  }

  private scheduleSessionExpiry(group: ConsumerGroup, member: GroupMember): void {
    clearTimeout(member.sessionTimer);
    member.sessionTimer = setTimeout(() => {
      if (group.members.get(member.memberId) === member && !member.awaitingJoin) {
        this.removeMember(group, member, 'session timed out');
      }
    }, member.sessionTimeoutMs);
    member.sessionTimer.unref();
  }

  private failedJoin(member: GroupMember): JoinResult {
    return {
      error: ErrorCode.UnknownMemberId,
      generationId: -1,
      protocolName: null,
      leaderId: '',
      memberId: member.memberId,
      members: [],
    };
  }
}
