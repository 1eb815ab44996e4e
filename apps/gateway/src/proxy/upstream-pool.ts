import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HealthRegistry } from '@kzps/platform';
import { GatewayConfig } from '../config';
import { UpstreamClient } from './upstream-client';
import { upstreamsFrom } from './upstreams';

/** One keep-alive client per upstream service; readiness covers each of them. */
@Injectable()
export class UpstreamPool implements OnModuleInit, OnModuleDestroy {
  readonly clients: UpstreamClient[];

  constructor(
    @Inject(GatewayConfig) config: GatewayConfig,
    @Inject(HealthRegistry) private readonly health: HealthRegistry,
  ) {
    this.clients = upstreamsFrom(config).map(
      (upstream) => new UpstreamClient(upstream, config.UPSTREAM_MAX_SOCKETS),
    );
  }

  onModuleInit(): void {
    for (const client of this.clients) {
      this.health.register(`upstream:${client.upstream.name}`, async () => {
        await client.getJson('/health/ready', 1_500);
      });
    }
  }

  onModuleDestroy(): void {
    for (const client of this.clients) client.close();
  }
}
