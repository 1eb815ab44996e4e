// The embedded run: one command brings up PostgreSQL, the Kafka-protocol broker and all six apps.
//   npm start                  build, then start everything (data kept under .data/)
//   npm start -- --no-build    skip the build
// DATABASE_URL (a server URL; each service uses its own database on it) and KAFKA_BROKERS switch to
// external infrastructure. A process that dies is started again with back-off (supervisor.cjs); Ctrl-C (or
// SIGTERM) stops every process this script started.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Supervisor } from './supervisor.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = process.env;
const dataDir = env.DATA_DIR ?? join(root, '.data');
const port = (name, fallback) => Number(env[name] ?? fallback);

const ports = {
  postgres: port('PG_PORT', 54329),
  kafka: port('KAFKA_PORT', 9092),
  gateway: port('GATEWAY_PORT', 3000),
  'registry-svc': port('REGISTRY_PORT', 3001),
  'standards-svc': port('STANDARDS_PORT', 3002),
  'applications-svc': port('APPLICATIONS_PORT', 3003),
  'complaints-svc': port('COMPLAINTS_PORT', 3004),
  'monitoring-svc': port('MONITORING_PORT', 3005),
};
const services = ['registry-svc', 'standards-svc', 'applications-svc', 'complaints-svc', 'monitoring-svc'];
let stopping = false;

function say(message) {
  process.stdout.write(`[start] ${message}\n`);
}

const supervisor = new Supervisor({ cwd: root, env, say });

function startChild(name, args, extraEnv, onStart) {
  return supervisor.start(name, args, extraEnv, onStart);
}

// Waits as long as it takes, as Kubernetes does: the supervisor restarts what crashes, and on a shared, loaded
// machine six Node apps can take minutes to boot (the gateway is ready only once every service it fronts is).
// Every two minutes it says who is still not ready, so a start that never ends shows why.
async function waitFor(url, name, reportEveryMs = 120_000) {
  const started = Date.now();
  let nextReport = started + reportEveryMs;
  while (!stopping) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() >= nextReport) {
      say(`${name} still not ready at ${url} after ${Math.round((Date.now() - started) / 1000)} s`);
      nextReport += reportEveryMs;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function startPostgres() {
  return new Promise((resolve, reject) => {
    let first = true;
    startChild(
      'postgres',
      [
        join(root, 'tools/scripts/postgres.mjs'),
        '--port',
        String(ports.postgres),
        '--data-dir',
        join(dataDir, 'postgres'),
      ],
      {},
      (child) => {
        if (!first) return;
        first = false;
        child.stdout.on('data', (chunk) => {
          if (String(chunk).includes('PostgreSQL ready'))
            resolve(`postgres://postgres:postgres@127.0.0.1:${ports.postgres}/postgres`);
        });
        child.once('exit', () => reject(new Error('PostgreSQL did not start')));
      },
    );
  });
}

function databaseUrlFor(serverUrl, service) {
  const url = new URL(serverUrl);
  url.pathname = `/kzps_${service.replace(/-svc$/, '')}`;
  return url.toString();
}

/**
 * Electronic requests must be signed by a certificate chaining to a configured root (Art. 15.2). Unless the
 * environment names its own trust, the embedded run trusts a demo CA made at the first start under
 * $DATA_DIR/signature (never in the repository, never production's); `tools/scripts/demo-sign.mjs` signs a
 * request with a certificate it issues.
 */
async function demoSignatureTrust() {
  if (env.SIGNATURE_TRUST_ANCHORS_FILE || env.SIGNATURE_VERIFIER) return {};
  const { DemoCa } = createRequire(import.meta.url)(join(root, 'dist/libs/signature/src/demo/demo-ca.js'));
  const ca = await DemoCa.open(join(dataDir, 'signature'), new Date());
  say(`demo signature CA in ${ca.dir} (electronic requests: tools/scripts/demo-sign.mjs)`);
  return {
    SIGNATURE_TRUST_ANCHORS_FILE: ca.trustAnchorsFile,
    SIGNATURE_INTERMEDIATES_FILE: ca.intermediatesFile,
    // The demo applications sign their electronic requests and results with it too.
    DEMO_SIGNATURE_CA_DIR: ca.dir,
  };
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping');
  // The services first, together: each stops taking requests and answers those in flight while the gateway
  // still relays their answers. Then the gateway, then the broker and the database they drained into.
  await supervisor.stop([services, ['gateway'], ['kafka-lite'], ['postgres']]);
  say('stopped');
  process.exit(code);
}

async function main() {
  // Last resort if this script dies some other way: no child outlives it.
  process.on('exit', () => supervisor.killAll());
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  if (!process.argv.includes('--no-build')) {
    say('building');
    const build = spawnSync(process.execPath, [join(root, 'tools/scripts/build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const databaseServer = env.DATABASE_URL ?? (await startPostgres());
  say(
    env.DATABASE_URL
      ? 'using external PostgreSQL from DATABASE_URL'
      : `embedded PostgreSQL on port ${ports.postgres}`,
  );

  let brokers = env.KAFKA_BROKERS;
  if (!brokers) {
    startChild('kafka-lite', [
      join(root, 'tools/kafka-lite/bin/kafka-lite.js'),
      '--host',
      '127.0.0.1',
      '--port',
      String(ports.kafka),
      '--data-dir',
      join(dataDir, 'kafka'),
    ]);
    brokers = `127.0.0.1:${ports.kafka}`;
    say(`kafka-lite broker on ${brokers} (data in ${join(dataDir, 'kafka')})`);
  } else {
    say(`using external Kafka at ${brokers}`);
  }

  // Tokens come from the gateway's embedded issuer unless an external one is configured: every app must
  // trust the gateway on the port it really listens on, not the default 3000.
  const issuer = env.OIDC_ISSUER
    ? {}
    : {
        OIDC_ISSUER: `http://127.0.0.1:${ports.gateway}/auth`,
        OIDC_JWKS_URL: `http://127.0.0.1:${ports.gateway}/auth/jwks`,
      };
  // The embedded run is a demo: the registry loads its demo services into an empty database, and
  // applications-svc demo applications and complaints-svc the demo citizen's complaints once those services
  // reach them (each app's own default is off, so a production start never seeds). SEED_DEMO_DATA=false turns
  // all three off.
  // standards-svc needs nothing more: it finds the authorities and the Ministry of Justice by the roles the
  // seeded organisations are published with.
  const seed = { SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? 'true' };
  const demo = {
    'registry-svc': seed,
    'applications-svc': { ...seed, ...(await demoSignatureTrust()) },
    'complaints-svc': seed,
  };
  // The apps inherit this environment, OTEL_* included: with OTEL_EXPORTER_OTLP_ENDPOINT set they send their
  // spans there (README "Tracing"), each under its own service name.
  for (const service of services) {
    startChild(service, [join(root, 'dist/apps', service, 'src/main.js')], {
      OTEL_SERVICE_NAME: service,
      PORT: String(ports[service]),
      DATABASE_URL: databaseUrlFor(databaseServer, service),
      KAFKA_BROKERS: brokers,
      ...issuer,
      ...demo[service],
    });
  }
  const upstreams = Object.fromEntries(
    services.map((service) => [
      `${service.replace(/-svc$/, '').toUpperCase()}_URL`,
      `http://127.0.0.1:${ports[service]}`,
    ]),
  );
  startChild('gateway', [join(root, 'dist/apps/gateway/src/main.js')], {
    OTEL_SERVICE_NAME: 'gateway',
    PORT: String(ports.gateway),
    // The embedded issuer's signing key lives with the rest of the run's data, wherever DATA_DIR puts it.
    AUTH_DATA_DIR: join(dataDir, 'auth'),
    KAFKA_BROKERS: brokers,
    ...issuer,
    ...upstreams,
  });

  await Promise.all(
    ['gateway', ...services].map((name) => waitFor(`http://127.0.0.1:${ports[name]}/health/ready`, name)),
  );
  if (stopping) return;
  say('all services are ready:');
  say(
    `  gateway            http://127.0.0.1:${ports.gateway}          docs http://127.0.0.1:${ports.gateway}/docs`,
  );
  for (const service of services) {
    say(
      `  ${service.padEnd(18)} http://127.0.0.1:${ports[service]}          docs http://127.0.0.1:${ports[service]}/docs`,
    );
  }
  say('press Ctrl-C to stop');
}

main().catch((error) => {
  process.stderr.write(`[start] ${error instanceof Error ? error.message : String(error)}\n`);
  void stop(1);
});
