import { IsBin } from '@kzps/identifiers';

/** An organisation's BIN: 12 digits, a real registration month, entity type and attribute, check digit. */
export function IsRegistryBin(): PropertyDecorator {
  return IsBin();
}
