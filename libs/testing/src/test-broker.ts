import { startBroker } from '@kzps/kafka-lite';

export interface RunningTestBroker {
  address: string;
  stop(): Promise<void>;
}

/** The in-repo Kafka-protocol broker, in memory, on a free port. */
export async function startTestBroker(): Promise<RunningTestBroker> {
  const broker = await startBroker({ host: '127.0.0.1', port: 0 });
  return { address: broker.address, stop: () => broker.stop() };
}
