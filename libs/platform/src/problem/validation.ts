import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { commonProblems } from './common-problems';
import { DomainError, type FieldProblem } from './problem';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      // class-validator writes "property x should not exist"; the field name alone is clearer to a client.
      message: constraint === 'whitelistValidation' ? `${field} is not an allowed field` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function validationFailed(errors: FieldProblem[]): DomainError {
  const fields = [...new Set(errors.map((e) => e.field))];
  return new DomainError(
    'VALIDATION_FAILED',
    commonProblems.VALIDATION_FAILED,
    `Invalid fields: ${fields.join(', ')}`,
    {
      errors,
    },
  );
}

/** Whitelist, refuse unknown fields, convert types; every failure names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}
