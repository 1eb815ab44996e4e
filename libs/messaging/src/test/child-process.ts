import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const registerHook = join(__dirname, '../../../../tools/scripts/register-ts.cjs');

export interface RunningChild {
  process: ChildProcess;
  /** Everything the child wrote to stdout and stderr, for failure messages. */
  output(): string;
  /** Resolves when the child printed a line starting with `prefix`. */
  waitForLine(prefix: string, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Runs a TypeScript script of this folder in its own Node process (compiled on the fly by SWC). */
export function runScript(script: string, env: Record<string, string>): RunningChild {
  const child = spawn(process.execPath, ['-r', registerHook, join(__dirname, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const lineWaiters: Array<{ prefix: string; resolve: (line: string) => void }> = [];
  const onData = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
    for (const line of output.split('\n')) {
      for (const waiter of [...lineWaiters]) {
        if (line.startsWith(waiter.prefix)) {
          lineWaiters.splice(lineWaiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    output: () => output,
    exited,
    waitForLine(prefix, timeoutMs = 30_000) {
      const found = output.split('\n').find((line) => line.startsWith(prefix));
      if (found) return Promise.resolve(found);
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${script} printed no "${prefix}" line:\n${output}`)),
          timeoutMs,
        );
        const waiter = {
          prefix,
          resolve: (line: string) => {
            clearTimeout(timer);
            resolve(line);
          },
        };
        lineWaiters.push(waiter);
        void exited.then(() => {
          if (lineWaiters.includes(waiter)) {
            clearTimeout(timer);
            reject(new Error(`${script} exited before printing "${prefix}":\n${output}`));
          }
        });
      });
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
