import { Counter, Gauge, register as defaultRegistry, type Registry } from 'prom-client';

type LagSource = () => Promise<number | undefined>;

/** Per registry, so the gauge shared by several MessagingMetrics instances reads the latest relay. */
const outboxLagSources = new WeakMap<Registry, LagSource>();

async function readOutboxLag(registry: Registry): Promise<number | undefined> {
  try {
    return await outboxLagSources.get(registry)?.();
  } catch {
    // A scrape must not fail because the database is briefly away; the last value stays.
    return undefined;
  }
}

/**
 * Prometheus metrics of the bus. Metrics are looked up before being created, so the relay, the consumer and
 * a second module instance in the same process share them instead of failing on a duplicate name.
 */
export class MessagingMetrics {
  readonly published: Counter<'topic' | 'type'>;
  readonly publishFailures: Counter<never>;
  readonly consumed: Counter<'topic' | 'type' | 'outcome'>;
  readonly failed: Counter<'topic' | 'type'>;
  readonly deadLettered: Counter<'topic' | 'type'>;
  readonly consumerLag: Gauge<'topic' | 'partition'>;
  readonly outboxLag: Gauge<never>;
  readonly brokerUp: Gauge<never>;

  constructor(readonly registry: Registry = defaultRegistry) {
    this.published = this.counter('messaging_published_total', 'Events published by the outbox relay', [
      'topic',
      'type',
    ]);
    this.publishFailures = this.counter(
      'messaging_relay_publish_failures_total',
      'Failed relay publication attempts (the batch is retried with backoff)',
      [],
    );
    this.consumed = this.counter(
      'messaging_consumed_total',
      'Events taken off Kafka by outcome: handled, duplicate (inbox hit), ignored (no handler)',
      ['topic', 'type', 'outcome'],
    );
    this.failed = this.counter('messaging_handler_failures_total', 'Failed handler attempts', [
      'topic',
      'type',
    ]);
    this.deadLettered = this.counter(
      'messaging_dead_lettered_total',
      'Messages parked on a dead-letter topic',
      ['topic', 'type'],
    );
    this.consumerLag = this.gauge(
      'messaging_consumer_lag_messages',
      'Messages behind the high watermark, per partition',
      ['topic', 'partition'],
    );
    this.brokerUp = this.gauge(
      'messaging_broker_up',
      'Whether the broker answered the last health check (1) or not (0); readiness does not depend on it',
      [],
    );
    const existingLag = this.registry.getSingleMetric('messaging_outbox_lag_seconds');
    const scraped = this.registry;
    this.outboxLag =
      (existingLag as Gauge<never> | undefined) ??
      new Gauge({
        name: 'messaging_outbox_lag_seconds',
        help: 'Age of the oldest unpublished outbox row (0 when the outbox is drained)',
        registers: [this.registry],
        async collect() {
          const seconds = await readOutboxLag(scraped);
          if (seconds !== undefined) this.set(seconds);
        },
      });
  }

  /** The relay tells the gauge how to measure the lag; read on scrape so every replica reports it. */
  measureOutboxLagWith(source: LagSource): void {
    outboxLagSources.set(this.registry, source);
  }

  private counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Counter<L>;
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private gauge<L extends string>(name: string, help: string, labelNames: L[]): Gauge<L> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Gauge<L>;
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }
}
