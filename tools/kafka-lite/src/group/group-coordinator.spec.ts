import { ErrorCode } from '../protocol/error-code';
import { OffsetStore } from '../storage/offset-store';
import type { BrokerLogger } from '../logger';
import { GroupCoordinator, type JoinRequest } from './group-coordinator';

const quiet: BrokerLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

function joinRequest(memberId = '', overrides: Partial<JoinRequest> = {}): JoinRequest {
  return {
    groupId: 'group',
    memberId,
    groupInstanceId: null,
    clientId: 'client',
    clientHost: '127.0.0.1',
    sessionTimeoutMs: 10_000,
    rebalanceTimeoutMs: 5_000,
    protocolType: 'consumer',
    protocols: [{ name: 'RoundRobinAssigner', metadata: Buffer.from('m') }],
    ...overrides,
  };
}

describe('GroupCoordinator', () => {
  let coordinator: GroupCoordinator;

  beforeEach(() => {
    jest.useFakeTimers();
    coordinator = new GroupCoordinator(new OffsetStore(undefined, quiet), quiet);
  });

  afterEach(() => {
    coordinator.close();
    jest.useRealTimers();
  });

  async function stableSoloMember(): Promise<{ memberId: string; generationId: number }> {
    const joined = await coordinator.join(joinRequest());
    const synced = await coordinator.sync('group', joined.generationId, joined.memberId, [
      { memberId: joined.memberId, assignment: Buffer.from('all') },
    ]);
    expect(synced).toEqual({ error: ErrorCode.None, assignment: Buffer.from('all') });
    return joined;
  }

  it('completes a rebalance as soon as every known member has rejoined', async () => {
    const first = await stableSoloMember();
    const secondJoin = coordinator.join(joinRequest());
    expect(coordinator.heartbeat('group', first.generationId, first.memberId)).toBe(
      ErrorCode.RebalanceInProgress,
    );
    const firstRejoin = await coordinator.join(joinRequest(first.memberId));
    const second = await secondJoin;

    expect(firstRejoin.generationId).toBe(first.generationId + 1);
    expect(firstRejoin.leaderId).toBe(first.memberId);
    expect(firstRejoin.members.map((m) => m.memberId).sort()).toEqual(
      [first.memberId, second.memberId].sort(),
    );
    expect(second.members).toEqual([]);
  });

  it('drops a member that does not rejoin within the rebalance timeout', async () => {
    const first = await stableSoloMember();
    const secondJoin = coordinator.join(joinRequest());
    jest.advanceTimersByTime(5_000);
    const second = await secondJoin;
    expect(second.leaderId).toBe(second.memberId);
    expect(coordinator.heartbeat('group', second.generationId, first.memberId)).toBe(
      ErrorCode.UnknownMemberId,
    );
  });

  it('expires a member that stops heartbeating and rebalances the rest', async () => {
    const first = await stableSoloMember();
    jest.advanceTimersByTime(9_000);
    expect(coordinator.heartbeat('group', first.generationId, first.memberId)).toBe(ErrorCode.None);
    jest.advanceTimersByTime(10_001);
    expect(coordinator.heartbeat('group', first.generationId, first.memberId)).toBe(
      ErrorCode.UnknownMemberId,
    );
    expect(coordinator.describe('group').state).toBe('Empty');
  });

  it('makes followers wait in SyncGroup for the leader and fences old generations', async () => {
    const first = await stableSoloMember();
    const secondJoin = coordinator.join(joinRequest());
    const leader = await coordinator.join(joinRequest(first.memberId));
    const follower = await secondJoin;
    const followerSync = coordinator.sync('group', follower.generationId, follower.memberId, []);
    await coordinator.sync('group', leader.generationId, leader.memberId, [
      { memberId: leader.memberId, assignment: Buffer.from('p0') },
      { memberId: follower.memberId, assignment: Buffer.from('p1') },
    ]);
    await expect(followerSync).resolves.toEqual({ error: ErrorCode.None, assignment: Buffer.from('p1') });
    expect(coordinator.heartbeat('group', first.generationId, first.memberId)).toBe(
      ErrorCode.IllegalGeneration,
    );
    expect(coordinator.commitOffsets('group', first.generationId, first.memberId, [])).toBe(
      ErrorCode.IllegalGeneration,
    );
  });

  it('refuses a member whose protocols share nothing with the group', async () => {
    await stableSoloMember();
    const result = await coordinator.join(
      joinRequest('', { protocols: [{ name: 'Other', metadata: Buffer.alloc(0) }] }),
    );
    expect(result.error).toBe(ErrorCode.InconsistentGroupProtocol);
  });
});
