import { loadConfig } from '@kzps/platform';
import { RegistryConfig } from './config';

describe('registry configuration', () => {
  it('loads no demo data unless SEED_DEMO_DATA asks for it', () => {
    expect(loadConfig(RegistryConfig, {}).SEED_DEMO_DATA).toBe(false);
    expect(loadConfig(RegistryConfig, { SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA).toBe(true);
    expect(loadConfig(RegistryConfig, { SEED_DEMO_DATA: 'false' }).SEED_DEMO_DATA).toBe(false);
  });
});
