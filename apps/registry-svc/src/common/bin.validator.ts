import { applyDecorators } from '@nestjs/common';
import { Matches } from 'class-validator';

// SEAM(@kzps/identifiers): replace with `@IsBin()` once libs/identifiers exports it; until then only the
// 12-digit shape is checked here and the check digit is not.
export function IsRegistryBin(): PropertyDecorator {
  return applyDecorators(Matches(/^\d{12}$/, { message: '$property must be a 12-digit BIN' }));
}
