import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { validateBin } from './bin';
import { validateIin, type IdentifierProblem } from './iin';

/** What a person reads when an identifier is refused: Kazakh, then Russian (Art. 3, 5.5.2). */
const REASONS: Record<IdentifierProblem, string> = {
  not_twelve_digits: '12 цифрдан тұруы керек / должен состоять из 12 цифр',
  wrong_check_digit: 'бақылау цифры дұрыс емес / неверная контрольная цифра',
  no_check_digit_possible: 'мұндай нөмір берілмейді / такой номер не выдаётся',
  impossible_birth_date:
    'туған күні мүмкін емес (жоқ немесе болашақ күн) / невозможная дата рождения (несуществующая или будущая)',
  wrong_century_digit: 'ғасыр мен жыныс цифры дұрыс емес / неверная цифра века и пола',
  wrong_month: 'тіркеу айы дұрыс емес / неверный месяц регистрации',
  wrong_entity_type: 'заңды тұлға түрі дұрыс емес / неверный тип юридического лица',
  wrong_entity_attribute: 'заңды тұлға белгісі дұрыс емес / неверный признак юридического лица',
};

type Check = (value: string) => { valid: true } | { valid: false; reason: IdentifierProblem };

function identifierDecorator(
  name: string,
  label: string,
  check: Check,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol): void => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && check(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          const result = typeof value === 'string' ? check(value) : undefined;
          const reason: IdentifierProblem = result && !result.valid ? result.reason : 'not_twelve_digits';
          return `${args?.property ?? 'value'}: ${label} — ${REASONS[reason]}`;
        },
      },
    });
  };
}

export function IsIin(options?: ValidationOptions) {
  return identifierDecorator('isIin', 'ЖСН жарамсыз / неверный ИИН', validateIin, options);
}

export function IsBin(options?: ValidationOptions) {
  return identifierDecorator('isBin', 'БСН жарамсыз / неверный БИН', validateBin, options);
}

/** A recipient is an individual (IIN) or a legal entity (BIN); the shape alone does not tell which. */
export function IsIinOrBin(options?: ValidationOptions) {
  const either: Check = (value) => {
    const asIin = validateIin(value);
    if (asIin.valid) return asIin;
    const asBin = validateBin(value);
    return asBin.valid ? asBin : asIin;
  };
  return identifierDecorator('isIinOrBin', 'ЖСН/БСН жарамсыз / неверный ИИН/БИН', either, options);
}

export function identifierReason(problem: IdentifierProblem): string {
  return REASONS[problem];
}
