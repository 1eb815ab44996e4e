import { Injectable } from '@nestjs/common';
import type { DomainError } from './problem';

/** What PostgreSQL tells about a unique violation: TypeORM copies the driver's fields onto its error. */
interface UniqueViolation {
  code: '23505';
  constraint: string;
}

function isUniqueViolation(error: unknown): error is UniqueViolation {
  const fields = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return fields.code === '23505' && typeof fields.constraint === 'string';
}

/**
 * A service's unique constraints and the domain error each one means. A check before an insert cannot see a
 * concurrent insert of the same key; the unique index can, and this turns its violation into the code the
 * check would have answered (`ORGANIZATION_IIN_TAKEN`), not the generic `CONFLICT`. Feature modules
 * register their constraints at start; the exception filter asks here first.
 */
@Injectable()
export class ConstraintProblems {
  private readonly byConstraint = new Map<string, () => DomainError>();

  register(problems: Record<string, () => DomainError>): void {
    for (const [constraint, problem] of Object.entries(problems)) this.byConstraint.set(constraint, problem);
  }

  /** The domain error a unique violation means, or the error itself when no constraint is registered. */
  translate(error: unknown): unknown {
    if (!isUniqueViolation(error)) return error;
    return this.byConstraint.get(error.constraint)?.() ?? error;
  }
}
