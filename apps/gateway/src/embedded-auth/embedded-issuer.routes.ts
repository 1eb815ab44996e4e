import { timingSafeEqual } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { claimsFor, type LocalSigner } from '@kzps/auth';
import { sendProblem } from '@kzps/platform';
import type { GatewayConfig } from '../config';
import type { EdgeGuard } from '../edge/edge-guard';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

const TOKEN_TTL_SECONDS = 900;
const logger = new Logger('EmbeddedIssuer');

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** OAuth 2.0 errors have their own format (RFC 6749 §5.2), which OIDC client libraries expect. */
function oauthError(reply: FastifyReply, status: number, error: string, description: string): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error, error_description: description });
}

/**
 * The embedded run's OIDC issuer: discovery, JWKS and a password-grant token endpoint for the demo users.
 * Registered only when AUTH_EMBEDDED is on, which the gateway refuses in production.
 */
export function embeddedIssuerRoutes(config: GatewayConfig, signer: LocalSigner, guard: EdgeGuard) {
  return async (instance: FastifyInstance): Promise<void> => {
    instance.setErrorHandler((error, request, reply) => sendProblem(error, request, reply, logger));
    // OAuth clients post forms (RFC 6749 §4.3.2); Nest's Fastify adapter usually registers a form parser.
    if (!instance.hasContentTypeParser('application/x-www-form-urlencoded')) {
      instance.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 4096 },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
    }

    instance.get('/auth/.well-known/openid-configuration', async () => ({
      issuer: config.OIDC_ISSUER,
      jwks_uri: config.OIDC_JWKS_URL,
      token_endpoint: `${config.OIDC_ISSUER}/token`,
      grant_types_supported: ['password'],
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      token_endpoint_auth_methods_supported: ['none'],
      claims_supported: [
        'sub',
        'roles',
        'organization_id',
        'iin',
        'bin',
        'psc_id',
        'name',
        'preferred_username',
      ],
    }));

    instance.get('/auth/jwks', async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=300').send({ keys: [signer.publicJwk] }),
    );

    instance.post('/auth/token', async (request, reply) => {
      guard.limitIp(request);
      const form = (request.body ?? {}) as Record<string, unknown>;
      if (form.grant_type !== 'password') {
        return oauthError(
          reply,
          400,
          'unsupported_grant_type',
          'Only the password grant is offered (demo users)',
        );
      }
      const user = DEMO_USERS.find((candidate) => candidate.username === form.username);
      if (!user || typeof form.password !== 'string' || !sameSecret(form.password, DEMO_PASSWORD)) {
        return oauthError(reply, 400, 'invalid_grant', 'Unknown user or wrong password');
      }
      const accessToken = await signer.sign(claimsFor(user), {
        issuer: config.OIDC_ISSUER,
        audience: config.OIDC_AUDIENCE,
        ttlSeconds: TOKEN_TTL_SECONDS,
      });
      return reply
        .header('cache-control', 'no-store')
        .send({ access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_TTL_SECONDS });
    });
  };
}
