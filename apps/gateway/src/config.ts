import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { AuthServiceConfig } from '@kzps/auth';
import { ConfigurationError, toBoolean } from '@kzps/platform';

const url = { require_tld: false, protocols: ['http', 'https'] };
/** A comma-separated list of /api/v1/... path prefixes, or nothing. */
const API_PREFIXES = /^(\/api\/v1\/[\w/-]+(,\/api\/v1\/[\w/-]+)*)?$/;
/** Like API_PREFIXES, where a whole segment may be a `{name}` placeholder. */
const API_ROUTES =
  /^(\/api\/v1\/([\w-]+|\{\w+\})(\/([\w-]+|\{\w+\}))*(,\/api\/v1\/([\w-]+|\{\w+\})(\/([\w-]+|\{\w+\}))*)*)?$/;

export class GatewayConfig extends AuthServiceConfig {
  override PORT = 3000;

  @IsUrl(url)
  REGISTRY_URL = 'http://127.0.0.1:3001';

  @IsUrl(url)
  STANDARDS_URL = 'http://127.0.0.1:3002';

  @IsUrl(url)
  APPLICATIONS_URL = 'http://127.0.0.1:3003';

  @IsUrl(url)
  COMPLAINTS_URL = 'http://127.0.0.1:3004';

  @IsUrl(url)
  MONITORING_URL = 'http://127.0.0.1:3005';

  /** Time an upstream has to start answering, unless UPSTREAM_TIMEOUTS names the upstream. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  UPSTREAM_TIMEOUT_MS = 10_000;

  /** Per-route timeouts, e.g. `applications=30000,monitoring=20000`. */
  @Matches(/^((registry|standards|applications|complaints|monitoring)=\d+(,|$))*$/, {
    message: 'UPSTREAM_TIMEOUTS must look like applications=30000,monitoring=20000',
  })
  UPSTREAM_TIMEOUTS = '';

  /** Keep-alive connections per upstream (connection reuse). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  UPSTREAM_MAX_SOCKETS = 128;

  /** Serve the embedded OIDC issuer (/auth/*) with demo users. Refused with NODE_ENV=production. */
  @Transform(toBoolean)
  @IsBoolean()
  AUTH_EMBEDDED = true;

  /** Where the embedded issuer keeps its signing key. */
  @IsString()
  AUTH_DATA_DIR = '.data/auth';

  /** Requests per window per token subject. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_SUBJECT = 100;

  /** Requests per window per client IP (one-stop centres put many operators behind one address). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_IP = 600;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  RATE_LIMIT_WINDOW_MS = 60_000;

  /** Largest accepted request body in bytes. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /**
   * Comma-separated /api/v1/... prefixes where a write may carry a file (text/csv besides JSON), up to
   * UPLOAD_BODY_LIMIT_BYTES: the registry's bulk import (the service applies its own limit too).
   */
  @Matches(API_PREFIXES, {
    message: 'UPLOAD_PATHS must be a comma-separated list of /api/v1/... prefixes',
  })
  UPLOAD_PATHS = '/api/v1/registry/imports';

  /** Largest accepted file body in bytes under UPLOAD_PATHS. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  UPLOAD_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

  /** Comma-separated browser origins allowed by CORS; empty allows none. */
  @Matches(/^(https?:\/\/[\w.-]+(:\d+)?(,https?:\/\/[\w.-]+(:\d+)?)*)?$/, {
    message: 'CORS_ORIGINS must be a comma-separated list of http(s)://host[:port]',
  })
  CORS_ORIGINS = 'http://localhost:4200,http://127.0.0.1:4200';

  /**
   * Comma-separated routes where a write needs no token at the gateway because the service authenticates it
   * otherwise. Each is matched against the whole path, never as a prefix; a `{name}` segment matches exactly
   * one segment of letters, digits, `_` and `-`. The default is the payment gateway's callback, which
   * applications-svc authenticates by its HMAC signature (Art. 18).
   */
  @Matches(API_ROUTES, {
    message:
      'ANONYMOUS_WRITE_PATHS must be a comma-separated list of /api/v1/... routes ({name} for one segment)',
  })
  ANONYMOUS_WRITE_PATHS = '/api/v1/applications/{applicationId}/payments';

  /** How often the merged OpenAPI document is refetched from the services. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  OPENAPI_REFRESH_MS = 30_000;
}

export function listOf(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * The embedded issuer signs tokens for demo users with a key on local disk: in production that would let
 * anyone with the demo passwords act as any role. Refuse to start rather than run like that.
 */
export function assertSafeForProduction(config: GatewayConfig): void {
  if (config.NODE_ENV === 'production' && config.AUTH_EMBEDDED) {
    throw new ConfigurationError([
      'AUTH_EMBEDDED=true: the embedded demo issuer is refused with NODE_ENV=production; set AUTH_EMBEDDED=false and point OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL at the identity provider',
    ]);
  }
}
