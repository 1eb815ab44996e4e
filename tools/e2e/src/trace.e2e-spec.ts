import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Topics } from '@kzps/contracts';
import { createTestDatabase, eventually, freePort, serviceLogFile, type TestDatabase } from '@kzps/testing';

// One trace from the gateway to another service's read model, recorded by the apps as they really start:
// their own main entries, tracing switched on by OTEL_EXPORTER_OTLP_ENDPOINT alone, spans exported over
// OTLP/HTTP to a collector that keeps them in memory (this test). gateway → registry-svc → outbox → Kafka →
// standards-svc.

const root = join(__dirname, '..', '..', '..');
const registerHook = join(root, 'tools/scripts/register-ts.cjs');

/** OTLP span kinds as the JSON encoding numbers them. */
const Kind = { server: 2, client: 3, producer: 4, consumer: 5 } as const;

interface CollectedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpExport {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: Array<{
      spans?: Array<Omit<CollectedSpan, 'service' | 'attributes'> & { attributes?: OtlpAttribute[] }>;
    }>;
  }>;
}

const valueOf = (value: OtlpValue): unknown => value.stringValue ?? value.intValue ?? value.boolValue;
const attributesOf = (list: OtlpAttribute[] = []): Record<string, unknown> =>
  Object.fromEntries(list.map((attribute) => [attribute.key, valueOf(attribute.value)]));

/** An OTLP/HTTP (JSON) trace receiver that keeps every span it is sent. */
async function startCollector(): Promise<{ url: string; spans: CollectedSpan[]; server: Server }> {
  const spans: CollectedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
      for (const resourceSpans of body.resourceSpans ?? []) {
        const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
        for (const scope of resourceSpans.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) {
            spans.push({
              service,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
              kind: span.kind,
              attributes: attributesOf(span.attributes),
            });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, spans, server };
}

interface App {
  child: ChildProcess;
  logFile: string;
  exited: Promise<void>;
}

function startApp(name: string, env: Record<string, string>, logDir: string): App {
  const logFile = serviceLogFile(`trace-${name}`) ?? join(logDir, `${name}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['-r', registerHook, join(root, 'apps', name, 'src/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, logFile, exited };
}

/**
 * Each app compiles its TypeScript and migrates a fresh database as it starts, slow on a loaded machine: the
 * wait is long, but ends at once, with the app's log, if the app exits. The gateway is never ready here (it
 * waits for all five services); live is enough for it.
 */
async function whenReady(app: App, port: number, name: string): Promise<void> {
  const probe = name === 'gateway' ? 'live' : 'ready';
  const died = app.exited.then(() => {
    throw new Error(`${name} exited before it was ready:\n${readFileSync(app.logFile, 'utf8').slice(-3000)}`);
  });
  await Promise.race([
    died,
    eventually(async () => (await fetch(`http://127.0.0.1:${port}/health/${probe}`)).ok, `${name} ready`, {
      timeoutMs: 240_000,
      intervalMs: 200,
    }),
  ]);
  died.catch(() => undefined);
}

describe('one trace from the gateway through the outbox and Kafka to another service', () => {
  const logDir = mkdtempSync(join(tmpdir(), 'kzps-trace-'));
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let databases: TestDatabase[] = [];
  const apps: Record<string, App> = {};
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    collector = await startCollector();
    const [registryDb, standardsDb] = await Promise.all([
      createTestDatabase('trace_registry'),
      createTestDatabase('trace_standards'),
    ]);
    databases = [registryDb, standardsDb];
    for (const name of ['gateway', 'registry-svc', 'standards-svc']) ports[name] = await freePort();
    const common = {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      // Export each span within a tenth of a second, so the test waits on the spans, not on a batch timer.
      OTEL_BSP_SCHEDULE_DELAY: '100',
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      OIDC_ISSUER: `http://127.0.0.1:${ports.gateway}/auth`,
      OIDC_JWKS_URL: `http://127.0.0.1:${ports.gateway}/auth/jwks`,
    };
    apps.gateway = startApp(
      'gateway',
      {
        ...common,
        PORT: String(ports.gateway),
        AUTH_DATA_DIR: join(logDir, 'auth'),
        REGISTRY_URL: `http://127.0.0.1:${ports['registry-svc']}`,
        STANDARDS_URL: `http://127.0.0.1:${ports['standards-svc']}`,
      },
      logDir,
    );
    apps['registry-svc'] = startApp(
      'registry-svc',
      {
        ...common,
        PORT: String(ports['registry-svc']),
        DATABASE_URL: registryDb.url,
        // The demo seed designates the public-services authority the demo user `authority` acts for: the
        // registry's writes are that body's alone (Art. 6.3, D38).
        SEED_DEMO_DATA: 'true',
      },
      logDir,
    );
    apps['standards-svc'] = startApp(
      'standards-svc',
      { ...common, PORT: String(ports['standards-svc']), DATABASE_URL: standardsDb.url },
      logDir,
    );
    await Promise.all(Object.entries(apps).map(([name, app]) => whenReady(app, ports[name] as number, name)));
  }, 300_000);

  afterAll(async () => {
    for (const app of Object.values(apps)) app.child.kill('SIGTERM');
    await Promise.all(Object.values(apps).map((app) => app.exited));
    await new Promise((resolve) => collector?.server.close(resolve));
    await Promise.all(databases.map((database) => database.drop()));
    rmSync(logDir, { recursive: true, force: true });
  }, 60_000);

  it('links the gateway request, the registry write, the Kafka hop and the read model update in parent order', async () => {
    const gateway = `http://127.0.0.1:${ports.gateway}`;
    const login = await fetch(`${gateway}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', username: 'authority', password: 'demo' }),
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const created = await fetch(`${gateway}/api/v1/registry/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        bin: '990240002344',
        nameKk: 'Алматы қаласының әкімдігі',
        nameRu: 'Акимат города Алматы',
        kind: 'local-executive-body',
        level: 'city-of-republican-significance',
        roles: ['service-owner', 'provider'],
        regionKato: '750000000',
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // The signal: standards-svc's consumer span for this organisation's event has been exported.
    const consumed = await eventually(
      () =>
        collector.spans.find(
          (span) =>
            span.service === 'standards-svc' &&
            span.kind === Kind.consumer &&
            span.attributes['messaging.kafka.message.key'] === id,
        ),
      'the consumer span of standards-svc',
      { timeoutMs: 30_000 },
    );
    expect(consumed.name).toBe(`process ${Topics.registryOrganizations}`);
    // Each app exports on its own: wait until the consumer's queries and its whole ancestry up to the root
    // (the gateway's spans, from another process) have arrived.
    const { trace, ancestry } = await eventually(() => {
      const spans = collector.spans.filter((span) => span.traceId === consumed.traceId);
      const byId = new Map(spans.map((span) => [span.spanId, span]));
      const chain: CollectedSpan[] = [];
      for (let span: CollectedSpan | undefined = consumed; span; span = byId.get(span.parentSpanId)) {
        chain.unshift(span);
      }
      const complete =
        chain[0]?.parentSpanId === '' && spans.some((span) => span.parentSpanId === consumed.spanId);
      return complete && { trace: spans, ancestry: chain.map((span) => `${span.service} ${span.kind}`) };
    }, 'the whole trace, root to consumer');
    expect(ancestry).toEqual([
      `gateway ${Kind.server}`,
      `gateway ${Kind.client}`,
      `registry-svc ${Kind.server}`,
      `registry-svc ${Kind.producer}`,
      `standards-svc ${Kind.consumer}`,
    ]);
    const root = trace.find((span) => span.parentSpanId === '');
    expect(root).toMatchObject({ service: 'gateway', kind: Kind.server });
    const registryServer = trace.find((span) => span.service === 'registry-svc' && span.kind === Kind.server);
    expect(registryServer?.name).toBe('POST /api/v1/registry/organizations');
    // PostgreSQL spans on both sides of the hop.
    const statementOf = (span: CollectedSpan) =>
      span.attributes['db.query.text'] ?? span.attributes['db.statement'];
    const queriesUnder = (parent: CollectedSpan | undefined) =>
      trace.filter((span) => span.parentSpanId === parent?.spanId && statementOf(span) !== undefined);
    expect(queriesUnder(registryServer).length).toBeGreaterThan(0);
    expect(queriesUnder(consumed).map((span) => String(statementOf(span)))).toEqual(
      expect.arrayContaining([expect.stringContaining('INSERT INTO inbox_message')]),
    );

    // The log lines of the request carry the trace: an on-call engineer goes from one to the other.
    const registryLog = readFileSync((apps['registry-svc'] as App).logFile, 'utf8');
    expect(registryLog).toContain(`"trace_id":"${consumed.traceId}"`);
  }, 60_000);
});
