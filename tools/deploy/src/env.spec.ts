import { appConfigFacts, appNamesOf, composeEnv, k8sEnv, suppliedSecrets, type Env } from './app-config';
import { composeFile, overlays, readRepoFile, render, type AppName } from './manifests';

// The environment each deployment gives each app, read by the app's own config class.

const noProblems = Object.fromEntries(appNamesOf.map((app) => [app, []]));

/** The variables the README's table names (first column, in backticks). */
function documentedVariables(): Set<string> {
  const section = readRepoFile('README.md').split('## Environment variables')[1]?.split('\n## ')[0] ?? '';
  const names = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) =>
      [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]),
    );
  return new Set(names);
}

const k8sEnvs = (overlay: string): Record<AppName, Env> =>
  Object.fromEntries(appNamesOf.map((app) => [app, k8sEnv(render(overlay), app)])) as Record<AppName, Env>;
const composeEnvs = (): Record<AppName, Env> =>
  Object.fromEntries(appNamesOf.map((app) => [app, composeEnv(composeFile(), app)])) as Record<AppName, Env>;

/** The migrate init containers' environments (the gateway has none: it owns no database). */
const migrateEnvs = (overlay: string): Partial<Record<AppName, Env>> =>
  Object.fromEntries(
    appNamesOf
      .filter((app) => app !== 'gateway')
      .map((app) => [app, k8sEnv(render(overlay), app, 'migrate')]),
  );

const deployments: Record<string, Record<AppName, Env>> = {
  compose: composeEnvs(),
  ...Object.fromEntries(overlays.map((overlay) => [`k8s/${overlay}`, k8sEnvs(overlay)])),
};
const facts = appConfigFacts({
  ...deployments,
  ...Object.fromEntries(overlays.map((overlay) => [`k8s/${overlay}/migrate`, migrateEnvs(overlay)])),
});

/** Per app, the variables a deployment gives it that its config class does not read. */
function unreadVariables(envs: Record<AppName, Env>): Record<string, string[]> {
  return Object.fromEntries(
    appNamesOf.map((app) => [
      app,
      Object.keys(envs[app]).filter((name) => !facts.apps[app].variables.includes(name)),
    ]),
  );
}

describe('the environment the deployments give the apps', () => {
  it.each(overlays)(
    'k8s overlay %s: every app accepts its environment, the gateway with production defaults that start (defect 1)',
    (overlay) => {
      expect(facts.problems[`k8s/${overlay}`]).toEqual(noProblems);
    },
  );

  it.each(overlays)('k8s overlay %s: every migrate init container accepts its environment', (overlay) => {
    const services = Object.fromEntries(
      appNamesOf.filter((app) => app !== 'gateway').map((app) => [app, []]),
    );
    expect(facts.problems[`k8s/${overlay}/migrate`]).toEqual(services);
  });

  it('docker-compose: every app accepts its environment, the gateway with production defaults that start (defect 1)', () => {
    expect(facts.problems.compose).toEqual(noProblems);
  });

  it.each(overlays)('k8s overlay %s gives each app only variables it reads (defect 11)', (overlay) => {
    expect(unreadVariables(deployments[`k8s/${overlay}`])).toEqual(noProblems);
  });

  it('docker-compose gives each app only variables it reads (defect 11)', () => {
    expect(unreadVariables(deployments.compose)).toEqual(noProblems);
  });

  it('every app verifies tokens of the identity provider the deployments name in OIDC_* (defect 11)', () => {
    const oidc = ['OIDC_AUDIENCE', 'OIDC_ISSUER', 'OIDC_JWKS_URL'];
    const missing = Object.fromEntries(
      appNamesOf.map((app) => [app, oidc.filter((name) => !facts.apps[app].variables.includes(name))]),
    );
    expect(missing).toEqual(noProblems);
    for (const envs of Object.values(deployments)) {
      const unset = Object.fromEntries(
        appNamesOf.map((app) => [app, oidc.filter((name) => !envs[app][name])]),
      );
      expect(unset).toEqual(noProblems);
    }
  });

  it('the README documents every variable an app reads (defect 11)', () => {
    const documented = documentedVariables();
    const read = new Set(appNamesOf.flatMap((app) => facts.apps[app].variables));
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
  });

  it("every secret an app reads comes from the operator, never from the embedded run's default", () => {
    const secrets = appNamesOf.flatMap((app) =>
      facts.apps[app].variables.filter((name) => /SECRET|PASSWORD/.test(name)).map((name) => ({ app, name })),
    );
    const production = render('production');
    const compose = composeFile();
    const unsupplied = secrets.filter(({ app, name }) => {
      const supplied = suppliedSecrets(production, compose, app);
      return !supplied.k8s.includes(name) || !supplied.compose.includes(name);
    });
    expect(unsupplied).toEqual([]);
  });

  it('the deployments serve no API documentation in production, and say so (defect 11)', () => {
    expect(deployments['k8s/production']['registry-svc'].SWAGGER_ENABLED).toBe('false');
    expect(deployments.compose['registry-svc'].SWAGGER_ENABLED).toBe('false');
  });
});
