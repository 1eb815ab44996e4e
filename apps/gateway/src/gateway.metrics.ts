import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { ServiceMetrics } from '@kzps/platform';
import type { UpstreamFailureKind } from './proxy/upstream-client';

/** Gateway counters, in the app's one Prometheus registry (per-route latency comes from the platform). */
@Injectable()
export class GatewayMetrics {
  readonly upstreamErrors: Counter<'upstream' | 'kind'>;
  readonly rateLimited: Counter<'scope'>;
  readonly authFailures: Counter<'code'>;

  constructor(@Inject(ServiceMetrics) metrics: ServiceMetrics) {
    this.upstreamErrors = new Counter({
      name: 'gateway_upstream_errors_total',
      help: 'Upstream calls that gave no response, by upstream and kind',
      labelNames: ['upstream', 'kind'],
      registers: [metrics.registry],
    });
    this.rateLimited = new Counter({
      name: 'gateway_rate_limited_total',
      help: 'Requests refused with 429, by limit',
      labelNames: ['scope'],
      registers: [metrics.registry],
    });
    this.authFailures = new Counter({
      name: 'gateway_auth_failures_total',
      help: 'Requests refused at the gateway for their token, by problem code',
      labelNames: ['code'],
      registers: [metrics.registry],
    });
  }

  upstreamError(upstream: string, kind: UpstreamFailureKind): void {
    this.upstreamErrors.inc({ upstream, kind });
  }
}
