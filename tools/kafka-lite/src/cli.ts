import { startBroker, type BrokerOptions } from './broker';
import { createConsoleLogger } from './logger';

const USAGE = `Usage: kafka-lite [--host 127.0.0.1] [--port 9092] [--data-dir DIR] [--partitions 1]
                  [--advertised-host HOST] [--no-auto-create] [--log-level debug|info|warn|error]`;

export function parseArguments(
  argv: readonly string[],
): BrokerOptions & { logLevel: 'debug' | 'info' | 'warn' | 'error' } {
  const parsed: BrokerOptions & { logLevel: 'debug' | 'info' | 'warn' | 'error' } = { logLevel: 'info' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    const integer = (): number => {
      const text = value();
      const number = Number(text);
      if (!Number.isInteger(number) || number < 0)
        throw new Error(`${flag}: not a non-negative integer: ${text}`);
      return number;
    };
    switch (flag) {
      case '--host':
        parsed.host = value();
        break;
      case '--port':
        parsed.port = integer();
        break;
      case '--data-dir':
        parsed.dataDir = value();
        break;
      case '--partitions':
        parsed.defaultPartitions = integer();
        break;
      case '--advertised-host':
        parsed.advertisedHost = value();
        break;
      case '--no-auto-create':
        parsed.autoCreateTopics = false;
        break;
      case '--log-level': {
        const level = value();
        if (level !== 'debug' && level !== 'info' && level !== 'warn' && level !== 'error') {
          throw new Error(`--log-level: unknown level ${level}`);
        }
        parsed.logLevel = level;
        break;
      }
      default:
        throw new Error(`unknown argument ${flag}`);
    }
  }
  return parsed;
}

/** Entry point of bin/kafka-lite.js: runs until SIGINT/SIGTERM, then stops cleanly (files flushed). */
export async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(argv);
  } catch (error) {
    process.stderr.write(`kafka-lite: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { logLevel, ...brokerOptions } = options;
  const broker = await startBroker({ ...brokerOptions, logger: createConsoleLogger(logLevel) });
  process.stdout.write(`kafka-lite listening on ${broker.address}\n`);
  const shutdown = (): void => {
    process.off('SIGINT', shutdown);
    process.off('SIGTERM', shutdown);
    void broker.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
