import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { serviceNames } from '@kzps/contracts';
import { freePort } from '@kzps/testing';

export const root = join(__dirname, '..', '..', '..');
const startTailLines = 80;
/** Build and boot of six apps on a loaded 2-core machine; the supervisor's own lines say who is slow. */
const startTimeoutMs = 420_000;
export const apps = ['gateway', ...serviceNames] as const;
export type App = (typeof apps)[number];

const portVariables: Record<App, string> = {
  gateway: 'GATEWAY_PORT',
  'registry-svc': 'REGISTRY_PORT',
  'standards-svc': 'STANDARDS_PORT',
  'applications-svc': 'APPLICATIONS_PORT',
  'complaints-svc': 'COMPLAINTS_PORT',
  'monitoring-svc': 'MONITORING_PORT',
};

/** A process the harness runs itself, its output appended to the run's log file of that name. */
class Infra {
  child: ChildProcess | undefined;

  constructor(
    private readonly name: string,
    private readonly args: string[],
    private readonly log: WriteStream,
    private readonly readyLine: RegExp,
  ) {}

  async start(timeoutMs: number): Promise<void> {
    const child = spawn(process.execPath, this.args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let seen = '';
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.name} not ready in ${timeoutMs} ms`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer): void => {
        this.log.write(chunk);
        seen = (seen + chunk.toString()).slice(-4096);
        if (this.readyLine.test(seen)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${code}) before it was ready:\n${seen}`));
      });
    });
    await ready;
  }

  /** SIGTERM (the broker fsyncs and closes, PostgreSQL shuts down fast), SIGKILL if it hangs. */
  async stop(timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * The embedded system as `npm start` runs it (tools/scripts/start.mjs supervising the six apps), on free
 * ports with its data under `dataDir`. PostgreSQL and the broker are the same programs `npm start` runs
 * (tools/scripts/postgres.mjs, kafka-lite), started by the harness and handed to start.mjs as external
 * infrastructure (DATABASE_URL, KAFKA_BROKERS): a supervisor restarts what dies at once, and the faults need
 * the broker to stay down for its whole window and PostgreSQL to go through a real shutdown and start.
 */
export class EmbeddedSystem {
  readonly ports = {} as Record<App | 'postgres' | 'kafka', number>;
  private start: ChildProcess | undefined;
  private postgres!: Infra;
  private broker!: Infra;
  private readonly startLog: WriteStream;
  private readonly logs: WriteStream[] = [];
  private supervisorOutput = '';
  /** The last lines `npm start` printed (every app's output, prefixed), shown when the start fails. */
  private startTail: string[] = [];
  private stopped = false;

  constructor(
    readonly dataDir: string,
    readonly logDir: string,
    private readonly build: boolean,
  ) {
    mkdirSync(logDir, { recursive: true });
    this.startLog = this.logFile('apps');
  }

  private logFile(name: string): WriteStream {
    const stream = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
    this.logs.push(stream);
    return stream;
  }

  get databaseServer(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.ports.postgres}`;
  }

  databaseUrl(service: (typeof serviceNames)[number]): string {
    return `${this.databaseServer}/kzps_${service.replace(/-svc$/, '')}`;
  }

  get brokers(): string {
    return `127.0.0.1:${this.ports.kafka}`;
  }

  url(app: App): string {
    return `http://127.0.0.1:${this.ports[app]}`;
  }

  async up(say: (message: string) => void): Promise<void> {
    for (const name of [...apps, 'postgres', 'kafka'] as const) this.ports[name] = await freePort();
    this.postgres = new Infra(
      'postgres',
      [
        join(root, 'tools/scripts/postgres.mjs'),
        '--port',
        String(this.ports.postgres),
        '--data-dir',
        join(this.dataDir, 'postgres'),
      ],
      this.logFile('postgres'),
      /PostgreSQL ready/,
    );
    this.broker = new Infra(
      'kafka-lite',
      [
        join(root, 'tools/kafka-lite/bin/kafka-lite.js'),
        '--host',
        '127.0.0.1',
        '--port',
        String(this.ports.kafka),
        '--data-dir',
        join(this.dataDir, 'kafka'),
      ],
      this.logFile('kafka-lite'),
      /kafka-lite listening on/,
    );
    say('starting PostgreSQL and the broker');
    await Promise.all([this.postgres.start(120_000), this.broker.start(60_000)]);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: this.dataDir,
      DATABASE_URL: `${this.databaseServer}/postgres`,
      KAFKA_BROKERS: this.brokers,
      // The harness is one client sending for several users from one address: the gateway's limits are the
      // subject of its own tests, not of this proof, and a 429 here would only hide what the proof looks for.
      RATE_LIMIT_PER_SUBJECT: '1000000',
      RATE_LIMIT_PER_IP: '1000000',
    };
    delete env.TEST_DATABASE_URL;
    for (const app of apps) env[portVariables[app]] = String(this.ports[app]);
    say(this.build ? 'building and starting the six apps (npm start)' : 'starting the six apps (npm start)');
    const start = spawn(
      process.execPath,
      [join(root, 'tools/scripts/start.mjs'), ...(this.build ? [] : ['--no-build'])],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.start = start;
    const onData = (chunk: Buffer): void => {
      this.startLog.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        if (line.startsWith('[start]')) this.supervisorOutput += `${line}\n`;
        if (line.trim() !== '') this.startTail.push(line);
      }
      this.startTail = this.startTail.slice(-startTailLines);
    };
    start.stdout?.on('data', onData);
    start.stderr?.on('data', onData);
    // Not eventually(): a start that has exited will not become ready, and the wait must end with it.
    const deadline = Date.now() + startTimeoutMs;
    while (!this.supervisorOutput.includes('all services are ready')) {
      const failure =
        start.exitCode !== null || start.signalCode !== null
          ? `npm start exited (${start.signalCode ?? start.exitCode})`
          : Date.now() > deadline
            ? `npm start was not ready in ${startTimeoutMs / 1000} s`
            : undefined;
      // CI keeps only the console: the cause (a build error, a crash at boot) must be in the error itself.
      if (failure)
        throw new Error(`${failure}; its last ${startTailLines} lines:\n${this.startTail.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** The supervisor's own lines (`[start] ...`): crashes and restarts. */
  get supervisorLines(): string {
    return this.supervisorOutput;
  }

  /** The pid of an app's current incarnation, found among start.mjs's children by its entry point. */
  pidOf(app: App): number | undefined {
    const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
    const entry = `dist/apps/${app}/src/main.js`;
    for (const line of table.split('\n')) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (ppid === this.start?.pid && line.includes(entry)) return pid;
    }
    return undefined;
  }

  async isReady(app: App): Promise<boolean> {
    try {
      const response = await fetch(`${this.url(app)}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      return response.ok;
    } catch {
      return false;
    }
  }

  async stopBroker(): Promise<void> {
    await this.broker.stop();
  }

  async startBroker(): Promise<void> {
    await this.broker.start(60_000);
  }

  async restartPostgres(): Promise<void> {
    await this.postgres.stop();
    await this.postgres.start(120_000);
  }

  /** Everything stopped in `npm start`'s order: the apps (Ctrl-C to start.mjs), then broker and database. */
  async down(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const start = this.start;
    if (start && start.exitCode === null && start.signalCode === null) {
      const exited = new Promise<void>((resolve) => start.once('exit', () => resolve()));
      start.kill('SIGINT');
      const timer = setTimeout(() => start.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
    await this.broker?.stop();
    await this.postgres?.stop();
    await Promise.all(this.logs.map((stream) => new Promise((resolve) => stream.end(resolve))));
  }
}
