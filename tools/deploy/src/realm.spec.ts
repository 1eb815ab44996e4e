import { appConfigFacts } from './app-config';
import { named, readRepoFile, render } from './manifests';

// deploy/keycloak/realm-kzps.json: the realm Keycloak imports (docker-compose.yml; k8s/README.md for a cluster).
// What the services read from a token is libs/auth's: `roles` (or realm_access.roles), `aud`, `sub` and the
// identity claims organization_id, iin, bin, psc_id.

interface Mapper {
  name: string;
  protocolMapper: string;
  config: Record<string, string>;
}

interface Realm {
  realm: string;
  roles: { realm: { name: string }[] };
  clientScopes: { name: string; protocolMappers: Mapper[] }[];
  clients: {
    clientId: string;
    publicClient?: boolean;
    defaultClientScopes?: string[];
    protocolMappers?: Mapper[];
  }[];
  users: {
    id: string;
    username: string;
    lastName: string;
    attributes: Record<string, string[]>;
    realmRoles: string[];
  }[];
}

const realm = JSON.parse(readRepoFile('deploy', 'keycloak', 'realm-kzps.json')) as Realm;
const facts = appConfigFacts();
const identityClaims = ['organization_id', 'iin', 'bin', 'psc_id'];

/** The mappers that shape a client's access token: its own and its default scopes'. */
function mappersOf(clientId: string): Mapper[] {
  const client = realm.clients.find((item) => item.clientId === clientId);
  if (!client) throw new Error(`no client ${clientId}`);
  const scopes = realm.clientScopes.filter((scope) => client.defaultClientScopes?.includes(scope.name));
  return [...(client.protocolMappers ?? []), ...scopes.flatMap((scope) => scope.protocolMappers)].filter(
    (mapper) => mapper.config['access.token.claim'] === 'true',
  );
}

describe('the Keycloak realm export (defect 2)', () => {
  const common = named(render('production'), 'ConfigMap', 'kzps-common').data ?? {};

  it('is the realm and the audience the apps expect', () => {
    expect(common.OIDC_ISSUER?.endsWith(`/realms/${realm.realm}`)).toBe(true);
    expect(realm.clients.map((client) => client.clientId)).toContain(common.OIDC_AUDIENCE);
  });

  it('has every role of libs/auth as a realm role', () => {
    const roles = realm.roles.realm.map((role) => role.name).sort();
    expect(roles).toEqual([...facts.roles].sort());
  });

  it('gives every client that signs people in the audience, sub, roles and identity claims in its access token', () => {
    const signIn = realm.clients.filter((client) => client.publicClient);
    expect(signIn.length).toBeGreaterThan(0);
    for (const client of signIn) {
      const mappers = mappersOf(client.clientId);
      const claims = mappers.map((mapper) =>
        mapper.protocolMapper === 'oidc-audience-mapper'
          ? `aud=${mapper.config['included.client.audience']}`
          : mapper.protocolMapper === 'oidc-sub-mapper'
            ? 'sub'
            : mapper.config['claim.name'],
      );
      expect({ client: client.clientId, claims: claims.sort() }).toEqual({
        client: client.clientId,
        claims: expect.arrayContaining([`aud=${common.OIDC_AUDIENCE}`, 'sub', 'roles', ...identityClaims]),
      });
      const roles = mappers.find((mapper) => mapper.config['claim.name'] === 'roles');
      expect(roles?.protocolMapper).toBe('oidc-usermodel-realm-role-mapper');
      expect(roles?.config.multivalued).toBe('true');
    }
  });

  it("carries the embedded issuer's demo users with the same ids, roles and claims, each marked demo", () => {
    const users = realm.users.map((user) => ({
      username: user.username,
      demo: user.attributes.demo?.[0] === 'true' && user.lastName === '(DEMO)',
      sub: user.id,
      roles: user.realmRoles,
      claims: Object.fromEntries(
        identityClaims.flatMap((claim) =>
          user.attributes[claim] ? [[claim, user.attributes[claim][0]]] : [],
        ),
      ),
    }));
    const expected = facts.demoUsers.map((user) => ({
      username: user.username,
      demo: true,
      sub: user.claims.sub,
      roles: user.claims.roles,
      claims: Object.fromEntries(
        identityClaims.flatMap((claim) => (user.claims[claim] ? [[claim, user.claims[claim]]] : [])),
      ),
    }));
    expect(users).toEqual(expected);
  });
});
