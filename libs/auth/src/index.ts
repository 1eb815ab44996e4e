export { ROLES, ORGANIZATION_ROLES, isRole, type Role } from './roles';
export { authError, authProblems, guardProblems, AuthErrorCode } from './auth.errors';
export { claimsFor, identityFromClaims, type Identity, type IdentityClaimsInput } from './identity';
export { AUTH_OPTIONS, type AuthOptions } from './auth-options';
export { TokenVerifier, bearerToken } from './token-verifier';
export { hasRole, assertRole, assertOrganization, assertSubject } from './authorization';
export {
  Public,
  Roles,
  CurrentIdentity,
  OptionalIdentity,
  IS_PUBLIC_KEY,
  ROLES_KEY,
  type AuthenticatedRequest,
} from './auth.decorators';
export { AuthGuard } from './auth.guard';
export { AuthModule } from './auth.module';
export { AuthServiceConfig, authOptionsFromConfig } from './auth.config';
export { LocalSigner, type SignOptions } from './signing/local-signer';
