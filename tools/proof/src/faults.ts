import { apps, type App, type EmbeddedSystem } from './system';
import type { FaultWindow } from './verdicts';

export interface FaultPlan {
  /** Quiet time before the first fault and between two (after the previous one recovered). */
  gapMs: number;
  /** How long the broker stays down. */
  brokerDownMs: number;
  /** How long a fault may take to recover before it counts as not recovered. */
  recoveryTimeoutMs: number;
}

export interface FaultOutcome extends FaultWindow {
  recovered: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 250 ms until it holds or `timeoutMs` passes; says which. */
async function until(probe: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await sleep(250);
  }
  return false;
}

async function allReady(system: EmbeddedSystem): Promise<boolean> {
  const ready = await Promise.all(apps.map((app) => system.isReady(app)));
  return ready.every(Boolean);
}

/**
 * One round of faults, in turn: SIGKILL each app (the supervisor of `npm start` must bring it back), stop the
 * broker for `brokerDownMs` and start it again, restart PostgreSQL. Each fault's window runs from its injection
 * until every app answers ready again; the next waits for that and a quiet gap.
 */
export async function injectRound(
  system: EmbeddedSystem,
  plan: FaultPlan,
  say: (message: string) => void,
  stopped: () => boolean,
): Promise<FaultOutcome[]> {
  const outcomes: FaultOutcome[] = [];
  const run = async (
    fault: string,
    affects: readonly string[] | undefined,
    inject: () => Promise<void>,
  ): Promise<void> => {
    if (stopped()) return;
    await sleep(plan.gapMs);
    const from = Date.now();
    say(`fault: ${fault}`);
    await inject();
    const recovered = await until(() => allReady(system), plan.recoveryTimeoutMs);
    const to = Date.now();
    say(
      `fault: ${fault} ${recovered ? `recovered in ${((to - from) / 1000).toFixed(1)} s` : 'NOT recovered'}`,
    );
    outcomes.push({ fault, from, to, recovered, ...(affects ? { affects } : {}) });
  };
  for (const app of apps) {
    await run(
      `SIGKILL ${app}`,
      app === 'gateway' ? undefined : [`/api/v1/${app.replace(/-svc$/, '')}`],
      async () => {
        const pid = system.pidOf(app);
        if (pid === undefined) throw new Error(`no running ${app} to kill`);
        process.kill(pid, 'SIGKILL');
        await until(() => relaunched(system, app, pid), plan.recoveryTimeoutMs);
      },
    );
  }
  await run(`broker down ${plan.brokerDownMs / 1000} s`, [], async () => {
    await system.stopBroker();
    await sleep(plan.brokerDownMs);
    await system.startBroker();
  });
  await run('PostgreSQL restart', undefined, () => system.restartPostgres());
  return outcomes;
}

function relaunched(system: EmbeddedSystem, app: App, killed: number): boolean {
  const pid = system.pidOf(app);
  return pid !== undefined && pid !== killed;
}
