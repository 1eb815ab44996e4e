import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './kubectl';
import { apps, type AppName, type ComposeFile, type K8sObject } from './manifests';

export type Env = Record<string, string>;

export interface AppConfigFacts {
  /** The variables each app's config class reads. */
  apps: Record<AppName, { variables: string[] }>;
  /** Per deployment (as asked) and app: what the app's config finds wrong with the environment it is given. */
  problems: Record<string, Record<AppName, string[]>>;
  databasePoolSize: number;
  /** libs/auth ROLES. */
  roles: string[];
  /** The embedded issuer's demo users and the claims it gives them. */
  demoUsers: { username: string; claims: Record<string, string | string[]> }[];
}

/**
 * Asks the apps' own config classes (tools/deploy/app-config.cjs) about the environments each deployment
 * gives them; one child process per test file, as compiling the apps' config is the slow part.
 */
export function appConfigFacts(
  deployments: Record<string, Partial<Record<AppName, Env>>> = {},
): AppConfigFacts {
  const output = execFileSync(process.execPath, [join(repoRoot, 'tools', 'deploy', 'app-config.cjs')], {
    input: JSON.stringify(deployments),
    encoding: 'utf8',
  });
  return JSON.parse(output) as AppConfigFacts;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

interface PodContainer {
  name: string;
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string } }[];
}

/** A stand-in for a value the manifests take from a Secret (the real one comes from the secret store). */
function secretStandIn(app: string, variable: EnvVar): string {
  if (variable.name === 'DATABASE_URL') {
    return `postgres://app:secret@kzps-postgres-rw:5432/kzps_${app.replace(/-svc$/, '')}`;
  }
  const ref = variable.valueFrom?.secretKeyRef;
  return `stand-in-for-${ref?.name ?? 'secret'}-${ref?.key ?? variable.name}`;
}

/**
 * The environment a container of an app's Deployment gets: its ConfigMaps, then its own env. The serving
 * container by default; `migrate` for the migration init container.
 */
export function k8sEnv(objects: readonly K8sObject[], app: AppName, containerName: string = app): Env {
  const deployment = objects.find((object) => object.kind === 'Deployment' && object.metadata.name === app);
  if (!deployment) throw new Error(`no Deployment/${app}`);
  const pod = deployment.spec as unknown as {
    template: { spec: { containers: PodContainer[]; initContainers?: PodContainer[] } };
  };
  const container = [...pod.template.spec.containers, ...(pod.template.spec.initContainers ?? [])].find(
    (item) => item.name === containerName,
  );
  if (!container) throw new Error(`Deployment/${app} has no container ${containerName}`);
  const env: Env = {};
  for (const source of container.envFrom ?? []) {
    const map = objects.find(
      (object) => object.kind === 'ConfigMap' && object.metadata.name === source.configMapRef?.name,
    );
    if (!map) throw new Error(`Deployment/${app} reads a missing ConfigMap ${source.configMapRef?.name}`);
    Object.assign(env, map.data);
  }
  for (const variable of container.env ?? []) {
    env[variable.name] = variable.value ?? secretStandIn(app, variable);
  }
  return env;
}

/**
 * The environment compose gives a service: `${VAR:-default}` read as its default, `${VAR:?message}` (a value
 * the operator must put in .env) as a stand-in.
 */
export function composeEnv(compose: ComposeFile, app: AppName): Env {
  const service = compose.services[app];
  if (!service) throw new Error(`docker-compose.yml has no service ${app}`);
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([name, value]) => [
      name,
      String(value)
        .replace(/\$\{\w+:-([^}]*)\}/g, '$1')
        .replace(/\$\{(\w+):\?[^}]*\}/g, 'stand-in-for-$1'),
    ]),
  );
}

/** Variables whose value must come from the operator: a k8s Secret, or an .env value compose insists on. */
export function suppliedSecrets(
  objects: readonly K8sObject[],
  compose: ComposeFile,
  app: AppName,
): { k8s: string[]; compose: string[] } {
  const deployment = objects.find((object) => object.kind === 'Deployment' && object.metadata.name === app);
  const pod = deployment?.spec as unknown as
    { template: { spec: { containers: PodContainer[] } } } | undefined;
  const container = pod?.template.spec.containers.find((item) => item.name === app);
  return {
    k8s: (container?.env ?? [])
      .filter((variable) => variable.valueFrom?.secretKeyRef)
      .map((variable) => variable.name),
    compose: Object.entries(compose.services[app]?.environment ?? {})
      .filter(([, value]) => /\$\{\w+:\?/.test(String(value)))
      .map(([name]) => name),
  };
}

export const appNamesOf = Object.keys(apps) as AppName[];
