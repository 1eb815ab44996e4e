import type { FaultPlan } from './faults';

export interface Profile {
  describe: string;
  /** Operations started a second (open-loop: the rate does not slow down when the system does). */
  rate: number;
  /** More in flight than this and the tick is skipped (counted): the load stays bounded. */
  maxInFlight: number;
  faults: FaultPlan;
  /** Rounds of faults are injected until this much of the workload has passed (one round if not `repeat`). */
  faultsForMs: number;
  repeat: boolean;
  /** The workload runs at least this long, and past the last fault's recovery. */
  minWorkloadMs: number;
  /** After a fault recovered, requests that started this much later may still fail (in-flight, stale pools). */
  graceMs: number;
  /** How long the events may take to reach every consumer once the workload stopped. */
  settleMs: number;
  /** Whatever happens, the run ends (and is judged) by then. */
  maxRunMs: number;
}

export type ProfileName = 'short' | 'long';

export const profiles: Record<ProfileName, Profile> = {
  // About a minute of workload with one round of faults, for CI.
  short: {
    describe: 'about a minute, one round of faults, broker down 5 s',
    rate: 4,
    maxInFlight: 16,
    faults: { gapMs: 2_000, brokerDownMs: 5_000, recoveryTimeoutMs: 120_000 },
    faultsForMs: 0,
    repeat: false,
    minWorkloadMs: 60_000,
    graceMs: 5_000,
    settleMs: 120_000,
    maxRunMs: 15 * 60_000,
  },
  long: {
    describe: '30 minutes, rounds of faults throughout, broker down 30 s',
    rate: 4,
    maxInFlight: 32,
    faults: { gapMs: 20_000, brokerDownMs: 30_000, recoveryTimeoutMs: 180_000 },
    faultsForMs: 28 * 60_000,
    repeat: true,
    minWorkloadMs: 30 * 60_000,
    graceMs: 5_000,
    settleMs: 300_000,
    maxRunMs: 45 * 60_000,
  },
};
