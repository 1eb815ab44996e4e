import { createHmac } from 'node:crypto';
import type { IdentityClaimsInput } from '../identity';
import type { TestIssuer } from './test-issuer';

/** A bearer token no service may accept, and what is wrong with it. */
export interface HostileToken {
  name: string;
  token: string;
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

function parts(token: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signature: string;
} {
  const [header = '', payload = '', signature = ''] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>,
    signature,
  };
}

/**
 * Issue 20: the tokens every service must refuse with 401 by itself, not only behind the gateway: expired, its
 * claims tampered with after signing, `alg=none`, HS256 keyed with the issuer's public key (the algorithm
 * confusion), signed by a key the issuer does not publish, for another audience, from another issuer, and not
 * a JWT at all. Each carries the identity given (its roles), so only the token's fault can stop it.
 */
export async function hostileTokens(
  issuer: TestIssuer,
  identity: IdentityClaimsInput,
): Promise<HostileToken[]> {
  const good = await issuer.token(identity);
  const { header, payload, signature } = parts(good);
  const tampered = base64url(
    JSON.stringify({ ...payload, sub: `${String(payload.sub)}-other`, roles: ['admin'] }),
  );
  const jwks = (await (await fetch(issuer.jwksUrl)).json()) as { keys: unknown[] };
  const unsigned = `${base64url(JSON.stringify({ ...header, alg: 'none' }))}.${base64url(JSON.stringify(payload))}`;
  const confused = `${base64url(JSON.stringify({ ...header, alg: 'HS256' }))}.${base64url(JSON.stringify(payload))}`;
  const confusedSignature = createHmac('sha256', JSON.stringify(jwks.keys[0]))
    .update(confused)
    .digest('base64url');
  const now = Math.floor(Date.now() / 1000);
  return [
    { name: 'expired', token: await issuer.token(identity, { issuedAt: now - 600, ttlSeconds: -300 }) },
    { name: 'tampered claims', token: `${good.split('.')[0]}.${tampered}.${signature}` },
    { name: 'alg=none', token: `${unsigned}.` },
    { name: 'HS256 keyed with the public key', token: `${confused}.${confusedSignature}` },
    { name: 'signed by a foreign key', token: await issuer.token(identity, { foreignKey: true }) },
    { name: 'wrong audience', token: await issuer.token(identity, { audience: 'another-api' }) },
    {
      name: 'wrong issuer',
      token: await issuer.token(identity, { issuer: 'https://idp.example.org/realms/kzps' }),
    },
    { name: 'not a JWT', token: 'not-a-token' },
  ];
}
