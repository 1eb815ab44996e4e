import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenVerifier } from './token-verifier';

// The realm export (deploy/keycloak/realm-kzps.json) against a real Keycloak: a demo user's token, issued by
// the realm's password-grant demo client, is accepted by the verifier every service uses, with the roles and
// identity claims the services read. Needs TEST_INFRA=containers (a Docker engine), which starts Keycloak with
// the realm imported and sets KEYCLOAK_URL; the default run does not collect this file (jest.config.js).

interface DemoUser {
  id: string;
  username: string;
  attributes: Record<string, string[]>;
  realmRoles: string[];
}

const realm = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'deploy', 'keycloak', 'realm-kzps.json'), 'utf8'),
) as { realm: string; users: DemoUser[] };

function keycloakUrl(): string {
  const url = process.env.KEYCLOAK_URL;
  if (!url) throw new Error('KEYCLOAK_URL is not set: run with TEST_INFRA=containers');
  return `${url}/realms/${realm.realm}`;
}

async function accessTokenOf(username: string): Promise<string> {
  const answer = await fetch(`${keycloakUrl()}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'kzps-demo', username, password: 'demo' }),
  });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** The services' verifier, configured from the realm's discovery document as OIDC_* would configure it. */
async function verifier(audience = 'kzps-api'): Promise<TokenVerifier> {
  const discovery = (await (await fetch(`${keycloakUrl()}/.well-known/openid-configuration`)).json()) as {
    issuer: string;
    jwks_uri: string;
  };
  return new TokenVerifier({ issuer: discovery.issuer, audience, jwksUrl: discovery.jwks_uri });
}

const demoUser = (username: string): DemoUser => {
  const user = realm.users.find((item) => item.username === username);
  if (!user) throw new Error(`no demo user ${username} in the realm export`);
  return user;
};

describe('tokens of the kzps realm export, verified as the services verify them', () => {
  it('gives a recipient a kzps-api token with the realm role and the IIN', async () => {
    const user = demoUser('recipient');
    const identity = await (await verifier()).verify(await accessTokenOf(user.username));
    expect(identity).toMatchObject({ subject: user.id, roles: ['recipient'], iin: user.attributes.iin?.[0] });
  });

  it("gives a one-stop centre operator the organisation and the centre's id", async () => {
    const user = demoUser('operator');
    const identity = await (await verifier()).verify(await accessTokenOf(user.username));
    expect(identity).toMatchObject({
      subject: user.id,
      roles: ['psc-operator'],
      organizationId: user.attributes.organization_id?.[0],
      pscId: user.attributes.psc_id?.[0],
    });
  });

  it('refuses the token for another audience than the API', async () => {
    const other = await verifier('another-api');
    await expect(other.verify(await accessTokenOf('recipient'))).rejects.toThrow();
  });
});
