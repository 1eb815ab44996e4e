import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { repoRoot } from './kubectl';
import { appNames, composeFile, named, readRepoFile, render } from './manifests';
import { parse } from 'yaml';

// docker-compose.yml: the Compose Specification's schema (as dclint ships it), then what `docker compose up`
// needs to come up and stay up (k8s/README.md has the Kubernetes side).

const compose = composeFile();

describe('docker-compose.yml', () => {
  it('validates against the Compose Specification schema', () => {
    // Its $schema names draft-07 by an https URL ajv does not know by that name; the dialect is draft-07.
    const { $schema: _dialect, ...schema } = JSON.parse(
      readFileSync(join(repoRoot, 'node_modules', 'dclint', 'schemas', 'compose.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    // Validated as written (anchors resolved, `x-` extensions kept), as `docker compose config` reads it.
    const valid = validate(parse(readRepoFile('docker-compose.yml'), { merge: true }));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("keeps Kafka's log on its volume, on the same Kafka version as the Strimzi cluster (defect 10)", () => {
    const kafka = compose.services.kafka;
    const logDirs = String(kafka.environment?.KAFKA_LOG_DIRS ?? '');
    const mounts = (kafka.volumes ?? []).map((volume) => volume.split(':')[1]);
    expect(
      logDirs
        .split(',')
        .filter((dir) => !mounts.some((mount) => dir === mount || dir.startsWith(`${mount}/`))),
    ).toEqual([]);
    expect(logDirs).not.toBe('');
    const strimzi = named(render('production'), 'Kafka', 'kzps-kafka').spec as { kafka: { version: string } };
    expect(kafka.image).toBe(`apache/kafka:${strimzi.kafka.version}`);
  });

  it('gives every app a healthcheck, and starts the gateway after the services are healthy (defect 10)', () => {
    const without = appNames.filter((app) => !compose.services[app]?.healthcheck?.test?.length);
    expect(without).toEqual([]);
    const dependsOn = compose.services.gateway.depends_on as Record<string, { condition: string }>;
    for (const app of appNames.filter((name) => name !== 'gateway')) {
      expect({ app, condition: dependsOn[app]?.condition }).toEqual({ app, condition: 'service_healthy' });
    }
  });

  it('imports the kzps realm into Keycloak at start, with the issuer the apps expect (defect 2)', () => {
    const keycloak = compose.services.keycloak;
    expect(keycloak.command).toContain('--import-realm');
    const realmMount = (keycloak.volumes ?? []).find((volume) =>
      volume.includes('/opt/keycloak/data/import/'),
    );
    expect(realmMount?.split(':')[0]).toBe('./deploy/keycloak/realm-kzps.json');
    const realm = (JSON.parse(readRepoFile('deploy', 'keycloak', 'realm-kzps.json')) as { realm: string })
      .realm;
    const hostname = String(keycloak.environment?.KC_HOSTNAME);
    for (const app of appNames) {
      const env = compose.services[app].environment ?? {};
      expect({ app, issuer: env.OIDC_ISSUER }).toEqual({ app, issuer: `${hostname}/realms/${realm}` });
      expect({ app, jwks: env.OIDC_JWKS_URL }).toEqual({
        app,
        jwks: `http://keycloak:8080/realms/${realm}/protocol/openid-connect/certs`,
      });
    }
  });
});
