import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { eventually, freePort } from '@kzps/testing';
import { Supervisor } from './supervisor.cjs';

/** An app that crashes with exit code 3 on its first start and serves /ready from its second on. */
const flakyApp = `
const { existsSync, writeFileSync } = require('node:fs');
const marker = process.env.MARKER;
if (!existsSync(marker)) { writeFileSync(marker, 'crashed once'); process.exit(3); }
require('node:http').createServer((_req, res) => res.end('ready')).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`;

describe('supervision of the embedded run (npm start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzps-supervisor-'));
  const said: string[] = [];
  let supervisor: Supervisor;
  let port: number;

  beforeAll(async () => {
    writeFileSync(join(dir, 'app.js'), flakyApp);
    port = await freePort();
    const quiet = new PassThrough().resume();
    supervisor = new Supervisor({
      cwd: dir,
      env: { ...process.env, PORT: String(port), MARKER: join(dir, 'marker') },
      say: (message) => said.push(message),
      stdout: quiet,
      stderr: quiet,
      backoff: { initialMs: 50, maxMs: 400 },
    });
  });

  afterAll(() => {
    supervisor.killAll();
    rmSync(dir, { recursive: true, force: true });
  });

  const ready = () =>
    eventually(async () => (await fetch(`http://127.0.0.1:${port}/`)).ok, 'the app answering', {
      timeoutMs: 10_000,
    });

  it('restarts an app that crashed, logging its exit code, until it comes up ready', async () => {
    supervisor.start('flaky', [join(dir, 'app.js')]);
    await ready();
    expect(said).toContain('flaky exited (exit code 3); restarting in 0.05 s (crash 1 in a row)');
  });

  it('restarts an app that was killed, with a longer back-off for a second crash in a row', async () => {
    const killed = supervisor.pid('flaky');
    process.kill(killed ?? 0, 'SIGKILL');
    await eventually(() => supervisor.pid('flaky') !== killed, 'a new process');
    await ready();
    expect(said).toContain('flaky exited (signal SIGKILL); restarting in 0.1 s (crash 2 in a row)');
  });

  it('stops the app on stop() and starts nothing again', async () => {
    const last = supervisor.pid('flaky');
    await supervisor.stop([['flaky']]);
    expect(supervisor.pid('flaky')).toBe(last);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    expect(said.filter((message) => message.includes('restarting'))).toHaveLength(2);
  });
});
