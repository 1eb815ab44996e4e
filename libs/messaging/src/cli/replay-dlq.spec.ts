import { parseReplayArguments } from './replay-dlq';

describe('replay-dlq arguments', () => {
  it('takes the brokers from KAFKA_BROKERS unless given', () => {
    expect(
      parseReplayArguments(['--topic', 'kz.gov.registry.services.dlq', '--consumer', 'applications-svc'], {
        KAFKA_BROKERS: 'a:9092, b:9092',
      }),
    ).toEqual({
      brokers: ['a:9092', 'b:9092'],
      topic: 'kz.gov.registry.services.dlq',
      consumer: 'applications-svc',
      timeoutMs: 60_000,
    });
    expect(
      parseReplayArguments(['--topic', 'x.dlq', '--brokers', 'c:1', '--timeout-ms', '5000'], {
        KAFKA_BROKERS: 'a:1',
      }),
    ).toMatchObject({ brokers: ['c:1'], timeoutMs: 5_000 });
  });

  it('refuses a topic that is not a dead-letter topic, and a missing broker list', () => {
    expect(() =>
      parseReplayArguments(['--topic', 'kz.gov.registry.services'], { KAFKA_BROKERS: 'a:1' }),
    ).toThrow(/must name a \.dlq topic/);
    expect(() => parseReplayArguments(['--topic', 'x.dlq'], {})).toThrow(/KAFKA_BROKERS is required/);
  });
});
