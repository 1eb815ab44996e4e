import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { ConfigurationError, loadConfig } from './load-config';
import { embeddedDatabaseUrl, ServiceConfig } from './service-config';

class ExampleConfig extends ServiceConfig {
  override DATABASE_URL = embeddedDatabaseUrl('kzps_example');

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RELAY_BATCH = 100;
}

describe('loadConfig', () => {
  it('gives the embedded-run defaults when nothing is set', () => {
    const config = loadConfig(ExampleConfig, {});
    expect(config).toMatchObject({
      PORT: 3000,
      KAFKA_BROKERS: '127.0.0.1:9092',
      RELAY_BATCH: 100,
      SWAGGER_ENABLED: true,
    });
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig(ExampleConfig, { PORT: '3101', SWAGGER_ENABLED: 'false', RELAY_BATCH: '5' });
    expect(config).toMatchObject({ PORT: 3101, SWAGGER_ENABLED: false, RELAY_BATCH: 5 });
  });

  it('names every bad variable in one error', () => {
    const attempt = () =>
      loadConfig(ExampleConfig, { PORT: 'abc', KAFKA_BROKERS: 'nohost', RELAY_BATCH: '0' });
    expect(attempt).toThrow(ConfigurationError);
    try {
      attempt();
    } catch (error) {
      const names = (error as ConfigurationError).problems.map((p) => p.split('=')[0]);
      expect(names.sort()).toEqual(['KAFKA_BROKERS', 'PORT', 'RELAY_BATCH']);
    }
  });

  it('does not print a database password', () => {
    try {
      loadConfig(ExampleConfig, { DATABASE_URL: 'mysql://u:secret@h/db' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect((error as Error).message).toContain('DATABASE_URL');
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('defaults a service to its database on the embedded PostgreSQL', () => {
    expect(loadConfig(ExampleConfig, {}).DATABASE_URL).toBe(
      'postgres://postgres:postgres@127.0.0.1:54329/kzps_example',
    );
  });

  it.each(['postgres://u:p@h:5432/kzps_x', 'postgresql://h/db_1?sslmode=require'])(
    'takes the database URL %s',
    (url) => {
      expect(loadConfig(ExampleConfig, { DATABASE_URL: url }).DATABASE_URL).toBe(url);
    },
  );

  it.each(['postgres://h:5432', 'postgres://h/Kzps', 'http://h/db'])(
    'refuses the database URL %s, also where the service sets its own default',
    (url) => {
      expect(() => loadConfig(ExampleConfig, { DATABASE_URL: url })).toThrow(/DATABASE_URL/);
    },
  );

  it.each([
    ['1', true],
    ['YES', true],
    ['true', true],
    ['0', false],
    ['off', false],
  ])('reads the flag %s as %s', (value, on) => {
    expect(loadConfig(ExampleConfig, { SWAGGER_ENABLED: value }).SWAGGER_ENABLED).toBe(on);
  });
});
