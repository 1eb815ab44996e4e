import type { Admin, Kafka } from 'kafkajs';

/**
 * One admin connection kept between calls (a new connection per health probe or scrape would churn sockets
 * every few seconds), each call bounded by a timeout. A call that fails or times out drops the connection, so
 * the next starts over: a half-dead admin would keep failing after the broker is back.
 */
export class KeptAdmin {
  private admin?: Admin;

  constructor(private readonly kafka: Kafka) {}

  async run<T>(work: (admin: Admin) => Promise<T>, timeoutMs: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.connected().then(work), timeout]);
    } catch (error) {
      await this.close().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect();
  }

  private async connected(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}
