import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiPublic } from '@kzps/platform';
import type { FastifyRequest } from 'fastify';
import { tokenRequired } from './auth.errors';
import type { Identity } from './identity';
import type { Role } from './roles';

export const IS_PUBLIC_KEY = 'kzps:auth:public';
export const ROLES_KEY = 'kzps:auth:roles';

/** A request that went through the AuthGuard. */
export interface AuthenticatedRequest extends FastifyRequest {
  identity?: Identity;
}

/**
 * The route needs no token (a token, if sent, is still verified and its identity attached); the OpenAPI
 * document says so on the operation (`security: []`).
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), ApiPublic());

/** The caller must hold at least one of the roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export function identityOf(context: ExecutionContext): Identity | undefined {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().identity;
}

/** The verified caller; on a @Public() route without a token this answers 401 (use OptionalIdentity). */
export const CurrentIdentity = createParamDecorator((_data: unknown, context: ExecutionContext): Identity => {
  const identity = identityOf(context);
  if (!identity) throw tokenRequired();
  return identity;
});

/** The verified caller if a token was sent, for public routes that show more to a signed-in user. */
export const OptionalIdentity = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Identity | undefined => identityOf(context),
);
