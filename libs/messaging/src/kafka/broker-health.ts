import type { Admin, Kafka } from 'kafkajs';
import { KeptAdmin } from './kept-admin';

/** Readiness of the broker for /health/ready: a cluster description within a short timeout. */
export class BrokerHealth {
  private readonly admin: KeptAdmin;

  constructor(
    kafka: Kafka,
    private readonly timeoutMs = 2_000,
  ) {
    this.admin = new KeptAdmin(kafka);
  }

  /** Throws when the broker does not answer in time. */
  async check(): Promise<void> {
    await this.admin.run(describe, this.timeoutMs, 'broker did not answer');
  }

  async isBrokerReady(): Promise<boolean> {
    try {
      await this.check();
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.admin.close();
  }
}

async function describe(admin: Admin): Promise<void> {
  const cluster = await admin.describeCluster();
  if (cluster.brokers.length === 0) throw new Error('the cluster has no brokers');
}
