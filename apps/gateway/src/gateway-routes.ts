import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { LocalSigner, TokenVerifier } from '@kzps/auth';
import { GatewayConfig, listOf } from './config';
import { EdgeGuard } from './edge/edge-guard';
import { registerEdgeHeaders } from './edge/edge-headers';
import { embeddedIssuerRoutes } from './embedded-auth/embedded-issuer.routes';
import { GatewayMetrics } from './gateway.metrics';
import { docsRoutes } from './openapi/docs.routes';
import { OpenApiAggregator } from './openapi/openapi-aggregator.service';
import { proxyRoutes } from './proxy/proxy.routes';
import { UpstreamPool } from './proxy/upstream-pool';

export const EMBEDDED_SIGNER = Symbol('EMBEDDED_SIGNER');

/**
 * The gateway's own routes live on Fastify directly, not in Nest controllers: the proxy must see the raw
 * body stream, which Nest's body parsing would consume. Registered during init, before Fastify is ready.
 */
@Injectable()
export class GatewayRoutes implements OnModuleInit {
  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(GatewayConfig) private readonly config: GatewayConfig,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(GatewayMetrics) private readonly metrics: GatewayMetrics,
    @Inject(UpstreamPool) private readonly pool: UpstreamPool,
    @Inject(OpenApiAggregator) private readonly aggregator: OpenApiAggregator,
    @Inject(EMBEDDED_SIGNER) private readonly signer: LocalSigner | null,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const guard = new EdgeGuard(this.config, this.verifier, this.metrics);
    registerEdgeHeaders(fastify, listOf(this.config.CORS_ORIGINS));
    void fastify.register(
      proxyRoutes({
        clients: this.pool.clients,
        guard,
        metrics: this.metrics,
      }),
    );
    if (this.config.SWAGGER_ENABLED) void fastify.register(docsRoutes(this.aggregator));
    if (this.signer) void fastify.register(embeddedIssuerRoutes(this.config, this.signer, guard));
  }
}
