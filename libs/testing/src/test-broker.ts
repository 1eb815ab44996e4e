import * as kafkaLite from '@kzps/kafka-lite';

export interface RunningTestBroker {
  address: string;
  stop(): Promise<void>;
}

interface BrokerModule {
  startBroker?: (options: {
    host: string;
    port: number;
  }) => Promise<{ address: string; stop(): Promise<void> }>;
}

/** The in-repo Kafka-protocol broker, in memory, on a free port. */
export async function startTestBroker(): Promise<RunningTestBroker | undefined> {
  // TEMPORARY while tools/kafka-lite is being written: without it, the run has no broker.
  const { startBroker } = kafkaLite as BrokerModule;
  if (!startBroker) return undefined;
  const broker = await startBroker({ host: '127.0.0.1', port: 0 });
  return { address: broker.address, stop: () => broker.stop() };
}
