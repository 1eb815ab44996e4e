import { Type } from 'class-transformer';
import { IsInt, IsString, IsUrl, Max, Min } from 'class-validator';
import { ServiceConfig } from '@kzps/platform';
import type { AuthOptions } from './auth-options';

const url = { require_tld: false, protocols: ['http', 'https'] };

/**
 * ServiceConfig plus the OIDC variables; a service's config class extends this instead of ServiceConfig.
 * Defaults point at the gateway's embedded issuer, so the embedded run needs no variables.
 */
export class AuthServiceConfig extends ServiceConfig {
  /** Expected `iss`; for Keycloak `https://<host>/realms/<realm>`. */
  @IsUrl(url)
  OIDC_ISSUER = 'http://127.0.0.1:3000/auth';

  /** Expected `aud`: the API's client id at the identity provider. */
  @IsString()
  OIDC_AUDIENCE = 'kzps-api';

  /** For Keycloak `https://<host>/realms/<realm>/protocol/openid-connect/certs`. */
  @IsUrl(url)
  OIDC_JWKS_URL = 'http://127.0.0.1:3000/auth/jwks';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  OIDC_CLOCK_TOLERANCE_S = 30;

  /** Longest lifetime and age of an accepted token (TokenVerifier): one day by default, a week at most. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 60 * 60)
  OIDC_MAX_TOKEN_LIFETIME_S = 24 * 60 * 60;
}

export function authOptionsFromConfig(config: AuthServiceConfig): AuthOptions {
  return {
    issuer: config.OIDC_ISSUER,
    audience: config.OIDC_AUDIENCE,
    jwksUrl: config.OIDC_JWKS_URL,
    clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_S,
    maxTokenLifetimeSeconds: config.OIDC_MAX_TOKEN_LIFETIME_S,
  };
}
