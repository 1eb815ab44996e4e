import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Clock } from '@kzps/platform';
import { GatewayConfig } from '../config';
import { UpstreamPool } from '../proxy/upstream-pool';
import type { UpstreamClient } from '../proxy/upstream-client';
import { mergeOpenApi, type UpstreamDocument } from './merge-openapi';

const FIRST_RETRY_MS = 1_000;

function isOpenApi(value: unknown): value is OpenAPIObject {
  const doc = value as Partial<OpenAPIObject> | null;
  return (
    !!doc && typeof doc.openapi === 'string' && doc.openapi.startsWith('3.') && typeof doc.paths === 'object'
  );
}

/**
 * Keeps the merged OpenAPI document: fetches every service's /openapi.json at start and every
 * OPENAPI_REFRESH_MS; a service that fails is retried with a doubling delay (1 s, 2 s, … up to the
 * refresh interval) and keeps its last known paths meanwhile. A service whose document never came in (it
 * was still starting when the gateway asked) is asked again when someone reads the document, so the first
 * reader after start-up sees every service that answers rather than waiting for the next retry.
 */
@Injectable()
export class OpenApiAggregator implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OpenApiAggregator.name);
  private readonly documents = new Map<string, UpstreamDocument>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** One fetch per service at a time: readers arriving together share it. */
  private readonly fetching = new Map<string, Promise<void>>();
  private merged: OpenAPIObject;
  private stopped = false;

  constructor(
    @Inject(GatewayConfig) private readonly config: GatewayConfig,
    @Inject(UpstreamPool) private readonly pool: UpstreamPool,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    for (const client of pool.clients) {
      this.documents.set(client.upstream.name, {
        name: client.upstream.name,
        prefix: client.upstream.prefix,
        stale: true,
      });
    }
    this.merged = this.merge();
  }

  onModuleInit(): void {
    if (!this.config.SWAGGER_ENABLED) return;
    for (const client of this.pool.clients) void this.refresh(client, FIRST_RETRY_MS);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  /** The merged document, after asking again every service whose document has not come in yet. */
  async current(): Promise<OpenAPIObject> {
    if (this.config.SWAGGER_ENABLED) {
      const missing = this.pool.clients.filter(
        (client) => !this.documents.get(client.upstream.name)?.document,
      );
      await Promise.all(missing.map((client) => this.refresh(client, FIRST_RETRY_MS)));
    }
    return this.merged;
  }

  /** Fetches every service's document now (tests, and an operator's nudge). */
  async refreshAll(): Promise<OpenAPIObject> {
    await Promise.all(this.pool.clients.map((client) => this.refresh(client, FIRST_RETRY_MS)));
    return this.merged;
  }

  private refresh(client: UpstreamClient, retryMs: number): Promise<void> {
    const name = client.upstream.name;
    const running = this.fetching.get(name);
    if (running) return running;
    const fetched = this.fetchDocument(client, retryMs).finally(() => this.fetching.delete(name));
    this.fetching.set(name, fetched);
    return fetched;
  }

  private async fetchDocument(client: UpstreamClient, retryMs: number): Promise<void> {
    const name = client.upstream.name;
    const known = this.documents.get(name);
    let next = this.config.OPENAPI_REFRESH_MS;
    try {
      const document = await client.getJson('/openapi.json', 5_000);
      if (!isOpenApi(document)) throw new Error('not an OpenAPI 3 document');
      this.documents.set(name, {
        name,
        prefix: client.upstream.prefix,
        document,
        fetchedAt: this.clock.now(),
        stale: false,
      });
    } catch (error) {
      if (known && !known.stale) {
        this.logger.warn(
          { upstream: name, reason: (error as Error).message },
          'OpenAPI refresh failed; keeping last known',
        );
      }
      if (known) this.documents.set(name, { ...known, stale: true });
      next = Math.min(retryMs, this.config.OPENAPI_REFRESH_MS);
    }
    this.merged = this.merge();
    this.schedule(client, next, next === this.config.OPENAPI_REFRESH_MS ? FIRST_RETRY_MS : retryMs * 2);
  }

  private schedule(client: UpstreamClient, delayMs: number, nextRetryMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(client.upstream.name));
    const timer = setTimeout(() => void this.refresh(client, nextRetryMs), delayMs);
    timer.unref();
    this.timers.set(client.upstream.name, timer);
  }

  private merge(): OpenAPIObject {
    return mergeOpenApi(
      {
        title: 'Public services API',
        description:
          'One entry point for portals, one-stop service centres and agency dashboards (Law of the Republic of Kazakhstan "On public services"). Send an OIDC access token as `Authorization: Bearer <token>`.',
        version: '1.0.0',
      },
      [...this.documents.values()],
    );
  }
}
