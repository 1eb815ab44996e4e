import type { JWTPayload } from 'jose';
import { AuthErrorCode, authError } from './auth.errors';
import { isRole, type Role } from './roles';

/** Who is calling, as the verified access token says. */
export interface Identity {
  /** The token's `sub`: a stable, opaque user id (never the IIN). */
  subject: string;
  roles: readonly Role[];
  /** Organisation the officer acts for (BIN-based id or registry id), for officer roles. */
  organizationId?: string;
  /** Recipient who is an individual. */
  iin?: string;
  /** Recipient who is a legal entity. */
  bin?: string;
  /** One-stop service centre an operator works at. */
  pscId?: string;
  /** OAuth client the token was issued to (`azp`). */
  clientId?: string;
  tokenId?: string;
  expiresAt: Date;
}

/** The claims an issuer puts in the token for an identity (the embedded issuer and tests use this). */
export interface IdentityClaimsInput {
  subject: string;
  roles: readonly Role[];
  organizationId?: string;
  iin?: string;
  bin?: string;
  pscId?: string;
  name?: string;
  username?: string;
}

export function claimsFor(input: IdentityClaimsInput): JWTPayload {
  return {
    sub: input.subject,
    roles: [...input.roles],
    ...(input.organizationId ? { organization_id: input.organizationId } : {}),
    ...(input.iin ? { iin: input.iin } : {}),
    ...(input.bin ? { bin: input.bin } : {}),
    ...(input.pscId ? { psc_id: input.pscId } : {}),
    ...(input.name ? { name: input.name } : {}),
    ...(input.username ? { preferred_username: input.username } : {}),
  };
}

const TWELVE_DIGITS = /^\d{12}$/;
const PLAIN_ID = /^[\w.:-]{1,128}$/;

function optionalId(payload: JWTPayload, claim: string, pattern: RegExp): string | undefined {
  const value = payload[claim];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw authError(AuthErrorCode.TokenInvalid, `Claim ${claim} is malformed`);
  }
  return value;
}

/** Roles come from `roles` (our mapper) or Keycloak's `realm_access.roles`; unknown ones are ignored. */
function rolesOf(payload: JWTPayload): Role[] {
  const direct = Array.isArray(payload.roles) ? payload.roles : [];
  const realm = payload.realm_access as { roles?: unknown } | undefined;
  const keycloak = realm && Array.isArray(realm.roles) ? realm.roles : [];
  return [...new Set<unknown>([...direct, ...keycloak])].filter(isRole);
}

/** Maps verified claims to an Identity; malformed identity claims make the whole token invalid. */
export function identityFromClaims(payload: JWTPayload): Identity {
  if (typeof payload.sub !== 'string' || !PLAIN_ID.test(payload.sub)) {
    throw authError(AuthErrorCode.TokenInvalid, 'The token has no usable subject');
  }
  if (typeof payload.exp !== 'number') throw authError(AuthErrorCode.TokenInvalid, 'The token has no expiry');
  const organizationId = optionalId(payload, 'organization_id', PLAIN_ID);
  const iin = optionalId(payload, 'iin', TWELVE_DIGITS);
  const bin = optionalId(payload, 'bin', TWELVE_DIGITS);
  const pscId = optionalId(payload, 'psc_id', PLAIN_ID);
  const clientId = typeof payload.azp === 'string' ? payload.azp : undefined;
  return {
    subject: payload.sub,
    roles: rolesOf(payload),
    ...(organizationId ? { organizationId } : {}),
    ...(iin ? { iin } : {}),
    ...(bin ? { bin } : {}),
    ...(pscId ? { pscId } : {}),
    ...(clientId ? { clientId } : {}),
    ...(typeof payload.jti === 'string' ? { tokenId: payload.jti } : {}),
    expiresAt: new Date(payload.exp * 1000),
  };
}
