import { startQuietBroker, testKafka } from '../test/messaging-test-kit';
import { BrokerHealth } from './broker-health';

describe('BrokerHealth', () => {
  it('is ready while the broker answers and not ready, within its timeout, once it is gone', async () => {
    const broker = await startQuietBroker();
    const health = new BrokerHealth(testKafka(broker.address), 1_500);
    try {
      expect(await health.isBrokerReady()).toBe(true);
      await broker.stop();
      const started = Date.now();
      expect(await health.isBrokerReady()).toBe(false);
      expect(Date.now() - started).toBeLessThan(2_500);
    } finally {
      await health.close();
      await broker.stop();
    }
  });
});
