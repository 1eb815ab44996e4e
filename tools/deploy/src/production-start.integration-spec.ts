import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, freePort, type TestDatabase } from '@kzps/testing';
import { appNamesOf, k8sEnv, type Env } from './app-config';
import { render, type AppName } from './manifests';
import { buildRuntimeImage } from './runtime-image';

// Each built app, started as the production overlay's Deployment starts it: the same environment (ConfigMap
// and env, secrets from the test run), as a non-root user, on the runtime dependencies alone, against the
// test run's PostgreSQL and broker. First each service's `migrate` init container, then the serving
// containers; each must answer /health/ready (defects 1, 7, 9 and 11 end to end).

const services = appNamesOf.filter((app) => app !== 'gateway');
/** The image's `node` user, as the Deployments' securityContext (runAsUser 1000) runs it. */
const imageUser = 1000;

interface Started {
  child: ChildProcess;
  output: string[];
}

function start(image: string, app: AppName, env: Env): Started {
  const output: string[] = [];
  const asImageUser = process.getuid?.() === 0 ? { uid: imageUser, gid: imageUser } : {};
  const child = spawn(process.execPath, [join('dist', 'apps', app, 'src', 'main.js')], {
    cwd: image,
    env: { ...env, PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...asImageUser,
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { child, output };
}

function exited(started: Started): Promise<number | null> {
  if (started.child.exitCode !== null) return Promise.resolve(started.child.exitCode);
  return new Promise((resolve) => started.child.once('exit', (code) => resolve(code)));
}

/** Resolves when the app answers 200 on /health/ready; rejects when it exits first. */
async function ready(started: Started, port: number, app: string): Promise<void> {
  let gone = false;
  void exited(started).then(() => {
    gone = true;
  });
  const deadline = Date.now() + 90_000;
  while (!gone && Date.now() < deadline) {
    const answer = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    if (answer?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${app} did not become ready (${gone ? 'exited' : 'timed out'}):\n${started.output.join('')}`,
  );
}

describe("the apps started with the production overlay's environment", () => {
  const objects = render('production');
  const ports = {} as Record<AppName, number>;
  const databases = {} as Record<AppName, TestDatabase>;
  const running: Started[] = [];
  let image: string;
  const trustDir = mkdtempSync(join(tmpdir(), 'kzps-trust-'));
  const trustAnchorsFile = join(trustDir, 'trust-anchors.pem');

  /** The environment of a container of the app's Deployment, pointed at this test run's infrastructure. */
  function envOf(app: AppName, container: string = app): Env {
    const env: Env = { ...k8sEnv(objects, app, container), PORT: String(ports[app]) };
    env.KAFKA_BROKERS = process.env.KAFKA_BROKERS ?? '';
    // The test broker is a single node; the production topics' factor 3 is checked in k8s.spec.ts.
    env.KAFKA_TOPIC_REPLICATION_FACTOR = '1';
    // No token is verified here; keep the apps from ever reaching for the ministry's identity provider.
    env.OIDC_ISSUER = 'http://127.0.0.1:9/realms/kzps';
    env.OIDC_JWKS_URL = 'http://127.0.0.1:9/realms/kzps/protocol/openid-connect/certs';
    if (databases[app]) env.DATABASE_URL = databases[app].url;
    // The pod reads the trust anchors from the ConfigMap mounted at this path; here a root made for the run.
    if (env.SIGNATURE_TRUST_ANCHORS_FILE) env.SIGNATURE_TRUST_ANCHORS_FILE = trustAnchorsFile;
    if (app === 'gateway') {
      for (const service of services) {
        env[`${service.replace(/-svc$/, '').toUpperCase()}_URL`] = `http://127.0.0.1:${ports[service]}`;
      }
    }
    return env;
  }

  beforeAll(async () => {
    image = buildRuntimeImage();
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=kzps deployment test root',
        '-keyout',
        join(trustDir, 'root.key'),
        '-out',
        trustAnchorsFile,
      ],
      { stdio: 'ignore' },
    );
    // Readable by the apps' non-root user, as a ConfigMap volume's files are (mode 0644).
    chmodSync(trustDir, 0o755);
    chmodSync(trustAnchorsFile, 0o644);
    for (const app of appNamesOf) ports[app] = await freePort();
    for (const app of services) databases[app] = await createTestDatabase(app.replace(/-svc$/, ''));
  }, 120_000);

  afterAll(async () => {
    for (const started of running) started.child.kill('SIGTERM');
    await Promise.all(running.map(exited));
    await Promise.all(Object.values(databases).map((database) => database.drop()));
    rmSync(image, { recursive: true, force: true });
    rmSync(trustDir, { recursive: true, force: true });
  }, 60_000);

  // One app at a time, as a rolling update brings pods up: six Nest apps booting at once would take both cores
  // from the test files running beside this one.
  it("runs every service's migrate init container to completion on a fresh database", async () => {
    const codes: Record<string, number | null> = {};
    for (const app of services) codes[app] = await exited(start(image, app, envOf(app, 'migrate')));
    expect(codes).toEqual(Object.fromEntries(services.map((app) => [app, 0])));
  }, 180_000);

  it('starts every app as a non-root user; each answers /health/ready and serves no /docs', async () => {
    for (const app of [...services, 'gateway' as const]) {
      const started = start(image, app, envOf(app));
      running.push(started);
      await ready(started, ports[app], app);
    }

    for (const [index, app] of [...services, 'gateway' as const].entries()) {
      const status = readFileSync(`/proc/${running[index]?.child.pid}/status`, 'utf8');
      expect({ app, uid: /^Uid:\s+(\d+)/m.exec(status)?.[1] }).toEqual({ app, uid: String(imageUser) });
      const docs = await fetch(`http://127.0.0.1:${ports[app]}/docs`);
      expect({ app, docs: docs.status }).toEqual({ app, docs: 404 });
    }
    const aggregate = await fetch(`http://127.0.0.1:${ports.gateway}/health/ready`);
    expect(aggregate.status).toBe(200);
  }, 240_000);
});
