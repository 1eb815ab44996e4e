import 'reflect-metadata';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {}).join('; ');
  const shown =
    typeof error.value === 'string' && /SECRET|PASSWORD|KEY|URL/.test(error.property)
      ? '<hidden>'
      : error.value;
  return `${error.property}=${JSON.stringify(shown) ?? 'unset'}: ${reasons}`;
}

/**
 * Reads and validates the environment once, at start (the only place that touches process.env).
 * Property names of the config class are the variable names; defaults are the property initialisers.
 * Fails with every bad variable named, so an operator fixes them in one go.
 */
export function loadConfig<T extends object>(
  schema: ClassConstructor<T>,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(schema, defined, {
    enableImplicitConversion: true,
    exposeDefaultValues: true,
  });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigurationError(errors.map(describe));
  return config;
}
