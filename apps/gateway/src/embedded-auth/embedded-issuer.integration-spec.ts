import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TokenVerifier } from '@kzps/auth';
import { ConfigurationError, loadConfig } from '@kzps/platform';
import { testServiceLog } from '@kzps/testing';
import { assertSafeForProduction, GatewayConfig } from '../config';
import { createGatewayApp } from '../gateway-app';
import { DEMO_USERS } from './demo-users';

interface TokenAnswer {
  access_token?: string;
  token_type?: string;
  error?: string;
}

describe('embedded OIDC issuer', () => {
  let dataDir: string;
  let gateway: NestFastifyApplication;
  let base: string;

  const start = async (): Promise<void> => {
    const config = loadConfig(GatewayConfig, {
      LOG_LEVEL: testServiceLog().level,
      AUTH_EMBEDDED: 'true',
      AUTH_DATA_DIR: dataDir,
      SWAGGER_ENABLED: 'false',
    });
    gateway = await createGatewayApp(config, testServiceLog().destination);
    await gateway.listen({ port: 0, host: '127.0.0.1' });
    const address = gateway.getHttpServer().address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  };

  const login = async (
    username: string,
    password = 'demo',
  ): Promise<{ status: number; body: TokenAnswer }> => {
    const response = await fetch(`${base}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        username,
        password,
        client_id: 'portal',
      }).toString(),
    });
    return { status: response.status, body: (await response.json()) as TokenAnswer };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gateway-auth-'));
    await start();
  });

  afterAll(async () => {
    await gateway.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('publishes a discovery document and a JWKS', async () => {
    const discovery = (await (await fetch(`${base}/auth/.well-known/openid-configuration`)).json()) as Record<
      string,
      string
    >;
    expect(discovery).toMatchObject({
      issuer: 'http://127.0.0.1:3000/auth',
      jwks_uri: 'http://127.0.0.1:3000/auth/jwks',
      token_endpoint: 'http://127.0.0.1:3000/auth/token',
    });
    const jwks = (await (await fetch(`${base}/auth/jwks`)).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('issues a token for every demo user that verifies against its JWKS, with the user’s claims', async () => {
    const verifier = new TokenVerifier({
      issuer: 'http://127.0.0.1:3000/auth',
      audience: 'kzps-api',
      jwksUrl: `${base}/auth/jwks`,
    });
    for (const user of DEMO_USERS) {
      const { status, body } = await login(user.username);
      expect(status).toBe(200);
      expect(body.token_type).toBe('Bearer');
      const identity = await verifier.verify(body.access_token ?? '');
      expect(identity).toMatchObject({ subject: user.subject, roles: user.roles });
      expect(identity.organizationId).toBe(user.organizationId);
    }
  });

  it('refuses a wrong password and an unknown grant the OAuth way', async () => {
    expect(await login('provider', 'guess')).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: expect.any(String) },
    });
  });

  it('accepts its own tokens at the gateway and keeps its key across restarts, owner-readable only', async () => {
    const { body } = await login('provider');
    const kid = ((await (await fetch(`${base}/auth/jwks`)).json()) as { keys: { kid: string }[] }).keys[0]
      ?.kid;
    await gateway.close();
    await start();
    const after = ((await (await fetch(`${base}/auth/jwks`)).json()) as { keys: { kid: string }[] }).keys[0]
      ?.kid;
    expect(after).toBe(kid);
    expect((await stat(join(dataDir, 'signing-key.json'))).mode & 0o077).toBe(0);
    // The token passes the gateway's own check (the upstream is absent: 503, not 401).
    const response = await fetch(`${base}/api/v1/registry/orgs/x/notes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${body.access_token ?? ''}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect([502, 503]).toContain(response.status);
  });

  it('refuses to start in production with the embedded issuer on', () => {
    const production = loadConfig(GatewayConfig, { NODE_ENV: 'production', AUTH_EMBEDDED: 'true' });
    expect(() => assertSafeForProduction(production)).toThrow(ConfigurationError);
    const external = loadConfig(GatewayConfig, { NODE_ENV: 'production', AUTH_EMBEDDED: 'false' });
    expect(() => assertSafeForProduction(external)).not.toThrow();
  });
});
