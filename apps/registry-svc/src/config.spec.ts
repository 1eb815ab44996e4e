import { loadConfig } from '@kzps/platform';
import { RegistryConfig } from './config';

describe('registry configuration', () => {
  it('loads no demo data unless SEED_DEMO_DATA asks for it', () => {
    expect(loadConfig(RegistryConfig, {}).SEED_DEMO_DATA).toBe(false);
    expect(loadConfig(RegistryConfig, { SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA).toBe(true);
    expect(loadConfig(RegistryConfig, { SEED_DEMO_DATA: 'false' }).SEED_DEMO_DATA).toBe(false);
  });

  it('looks for decrees that took effect once a minute unless SCHEDULE_WATCH_INTERVAL_MS says otherwise', () => {
    expect(loadConfig(RegistryConfig, {}).SCHEDULE_WATCH_INTERVAL_MS).toBe(60_000);
    expect(
      loadConfig(RegistryConfig, { SCHEDULE_WATCH_INTERVAL_MS: '5000' }).SCHEDULE_WATCH_INTERVAL_MS,
    ).toBe(5_000);
  });

  it.each(['abc', '50', '7200000', '1.5'])(
    'refuses SCHEDULE_WATCH_INTERVAL_MS=%s naming the variable',
    (value) => {
      expect(() => loadConfig(RegistryConfig, { SCHEDULE_WATCH_INTERVAL_MS: value })).toThrow(
        /SCHEDULE_WATCH_INTERVAL_MS/,
      );
    },
  );
});
