import { createServer, type AddressInfo, type Socket } from 'node:net';
import { startQuietBroker, testKafka } from '../test/messaging-test-kit';
import { BrokerHealth } from './broker-health';

describe('BrokerHealth', () => {
  it('is ready while the broker answers and not ready once it is gone', async () => {
    const broker = await startQuietBroker();
    const health = new BrokerHealth(testKafka(broker.address), 1_500);
    try {
      expect(await health.isBrokerReady()).toBe(true);
      await broker.stop();
      expect(await health.isBrokerReady()).toBe(false);
    } finally {
      await health.close();
      await broker.stop();
    }
  });

  it('is not ready when a broker takes the connection but never answers: its timeout ends the check', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    // Far below kafkajs' own request timeout (30 s), so only BrokerHealth's timeout can answer in time.
    const health = new BrokerHealth(testKafka(`127.0.0.1:${port}`), 300);
    try {
      await expect(health.check()).rejects.toThrow('broker did not answer within 300 ms');
    } finally {
      await health.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
