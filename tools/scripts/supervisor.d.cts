import type { ChildProcess } from 'node:child_process';

export interface SupervisorOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  say: (message: string) => void;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  backoff?: { initialMs?: number; maxMs?: number; stableAfterMs?: number };
  stopTimeoutMs?: number;
}

export declare class Supervisor {
  constructor(options: SupervisorOptions);
  start(
    name: string,
    args: string[],
    extraEnv?: NodeJS.ProcessEnv,
    onStart?: (child: ChildProcess) => void,
  ): ChildProcess;
  pid(name: string): number | undefined;
  stop(groups: string[][]): Promise<void>;
  killAll(): void;
}
