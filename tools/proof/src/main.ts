// npm run proof [-- --profile short|long] [--no-build] [--keep]
// Starts the embedded system in a temporary directory, drives a mixed workload through the gateway at a fixed
// rate while it kills each app, stops the broker and restarts PostgreSQL, then checks the invariants, prints
// one table and exits 0 only when every one holds (tools/proof/README.md).
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eventually } from '@kzps/testing';
import { baseline, deadLetters, eventLedger, judgeLifecycle, judgeWrites } from './checks';
import { GatewayClient } from './client';
import { injectRound, type FaultOutcome } from './faults';
import { profiles, type ProfileName } from './profiles';
import { EmbeddedSystem, root } from './system';
import { judgeAnswers, renderTable, type InvariantRow } from './verdicts';
import { Workload } from './workload';

/** The rule Jest's run checks its service logs by (tools/scripts/service-log-check.cjs): one rule, one place. */
const { serviceLogLeaks } = createRequire(__filename)(join(root, 'tools/scripts/service-log-check.cjs')) as {
  serviceLogLeaks(directory: string): {
    lines: number;
    leaks: Array<{ file: string; line: number; why: string[] }>;
  };
};

const say = (message: string): void => void process.stdout.write(`[proof] ${message}\n`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'short' },
      'no-build': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const name = values.profile as ProfileName;
  const profile = profiles[name];
  if (!profile) {
    process.stderr.write(`unknown profile ${values.profile}: short or long\n`);
    return 2;
  }
  const runStarted = Date.now();
  const hardStop = runStarted + profile.maxRunMs;
  const dir = mkdtempSync(join(tmpdir(), 'kzps-proof-'));
  // PostgreSQL runs as its own system user when this runs as root: it must reach its data directory.
  chmodSync(dir, 0o755);
  const system = new EmbeddedSystem(join(dir, 'data'), join(dir, 'logs'), !values['no-build']);
  say(`profile ${name}: ${profile.describe}; run directory ${dir}`);
  // Ctrl-C ends the run at once: everything it started is stopped, the run directory kept for a look.
  let stopping = false;
  const interrupt = (): void => {
    if (stopping) return;
    stopping = true;
    say(`interrupted: stopping; run directory kept: ${dir}`);
    void system.down().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await system.up(say);
    const client = new GatewayClient(system.url('gateway'));
    const workload = new Workload(client, system.dataDir, profile.maxInFlight);
    say('waiting for the demo data');
    await workload.prepare();
    const before = await baseline(system);
    const workloadStarted = Date.now();
    say(`workload: ${profile.rate} operations a second`);
    const faults: FaultOutcome[] = [];
    // One round at least; the long profile repeats them while its fault period lasts.
    const faultsDone = (async () => {
      do {
        faults.push(
          ...(await injectRound(system, profile.faults, say, () => stopping || Date.now() > hardStop)),
        );
      } while (
        profile.repeat &&
        !stopping &&
        Date.now() - workloadStarted < profile.faultsForMs &&
        Date.now() < hardStop
      );
    })();
    let faultsOver = false;
    void faultsDone.finally(() => (faultsOver = true));
    await workload.run(
      profile.rate,
      () =>
        stopping ||
        Date.now() > hardStop ||
        (faultsOver && Date.now() - workloadStarted >= profile.minWorkloadMs),
    );
    await faultsDone;
    say(`workload done: ${client.exchanges.length} requests; waiting for the events to settle`);

    // Once the faults are over every event must reach every consumer: wait for the ledger to balance (or time
    // to run out, and then the table shows what is missing).
    let ledger = await eventLedger(system);
    await eventually(
      async () => {
        ledger = await eventLedger(system);
        return ledger.unsent === 0 && ledger.rows.every((row) => row.missing === 0 && row.unexpected === 0);
      },
      'every event applied by every consumer',
      { timeoutMs: profile.settleMs, intervalMs: 2_000 },
    ).catch(() => undefined);
    const parked = await deadLetters(system);
    const rows: InvariantRow[] = [
      await judgeWrites(system, before, workload.record),
      await judgeLifecycle(system, workload.record),
    ];
    const published = ledger.rows.reduce((sum, row) => sum + row.published, 0);
    const broken = ledger.rows.filter((row) => row.missing > 0 || row.unexpected > 0);
    rows.push({
      invariant: 'every event applied exactly once by every consumer',
      counted: `${published} deliveries owed over ${ledger.rows.length} (type, consumer) pairs`,
      holds: broken.length === 0,
      detail: broken.map(
        (row) => `${row.type} at ${row.consumer}: ${row.missing} missing, ${row.unexpected} unexpected`,
      ),
    });
    rows.push({
      invariant: 'outboxes drained',
      counted: `${ledger.unsent} unsent`,
      holds: ledger.unsent === 0,
    });
    const dlq = [...parked].filter(([, count]) => count > 0);
    rows.push({
      invariant: 'dead-letter topics empty',
      counted: `${parked.size} topics, ${dlq.reduce((sum, [, count]) => sum + count, 0)} messages`,
      holds: dlq.length === 0,
      detail: dlq.map(([topic, count]) => `${topic}: ${count}`),
    });
    const answers = judgeAnswers(client.exchanges, faults, profile.graceMs);
    const describe = (exchange: (typeof client.exchanges)[number]): string =>
      `${new Date(exchange.startedAt).toISOString()} ${exchange.operation}: ${exchange.status ?? exchange.error ?? 'no answer'} ${exchange.code ?? exchange.contentType}`;
    const failed = client.exchanges.filter((e) => e.status === undefined || e.status >= 500).length;
    rows.push({
      invariant: 'no 5xx and no unanswered request outside the fault windows',
      counted: `${client.exchanges.length} requests, ${failed} failed, ${answers.outsideWindows.length} outside windows`,
      holds: answers.outsideWindows.length === 0,
      detail: answers.outsideWindows.slice(0, 10).map(describe),
    });
    rows.push({
      invariant: 'inside fault windows only 502/503/504 problem+json',
      counted: `${faults.length} windows, ${answers.badInsideWindows.length} other failures`,
      holds: answers.badInsideWindows.length === 0,
      detail: answers.badInsideWindows.slice(0, 10).map(describe),
    });
    const kills = faults.filter((fault) => fault.fault.startsWith('SIGKILL')).length;
    const unrecovered = faults.filter((fault) => !fault.recovered);
    const restarts = (system.supervisorLines.match(/exited \(signal SIGKILL\); restarting/g) ?? []).length;
    rows.push({
      invariant: 'every fault recovered (apps restarted by the supervisor)',
      counted: `${faults.length} faults, ${kills} SIGKILLs, ${restarts} supervisor restarts, longest ${Math.max(0, ...faults.map((f) => f.to - f.from)) / 1000} s`,
      // Every app killed came back through the supervisor (the harness never starts an app itself).
      holds: unrecovered.length === 0 && faults.length > 0 && restarts === kills,
      detail: unrecovered.map((fault) => fault.fault),
    });
    await system.down();
    const { lines, leaks } = serviceLogLeaks(system.logDir);
    rows.push({
      invariant: 'no IIN and no personal name in any log line',
      counted: `${lines} lines`,
      holds: leaks.length === 0 && lines > 0,
      detail: leaks.slice(0, 10).map((leak) => `${leak.file}:${leak.line}: ${leak.why.join('; ')}`),
    });

    const minutes = ((Date.now() - workloadStarted) / 60_000).toFixed(1);
    process.stdout.write(
      `\nproof, profile ${name}, ${new Date().toISOString()}, workload ${minutes} min\n\n`,
    );
    process.stdout.write(`${renderTable(rows)}\n\n`);
    process.stdout.write('events (published by outboxes / applied by inboxes, per type per consumer):\n');
    for (const row of ledger.rows)
      process.stdout.write(
        `  ${row.type.padEnd(58)} ${row.consumer.padEnd(17)} ${row.applied}/${row.published}\n`,
      );
    const holds = rows.every((row) => row.holds);
    process.stdout.write(`\nproof: ${holds ? 'every invariant holds' : 'VIOLATED'}\n`);
    if (holds && !values.keep) rmSync(dir, { recursive: true, force: true });
    else say(`run directory kept: ${dir} (logs/ has every process's output)`);
    return holds ? 0 : 1;
  } catch (error) {
    process.stderr.write(`[proof] ${error instanceof Error ? error.stack : String(error)}\n`);
    say(`run directory kept: ${dir}`);
    return 1;
  } finally {
    await system.down();
  }
}

main().then(
  (code) => process.exit(code),
  () => process.exit(1),
);
