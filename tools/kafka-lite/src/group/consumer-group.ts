import type { ErrorCode } from '../protocol/error-code';

/** The states of Kafka's group coordinator, with its names (DescribeGroups reports them). */
export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable';

export interface GroupProtocol {
  name: string;
  metadata: Buffer;
}

export interface JoinResult {
  error: ErrorCode;
  generationId: number;
  protocolName: string | null;
  leaderId: string;
  memberId: string;
  /** Filled for the leader only: it computes the assignment for everybody. */
  members: { memberId: string; groupInstanceId: string | null; metadata: Buffer }[];
}

export interface SyncResult {
  error: ErrorCode;
  assignment: Buffer;
}

/** What a member tells about itself in JoinGroup. */
export interface MemberSettings {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocols: GroupProtocol[];
}

export interface GroupMember extends MemberSettings {
  assignment: Buffer;
  /** Set while the member's JoinGroup waits for the rebalance to complete. */
  awaitingJoin?: (result: JoinResult) => void;
  /** Set while the member's SyncGroup waits for the leader's assignment. */
  awaitingSync?: (result: SyncResult) => void;
  sessionTimer?: NodeJS.Timeout;
}

export class ConsumerGroup {
  state: GroupState = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  readonly members = new Map<string, GroupMember>();
  rebalanceTimer?: NodeJS.Timeout;

  constructor(readonly groupId: string) {}

  /** Whether every protocol list of the members (plus a joining one) shares at least one name. */
  acceptsProtocols(protocolType: string, protocols: readonly GroupProtocol[], joiningId: string): boolean {
    if (this.protocolType !== null && this.members.size > 0 && this.protocolType !== protocolType)
      return false;
    const others = [...this.members.values()].filter((member) => member.memberId !== joiningId);
    return protocols.some(({ name }) =>
      others.every((member) => member.protocols.some((protocol) => protocol.name === name)),
    );
  }

  /** Kafka's choice: every member votes for the first protocol of its list that all members support. */
  chooseProtocol(): string | null {
    const members = [...this.members.values()];
    const common = (members[0]?.protocols ?? [])
      .map(({ name }) => name)
      .filter((name) =>
        members.every((member) => member.protocols.some((protocol) => protocol.name === name)),
      );
    const votes = new Map<string, number>();
    for (const member of members) {
      const vote = member.protocols.find(({ name }) => common.includes(name))?.name;
      if (vote !== undefined) votes.set(vote, (votes.get(vote) ?? 0) + 1);
    }
    let chosen: string | null = null;
    for (const name of common)
      if (chosen === null || (votes.get(name) ?? 0) > (votes.get(chosen) ?? 0)) chosen = name;
    return chosen;
  }
}
