import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PreparedStatement } from '@kzps/db';
import { OUTBOX_NOTIFY_CHANNEL } from '../migrations/1764028800000-create-messaging-tables.migration';
import { backoffDelay, errorMessage, sleep, type BackoffOptions } from '../support/backoff';
import { silentLogger, type MessagingLogger } from '../support/messaging-logger';
import { lockIdOf, newPgClient, pgConfigOf } from '../support/pg-session';
import { startSendSpans } from '../support/tracing';
import type { MessagingMetrics } from '../metrics/messaging.metrics';

export interface OutboxRelayOptions {
  kafka: Kafka;
  dataSource: DataSource;
  /** Names the advisory lock: one active relay per service database. */
  serviceName: string;
  /** Rows per Kafka produce request. */
  batchSize?: number;
  /** Safety poll when no NOTIFY arrives (a lost notification, or rows written by hand). */
  pollIntervalMs?: number;
  /**
   * How long the relay lets rows gather after it wakes before it fetches them (Kafka's `linger.ms`): under
   * a steady stream of commits, one fetch, one produce request and one update carry several rows instead of
   * one each.
   */
  lingerMs?: number;
  /** How often a standby replica tries to become the active relay. */
  standbyRetryMs?: number;
  /** Delay between attempts while the broker (or the database) is down. */
  backoff?: BackoffOptions;
  /** Published rows are kept this long for inspection, then deleted. */
  retainSentMs?: number;
  /**
   * kafkajs idempotent producer (needs a broker with InitProducerId; real Kafka has it). Without it a
   * retried produce request can duplicate a batch; the consumers' inbox absorbs that.
   */
  idempotent?: boolean;
  metrics?: MessagingMetrics;
  logger?: MessagingLogger;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  event_type: string;
  headers: Record<string, string>;
  value: string;
}

/*
 * The relay's two statements run once per batch, many times a second under load: named, so PostgreSQL
 * parses and plans each once per relay connection instead of every time (node-postgres prepares a name once
 * per connection; a new session prepares them again). payload::text: the JSON text goes to Kafka as is,
 * without a parse/serialise round trip in Node.
 */
const FETCH_UNSENT: PreparedStatement = {
  name: 'outbox-relay.fetch-unsent',
  text: `SELECT id, topic, message_key, event_type, headers, payload::text AS value
           FROM outbox_message WHERE sent_at IS NULL ORDER BY id LIMIT $1`,
};
const MARK_SENT: PreparedStatement = {
  name: 'outbox-relay.mark-sent',
  text: 'UPDATE outbox_message SET sent_at = now() WHERE id = ANY($1::bigint[])',
};

/** "cached plan must not change result type" (feature_not_supported). */
const PLAN_CHANGED = '0A000';

// Advisory lock namespace ("outb"); the second key is derived from the service name.
const LOCK_CLASS = 0x6f757462;
const CLEANUP_EVERY_MS = 60 * 60 * 1000;

/**
 * Publishes the outbox to Kafka in id order. Exactly one replica per service is the active relay: it holds
 * a session-level advisory lock on a dedicated connection (see README: why not SKIP LOCKED). Wakes on
 * NOTIFY from the outbox trigger, polls slowly as a safety net, and retries with backoff while the broker
 * is down. A row is marked sent only after Kafka acknowledged it (acks=all): at-least-once publication.
 */
export class OutboxRelay {
  private readonly producer: Producer;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly lingerMs: number;
  private readonly standbyRetryMs: number;
  private readonly backoff: BackoffOptions;
  private readonly retainSentMs: number;
  private readonly logger: MessagingLogger;
  private readonly lockKey: number;
  private abort = new AbortController();
  private loop?: Promise<void>;
  private session?: Client;
  private producerConnected = false;
  private active = false;
  /** Set by NOTIFY; cleared before each fetch so a notification during a publish is not lost. */
  private dirty = true;
  private wakeUp?: () => void;
  private lastCleanup = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.lingerMs = options.lingerMs ?? 10;
    this.standbyRetryMs = options.standbyRetryMs ?? 2_000;
    this.backoff = options.backoff ?? { initialMs: 100, maxMs: 5_000 };
    this.retainSentMs = options.retainSentMs ?? 7 * 24 * 60 * 60 * 1000;
    this.logger = options.logger ?? silentLogger;
    this.lockKey = lockIdOf(options.serviceName);
    this.producer = options.kafka.producer({
      allowAutoTopicCreation: false,
      // One request in flight per broker: a retried request cannot overtake the next one.
      maxInFlightRequests: 1,
      idempotent: options.idempotent ?? false,
      // Java-compatible murmur2, so keys land on the same partitions as with any other Kafka client.
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 },
    });
    this.producer.on(this.producer.events.DISCONNECT, () => {
      this.producerConnected = false;
    });
    options.metrics?.measureOutboxLagWith(() => this.outboxLagSeconds());
  }

  /** True while this replica holds the relay lock. */
  get isActive(): boolean {
    return this.active;
  }

  start(): void {
    if (this.loop) return;
    this.abort = new AbortController();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    this.wakeUp?.();
    await this.loop;
    this.loop = undefined;
    await this.closeSession();
    if (this.producerConnected) await this.producer.disconnect().catch(() => undefined);
    this.producerConnected = false;
  }

  /** Age in seconds of the oldest unsent row; 0 when drained. */
  async outboxLagSeconds(): Promise<number> {
    const rows: Array<{ lag: number | null }> = await this.options.dataSource.query(
      `SELECT EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS lag FROM outbox_message WHERE sent_at IS NULL`,
    );
    return Math.max(0, rows[0]?.lag ?? 0);
  }

  private async run(): Promise<void> {
    const signal = this.abort.signal;
    let failures = 0;
    while (!signal.aborted) {
      try {
        const session = await this.openSession();
        if (!this.active) {
          this.active = await this.tryBecomeActive(session);
          if (!this.active) {
            await sleep(this.standbyRetryMs, signal);
            continue;
          }
          this.logger.log(`outbox relay active for ${this.options.serviceName}`);
        }
        this.dirty = false;
        const published = await this.publishBatch(session);
        if (failures > 0) this.logger.log(`outbox relay recovered after ${failures} failed attempt(s)`);
        failures = 0;
        if (published < this.batchSize) {
          await this.cleanupIfDue(session);
          await this.idle(this.pollIntervalMs);
          await sleep(this.lingerMs, signal);
        }
      } catch (error) {
        failures += 1;
        this.options.metrics?.publishFailures.inc();
        // First failure and then every tenth: an outage of minutes must not flood the log.
        if (failures === 1 || failures % 10 === 0) {
          this.logger.warn(`outbox relay attempt ${failures} failed: ${errorMessage(error)}`);
        }
        await sleep(backoffDelay(failures, this.backoff), signal);
      }
    }
  }

  private async openSession(): Promise<Client> {
    if (this.session) return this.session;
    const client = newPgClient(
      pgConfigOf(this.options.dataSource, `${this.options.serviceName}-outbox-relay`),
    );
    const lost = (): void => {
      if (this.session === client) {
        // The server released the lock with the connection; another replica may take over.
        this.session = undefined;
        this.active = false;
      }
    };
    client.on('error', (error) => {
      this.logger.warn(`outbox relay lost its database connection: ${error.message}`);
      lost();
    });
    client.on('end', lost);
    client.on('notification', () => {
      this.dirty = true;
      this.wakeUp?.();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.session = client;
    return client;
  }

  private async closeSession(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.active = false;
    // Ending the connection releases the advisory lock, so a standby replica takes over at once.
    await session?.end().catch(() => undefined);
  }

  private async tryBecomeActive(session: Client): Promise<boolean> {
    const result = await this.query<{ locked: boolean }>(
      session,
      'SELECT pg_try_advisory_lock($1, $2) AS locked',
      [LOCK_CLASS, this.lockKey],
    );
    return result[0]?.locked === true;
  }

  private async publishBatch(session: Client): Promise<number> {
    const rows = await this.query<OutboxRow>(session, FETCH_UNSENT, [this.batchSize]);
    if (rows.length === 0) return 0;
    const records = rows.map((row) => ({
      topic: row.topic,
      key: row.message_key,
      eventType: row.event_type,
      headers: row.headers,
      value: row.value,
    }));
    const sends = startSendSpans(records);
    const byTopic = new Map<string, Message[]>();
    for (const record of records) {
      const messages = byTopic.get(record.topic) ?? [];
      messages.push({ key: record.key, value: record.value, headers: record.headers });
      byTopic.set(record.topic, messages);
    }
    try {
      if (!this.producerConnected) {
        await this.producer.connect();
        this.producerConnected = true;
      }
      // kafkajs keeps the order of messages per partition within one request; acks=-1 waits for all
      // in-sync replicas, so a row is marked sent only once it survives a broker failure.
      await this.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    } catch (error) {
      sends.end(error);
      await this.query(
        session,
        'UPDATE outbox_message SET attempts = attempts + 1, last_error = $2 WHERE id = $1',
        [rows[0]?.id, errorMessage(error).slice(0, 1000)],
      ).catch(() => undefined);
      throw error;
    }
    sends.end();
    await this.query(session, MARK_SENT, [rows.map((row) => row.id)]);
    for (const row of rows) this.options.metrics?.published.inc({ topic: row.topic, type: row.event_type });
    return rows.length;
  }

  private async cleanupIfDue(session: Client): Promise<void> {
    if (Date.now() - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = Date.now();
    await this.query(
      session,
      `DELETE FROM outbox_message WHERE id IN (
         SELECT id FROM outbox_message WHERE sent_at < now() - make_interval(secs => $1) LIMIT 10000)`,
      [this.retainSentMs / 1000],
    );
  }

  private idle(ms: number): Promise<void> {
    if (this.dirty || this.abort.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = undefined;
        done();
      };
    });
  }

  /**
   * A query on the relay's own connection; a failed connection, or one whose prepared statements no longer
   * fit the table, is dropped (and the lock with it).
   */
  private async query<R>(
    session: Client,
    sql: string | PreparedStatement,
    values: unknown[] = [],
  ): Promise<R[]> {
    try {
      const result =
        typeof sql === 'string'
          ? await session.query(sql, values)
          : await session.query({ name: sql.name, text: sql.text, values });
      return result.rows as R[];
    } catch (error) {
      // No code: the connection failed. PLAN_CHANGED: the outbox's columns changed under a prepared
      // statement, which the server then refuses on every run; a new session prepares it afresh.
      const code = (error as { code?: string }).code;
      if (!code || code === PLAN_CHANGED) await this.closeSession();
      throw error;
    }
  }
}
