// Republishes the messages parked on a dead-letter topic to their original topic.
//   npm run build && node dist/libs/messaging/src/cli/replay-dlq.js \
//     --topic kz.gov.registry.services.dlq [--consumer applications-svc] [--brokers host:9092] [--timeout-ms 60000]
// --consumer limits the replay to what that service parked (the DLQ of a topic is shared by its readers).
import { parseArgs } from 'node:util';
import { isDeadLetterTopic } from '@kzps/contracts';
import { replayDeadLetters, type ReplayResult } from '../dead-letter/replay-dead-letters';
import { createKafka, parseBrokers } from '../kafka/kafka-client';

export interface ReplayArguments {
  brokers: string[];
  topic: string;
  consumer?: string;
  timeoutMs: number;
}

const usage =
  'usage: replay-dlq --topic <topic>.dlq [--consumer <service>] [--brokers host:port,...] [--timeout-ms 60000]';

export function parseReplayArguments(
  argv: string[],
  env: Record<string, string | undefined>,
): ReplayArguments {
  const { values } = parseArgs({
    args: argv,
    options: {
      topic: { type: 'string' },
      consumer: { type: 'string' },
      brokers: { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
    strict: true,
  });
  const brokers = parseBrokers(values.brokers ?? env.KAFKA_BROKERS ?? '');
  if (!values.topic || !isDeadLetterTopic(values.topic))
    throw new Error(`--topic must name a .dlq topic\n${usage}`);
  if (brokers.length === 0) throw new Error(`--brokers or KAFKA_BROKERS is required\n${usage}`);
  const timeoutMs = Number(values['timeout-ms'] ?? '60000');
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new Error(`--timeout-ms must be a positive integer`);
  return { brokers, topic: values.topic, consumer: values.consumer, timeoutMs };
}

export async function main(argv: string[], env: Record<string, string | undefined>): Promise<ReplayResult> {
  const args = parseReplayArguments(argv, env);
  const kafka = createKafka({ clientId: 'kzps-replay-dlq', brokers: args.brokers });
  const result = await replayDeadLetters({
    kafka,
    deadLetterTopic: args.topic,
    consumer: args.consumer,
    timeoutMs: args.timeoutMs,
  });
  process.stdout.write(`${JSON.stringify({ topic: args.topic, ...result })}\n`);
  return result;
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).catch((error: unknown) => {
    process.stderr.write(`replay-dlq: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
