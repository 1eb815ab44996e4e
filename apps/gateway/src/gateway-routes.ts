import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { LocalSigner, TokenVerifier } from '@kzps/auth';
import { GatewayConfig, listOf } from './config';
import { EdgeGuard } from './edge/edge-guard';
import { EdgeHeaders, registerEdgeHeaders } from './edge/edge-headers';
import { embeddedIssuerRoutes } from './embedded-auth/embedded-issuer.routes';
import { GatewayMetrics } from './gateway.metrics';
import { docsRoutes } from './openapi/docs.routes';
import { OpenApiAggregator } from './openapi/openapi-aggregator.service';
import { proxyRoutes, type ProxyDependencies } from './proxy/proxy.routes';
import { RawProxy } from './proxy/raw-proxy';
import { UpstreamPool } from './proxy/upstream-pool';

export const EMBEDDED_SIGNER = Symbol('EMBEDDED_SIGNER');

/**
 * The gateway's own routes live on Fastify directly, not in Nest controllers: the proxy must see the raw
 * body stream, which Nest's body parsing would consume. Registered during init, before Fastify is ready.
 */
@Injectable()
export class GatewayRoutes implements OnModuleInit {
  private readonly edge: EdgeHeaders;
  private readonly proxy: ProxyDependencies;
  /** The proxied routes served ahead of Fastify (the app's `rawRoutes`), with the same guard and headers. */
  readonly rawProxy: RawProxy;

  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(GatewayConfig) private readonly config: GatewayConfig,
    @Inject(TokenVerifier) verifier: TokenVerifier,
    @Inject(GatewayMetrics) metrics: GatewayMetrics,
    @Inject(UpstreamPool) pool: UpstreamPool,
    @Inject(OpenApiAggregator) private readonly aggregator: OpenApiAggregator,
    @Inject(EMBEDDED_SIGNER) private readonly signer: LocalSigner | null,
  ) {
    // One guard (one set of rate-limit counters) for both ways a request is served.
    const guard = new EdgeGuard(config, verifier, metrics);
    this.edge = new EdgeHeaders(listOf(config.CORS_ORIGINS));
    this.proxy = { clients: pool.clients, guard, metrics };
    this.rawProxy = new RawProxy(this.proxy, this.edge);
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    registerEdgeHeaders(fastify, this.edge);
    void fastify.register(proxyRoutes(this.proxy));
    if (this.config.SWAGGER_ENABLED) void fastify.register(docsRoutes(this.aggregator));
    if (this.signer) void fastify.register(embeddedIssuerRoutes(this.config, this.signer, this.proxy.guard));
  }
}
