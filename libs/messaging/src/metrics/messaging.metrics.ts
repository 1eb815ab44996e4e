import { Counter, Gauge, register as defaultRegistry, type Registry } from 'prom-client';
import type { BrokerOffsets } from './broker-offsets.probe';

type LagSource = () => Promise<number | undefined>;
type OffsetsSource = () => Promise<BrokerOffsets>;

/** Per registry, so the gauge shared by several MessagingMetrics instances reads the latest relay. */
const outboxLagSources = new WeakMap<Registry, LagSource>();
const offsetsSources = new WeakMap<Registry, OffsetsSource>();

/** One broker round trip serves both gauges of a scrape, and scrapes closer together than this. */
const OFFSETS_REUSE_MS = 1_000;
const offsetsReadings = new WeakMap<Registry, { at: number; reading: Promise<BrokerOffsets | undefined> }>();

function readBrokerOffsets(registry: Registry): Promise<BrokerOffsets | undefined> {
  const source = offsetsSources.get(registry);
  if (!source) return Promise.resolve(undefined);
  const cached = offsetsReadings.get(registry);
  if (cached && Date.now() - cached.at < OFFSETS_REUSE_MS) return cached.reading;
  // A scrape must not fail because the broker is away (messaging_broker_up says so); the last values stay.
  const reading = source().catch(() => undefined);
  offsetsReadings.set(registry, { at: Date.now(), reading });
  return reading;
}

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
  readonly consumerLag: Gauge<'group' | 'topic' | 'partition'>;
  readonly deadLetterMessages: Gauge<'topic'>;
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
    const scraped = this.registry;
    this.consumerLag = this.collected(
      'messaging_consumer_lag_messages',
      "Messages of a partition the consumer group has not committed yet (high watermark minus the group's offset), read from the broker on scrape",
      ['group', 'topic', 'partition'],
      async (gauge) => {
        const offsets = await readBrokerOffsets(scraped);
        if (!offsets) return;
        gauge.reset();
        for (const { topic, partition, messages } of offsets.lag) {
          gauge.set({ group: offsets.group, topic, partition: String(partition) }, messages);
        }
      },
    );
    this.deadLetterMessages = this.collected(
      'messaging_dead_letter_messages',
      'Messages held by a dead-letter topic of a consumed topic (all consumers, every replica), read from the broker on scrape',
      ['topic'],
      async (gauge) => {
        const offsets = await readBrokerOffsets(scraped);
        if (!offsets) return;
        gauge.reset();
        for (const { topic, messages } of offsets.deadLetters) gauge.set({ topic }, messages);
      },
    );
    this.brokerUp = this.gauge(
      'messaging_broker_up',
      'Whether the broker answered the last health check (1) or not (0); readiness does not depend on it',
      [],
    );
    const existingLag = this.registry.getSingleMetric('messaging_outbox_lag_seconds');
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

  /** The consumer module tells the lag and dead-letter gauges where to read the broker's offsets. */
  measureBrokerOffsetsWith(source: OffsetsSource): void {
    offsetsSources.set(this.registry, source);
    offsetsReadings.delete(this.registry);
  }

  private collected<L extends string>(
    name: string,
    help: string,
    labelNames: L[],
    collect: (gauge: Gauge<L>) => Promise<void>,
  ): Gauge<L> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Gauge<L>;
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
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
