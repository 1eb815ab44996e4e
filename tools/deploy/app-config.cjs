// What the apps themselves say about environments, for the deploy checks (tools/deploy/src): reads
// {"<deployment>": {"<app>": {<VAR>: "<value>"}}} on stdin and prints, per app, the variables its config class
// reads, and per deployment and app the problems loadConfig (and, for the gateway, the production safety
// check) finds in that environment; plus the
// database pool size of libs/db, the roles of libs/auth and the embedded issuer's demo users (the Keycloak
// realm export must carry the same). A child process because the checks treat the apps from outside.
'use strict';
require('../scripts/register-ts.cjs');
const { readFileSync } = require('node:fs');
const { getMetadataStorage } = require('class-validator');
const { loadConfig } = require('../../libs/platform/src/config/load-config.ts');
const { serviceDataSourceOptions } = require('../../libs/db/src/data-source-options.ts');
const { ROLES } = require('../../libs/auth/src/roles.ts');
const { claimsFor } = require('../../libs/auth/src/identity.ts');
const gateway = require('../../apps/gateway/src/config.ts');
const { DEMO_USERS } = require('../../apps/gateway/src/embedded-auth/demo-users.ts');

// Each app's config classes: its own, and those of libraries it reads beside it (main.ts).
const configClasses = {
  gateway: [gateway.GatewayConfig],
  'registry-svc': [require('../../apps/registry-svc/src/config.ts').RegistryConfig],
  'standards-svc': [require('../../apps/standards-svc/src/config.ts').StandardsConfig],
  'applications-svc': [
    require('../../apps/applications-svc/src/config.ts').ApplicationsConfig,
    require('../../libs/signature/src/signature.config.ts').SignatureConfig,
  ],
  'complaints-svc': [require('../../apps/complaints-svc/src/config.ts').ComplaintsConfig],
  'monitoring-svc': [require('../../apps/monitoring-svc/src/config.ts').MonitoringConfig],
};

function variablesOf(classes) {
  const metadata = classes.flatMap((configClass) =>
    getMetadataStorage().getTargetValidationMetadatas(configClass, '', true, false),
  );
  return [...new Set(metadata.map((item) => item.propertyName))].sort();
}

function problemsOf(app, env) {
  return configClasses[app].flatMap((configClass) => {
    try {
      const config = loadConfig(configClass, env);
      if (app === 'gateway') gateway.assertSafeForProduction(config);
      return [];
    } catch (error) {
      return error.problems ?? [error.message];
    }
  });
}

const deployments = JSON.parse(readFileSync(0, 'utf8'));
const apps = Object.fromEntries(
  Object.entries(configClasses).map(([app, classes]) => [app, { variables: variablesOf(classes) }]),
);
const problems = Object.fromEntries(
  Object.entries(deployments).map(([deployment, envs]) => [
    deployment,
    Object.fromEntries(Object.entries(envs).map(([app, env]) => [app, problemsOf(app, env)])),
  ]),
);
const pool = serviceDataSourceOptions({ url: 'postgres://db/db', entities: [], migrations: [] }).extra.max;
const demoUsers = DEMO_USERS.map((user) => ({ username: user.username, claims: claimsFor(user) }));
process.stdout.write(JSON.stringify({ apps, problems, databasePoolSize: pool, roles: ROLES, demoUsers }));
