import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** `INSERT`, `UPDATE`, `SELECT`, … and the first table it names: enough to find the code, nothing of the data. */
export function statementOf(query: string): string {
  const kind = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? 'UNKNOWN';
  const table = /\b(?:INTO|UPDATE|FROM|TABLE)\s+("?[\w.]+"?(?:\."?\w+"?)?)/i.exec(query)?.[1];
  return table ? `${kind} ${table.replace(/"/g, '')}` : kind;
}

function errorCodeOf(error: string | Error): string | undefined {
  const code = typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * TypeORM's own loggers print a failed query with its parameters (`-- PARAMETERS: [...]`), which are whole
 * rows: IINs, names (Art. 24). This one logs a failed statement by its kind and table and the database's
 * error code only; the request that hit it logs the error itself, masked, where it is answered.
 */
export class StatementLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  constructor(private readonly verbose = false) {}

  logQuery(): void {
    // Queries are never logged: their parameters are personal data.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ statement: statementOf(query), code: errorCodeOf(error) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ statement: statementOf(query), durationMs: time }, 'slow query');
  }

  logSchemaBuild(): void {
    // synchronize is never on (docs/architecture.md); nothing is built outside migrations.
  }

  logMigration(message: string): void {
    if (this.verbose) this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else if (this.verbose) this.logger.log(String(message));
  }
}
