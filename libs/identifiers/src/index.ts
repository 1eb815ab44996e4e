export {
  validateIin,
  isValidIin,
  maskIin,
  type IinCheck,
  type IinCheckOptions,
  type IdentifierProblem,
  type Sex,
} from './iin';
export { validateBin, isValidBin, type BinCheck, type EntityType, type EntityAttribute } from './bin';
export { checkDigitOf, hasValidCheckDigit } from './check-digit';
export { IsIin, IsBin, IsIinOrBin, identifierReason } from './identifier.decorators';
