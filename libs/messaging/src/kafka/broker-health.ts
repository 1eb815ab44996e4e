import type { Admin, Kafka } from 'kafkajs';

/**
 * Readiness of the broker for /health/ready: a cluster description within a short timeout, over one admin
 * connection kept between checks (a new connection per probe would churn sockets every few seconds).
 */
export class BrokerHealth {
  private admin?: Admin;

  constructor(
    private readonly kafka: Kafka,
    private readonly timeoutMs = 2_000,
  ) {}

  /** Throws when the broker does not answer in time. */
  async check(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`broker did not answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    try {
      await Promise.race([this.describe(), timeout]);
    } catch (error) {
      // Start over next time: a half-dead admin would keep failing after the broker is back.
      const admin = this.admin;
      this.admin = undefined;
      await admin?.disconnect().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async isBrokerReady(): Promise<boolean> {
    try {
      await this.check();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect();
  }

  private async describe(): Promise<void> {
    if (!this.admin) {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      await admin.connect();
      this.admin = admin;
    }
    const cluster = await this.admin.describeCluster();
    if (cluster.brokers.length === 0) throw new Error('the cluster has no brokers');
  }
}
