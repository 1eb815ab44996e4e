import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';

export type OutageProbe = () => Promise<unknown>;

const PROBE_INTERVAL_MS = 1_000;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

interface Outage {
  started: number;
  timer: NodeJS.Timeout;
  probing: boolean;
}

/**
 * While a dependency (the database) is unreachable every request fails the same way: one line when the
 * outage starts and one when it ends tell the operator more than a stack trace per request. The probe the
 * dependency registered runs once a second during the outage to notice its end.
 */
@Injectable()
export class DependencyOutages implements OnModuleDestroy {
  private readonly logger = new Logger('Outages');
  private readonly probes = new Map<string, OutageProbe>();
  private readonly outages = new Map<string, Outage>();

  registerProbe(dependency: string, probe: OutageProbe): void {
    this.probes.set(dependency, probe);
  }

  isDown(dependency: string): boolean {
    return this.outages.has(dependency);
  }

  /** Logs the outage the first time only; later failures during it are the same news. */
  reportDown(dependency: string, error: unknown): void {
    if (this.outages.has(dependency)) return;
    const timer = setInterval(() => void this.probe(dependency), PROBE_INTERVAL_MS);
    timer.unref();
    this.outages.set(dependency, { started: performance.now(), timer, probing: false });
    this.logger.error(
      { dependency, code: codeOf(error), err: error },
      `${dependency} unreachable: answering 503 until it is back`,
    );
  }

  onModuleDestroy(): void {
    for (const outage of this.outages.values()) clearInterval(outage.timer);
    this.outages.clear();
  }

  private async probe(dependency: string): Promise<void> {
    const outage = this.outages.get(dependency);
    const probe = this.probes.get(dependency);
    if (!outage || !probe || outage.probing) return;
    outage.probing = true;
    try {
      await probe();
    } catch {
      return;
    } finally {
      outage.probing = false;
    }
    clearInterval(outage.timer);
    this.outages.delete(dependency);
    const seconds = Math.round((performance.now() - outage.started) / 100) / 10;
    this.logger.log(
      { dependency, outageSeconds: seconds },
      `${dependency} reachable again after ${seconds} s`,
    );
  }
}
