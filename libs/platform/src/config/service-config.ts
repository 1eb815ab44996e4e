import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** An environment flag: `1`, `true` or `yes` (any case) is on, anything else off. */
export const toBoolean = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

/** The embedded run's database of a service (npm start); production sets DATABASE_URL. */
export function embeddedDatabaseUrl(database: string): string {
  return `postgres://postgres:postgres@127.0.0.1:54329/${database}`;
}

/**
 * Variables every service reads. A service extends it with its own; the defaults make the embedded run
 * (`npm start`) work with no variables at all.
 */
export class ServiceConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Full URL of this service's own database; created if missing. A service with a database sets its
   * default with `embeddedDatabaseUrl('kzps_<service>')`; the rule below checks it either way.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+\/[a-z_][a-z0-9_]*(\?.*)?$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:port/database',
  })
  DATABASE_URL?: string;

  /** Comma-separated host:port list. */
  @Matches(/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/, {
    message: 'KAFKA_BROKERS must be a comma-separated list of host:port',
  })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** Partitions of the topics this service creates at start (existing topics are left as they are). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  KAFKA_TOPIC_PARTITIONS = 3;

  /**
   * Replication factor of the topics this service creates at start: 1 for the embedded broker; on a cluster
   * more than its min.insync.replicas (producers write with acks=all). k8s declares every topic as well.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  KAFKA_TOPIC_REPLICATION_FACTOR = 1;

  /** How long a SIGTERM waits for in-flight requests before the process exits anyway. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @Transform(toBoolean)
  @IsBoolean()
  SWAGGER_ENABLED = true;

  /** Run the migrations and exit: the deployment's migration step (a Kubernetes Job or init container). */
  @Transform(toBoolean)
  @IsBoolean()
  MIGRATE_ONLY = false;
}

/**
 * A config class a lib's settings mixin extends (`withDeadlineWatch`, `withCalendarPolling`). A mixin's base
 * must be constructible with any arguments: TypeScript accepts no narrower type here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ServiceConfigClass = new (...args: any[]) => ServiceConfig;
