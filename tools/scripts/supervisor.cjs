// Keeps the embedded run's processes up, as Kubernetes would on one host: a process that exits while the run
// is not stopping is started again after a back-off that doubles with each crash in a row (1 s, 2 s, 4 s ...
// up to 30 s; a process that then stays up for a minute starts again from 1 s), and each restart is logged
// with the exit code or signal. stop() ends them in the order given, each group together.
'use strict';
const { spawn } = require('node:child_process');
const { createInterface } = require('node:readline');

const defaultBackoff = { initialMs: 1_000, maxMs: 30_000, stableAfterMs: 60_000 };

class Supervisor {
  /**
   * @param {object} options
   * @param {string} options.cwd
   * @param {NodeJS.ProcessEnv} options.env
   * @param {(message: string) => void} options.say
   * @param {NodeJS.WritableStream} [options.stdout]
   * @param {NodeJS.WritableStream} [options.stderr]
   * @param {Partial<typeof defaultBackoff>} [options.backoff]
   * @param {number} [options.stopTimeoutMs]
   */
  constructor(options) {
    this.options = options;
    this.backoff = { ...defaultBackoff, ...options.backoff };
    this.stopTimeoutMs = options.stopTimeoutMs ?? 15_000;
    this.processes = new Map();
    this.stopping = false;
  }

  /** Starts a process under supervision; `onStart` sees each of its incarnations (to read its output). */
  start(name, args, extraEnv = {}, onStart = () => undefined) {
    const entry = {
      name,
      args,
      extraEnv,
      onStart,
      child: undefined,
      crashes: 0,
      startedAt: 0,
      timer: undefined,
    };
    this.processes.set(name, entry);
    this.spawn(entry);
    return entry.child;
  }

  /** The process's current pid (it changes when it is restarted). */
  pid(name) {
    return this.processes.get(name)?.child?.pid;
  }

  spawn(entry) {
    const { cwd, env, stdout = process.stdout, stderr = process.stderr } = this.options;
    // Own process group: a terminal's Ctrl-C reaches only the supervising script, which stops them in order.
    const child = spawn(process.execPath, entry.args, {
      cwd,
      env: { ...env, ...entry.extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const prefix = `[${entry.name}]`.padEnd(20);
    createInterface({ input: child.stdout }).on('line', (line) => stdout.write(`${prefix} ${line}\n`));
    createInterface({ input: child.stderr }).on('line', (line) => stderr.write(`${prefix} ${line}\n`));
    entry.child = child;
    entry.startedAt = Date.now();
    child.once('exit', (code, signal) => this.exited(entry, code, signal));
    entry.onStart(child);
  }

  exited(entry, code, signal) {
    if (this.stopping) return;
    if (Date.now() - entry.startedAt >= this.backoff.stableAfterMs) entry.crashes = 0;
    const delayMs = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** entry.crashes);
    entry.crashes += 1;
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    this.options.say(
      `${entry.name} exited (${how}); restarting in ${delayMs / 1000} s (crash ${entry.crashes} in a row)`,
    );
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (!this.stopping) this.spawn(entry);
    }, delayMs);
  }

  /** Stops every process: the groups in order, the processes of a group together; SIGKILL after a timeout. */
  async stop(groups) {
    this.stopping = true;
    for (const entry of this.processes.values()) clearTimeout(entry.timer);
    const listed = new Set(groups.flat());
    const rest = [...this.processes.keys()].filter((name) => !listed.has(name));
    for (const group of [...groups, rest]) {
      await Promise.all(group.map((name) => this.stopOne(this.processes.get(name))));
    }
  }

  async stopOne(entry) {
    const child = entry?.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      this.options.say(`${entry.name} did not stop in time; killing it`);
      child.kill('SIGKILL');
    }, this.stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  }

  /** Last resort when the supervising script dies some other way: no child outlives it. */
  killAll() {
    for (const { child } of this.processes.values()) {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }
}

module.exports = { Supervisor };
