import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { tokenRequired } from './auth.errors';
import { IS_PUBLIC_KEY, ROLES_KEY, type AuthenticatedRequest } from './auth.decorators';
import { assertRole } from './authorization';
import type { Role } from './roles';
import { TokenVerifier } from './token-verifier';

/**
 * The platform's probe and scrape routes (its own controllers, which cannot carry @Public()): kubelets and
 * Prometheus call them without tokens. Matched on the route template, so no URL trick reaches them.
 */
const INFRASTRUCTURE_ROUTES = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/**
 * Global guard: every HTTP route needs a valid token unless marked @Public(); @Roles() narrows it further.
 * Services verify again what the gateway verified: nothing on the network is trusted.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Event consumers and other transports authenticate their own way (the broker's ACLs).
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets) === true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (INFRASTRUCTURE_ROUTES.has(request.routeOptions.url ?? '')) return true;
    const identity = await this.verifier.verifyHeader(request.headers.authorization);
    if (identity) request.identity = identity;
    if (isPublic) return true;
    if (!identity) throw tokenRequired();
    if (roles && roles.length > 0) assertRole(identity, ...roles);
    return true;
  }
}
