import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceNames } from '@kzps/contracts';
import {
  eventually,
  exposedMetrics,
  freePort,
  metricSelectors,
  monitoringQueries,
  operationsOf,
  resolveRef,
  serviceLogFile,
  type OpenApiDocument,
  type Operation,
} from '@kzps/testing';
import { Client } from 'pg';

const root = join(__dirname, '..', '..', '..');
const apps = ['gateway', ...serviceNames] as const;
const portVariables: Record<(typeof apps)[number], string> = {
  gateway: 'GATEWAY_PORT',
  'registry-svc': 'REGISTRY_PORT',
  'standards-svc': 'STANDARDS_PORT',
  'applications-svc': 'APPLICATIONS_PORT',
  'complaints-svc': 'COMPLAINTS_PORT',
  'monitoring-svc': 'MONITORING_PORT',
};

function descendantsOf(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift() as number;
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
  output: string[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${pattern}" within ${timeoutMs} ms:\n${output.join('')}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      output.push(chunk.toString());
      if (pattern.test(output.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited early (${code}):\n${output.join('')}`));
    });
  });
}

/**
 * An operation as it reads: every $ref replaced by the schema it names (a schema met again inside itself by a
 * mark), without the operationId the merge may prefix. Two documents then compare by what they say, whatever
 * names they give their schemas.
 */
function comparable(document: OpenApiDocument, operation: Operation | undefined): unknown {
  const resolve = (node: unknown, seen: ReadonlySet<string>): unknown => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, seen));
    if (node === null || typeof node !== 'object') return node;
    const { $ref: ref, ...rest } = node as Record<string, unknown>;
    if (typeof ref === 'string') {
      const { name, schema } = resolveRef(document, ref);
      return seen.has(name) ? { recursive: true } : resolve(schema, new Set([...seen, name]));
    }
    return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, resolve(value, seen)]));
  };
  const { operationId: _operationId, ...rest } = operation ?? {};
  return resolve(rest, new Set());
}

describe('the embedded run (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kzps-e2e-'));
  const ports: Record<string, number> = {};
  let start: ChildProcess;
  const output: string[] = [];
  // Signs as the README tells a person to: `tools/scripts/demo-sign.mjs` with a fresh certificate of the run's
  // demo CA (npm start made it under DATA_DIR), the way the portal's signing software would.
  const demoSign = (body: Record<string, unknown>, holder: { iin: string } | { bin: string }): string => {
    const [flag, value] = 'iin' in holder ? ['--iin', holder.iin] : ['--bin', holder.bin];
    const signed = execFileSync(process.execPath, [join(root, 'tools/scripts/demo-sign.mjs'), flag, value], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      input: JSON.stringify(body),
      encoding: 'utf8',
    });
    return (JSON.parse(signed) as { signature: string }).signature;
  };

  beforeAll(async () => {
    chmodSync(dataDir, 0o755);
    for (const name of [...apps, 'postgres', 'kafka']) ports[name] = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      PG_PORT: String(ports.postgres),
      KAFKA_PORT: String(ports.kafka),
      // The deadline watchers sweep every few seconds, so a test waits seconds, not a minute, for their events.
      DEADLINE_WATCH_INTERVAL_MS: '3000',
    };
    // The test run's own servers must not leak into the embedded run: it starts its own.
    delete env.DATABASE_URL;
    delete env.KAFKA_BROKERS;
    delete env.TEST_DATABASE_URL;
    for (const app of apps) env[portVariables[app]] = String(ports[app]);
    start = spawn(process.execPath, [join(root, 'tools/scripts/start.mjs')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForLine(start, /all services are ready/, 240_000, output);
  }, 270_000);

  afterAll(async () => {
    // A run filtered with -t skips the Ctrl-C test: stop the run as a person would, and kill what outlives it,
    // so no app, broker or PostgreSQL is left running after the file.
    if (start.exitCode === null) {
      const started = descendantsOf(start.pid as number);
      const exited = new Promise((resolve) => start.once('exit', resolve));
      start.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000).unref())]);
      for (const pid of [start.pid as number, ...started].filter(isAlive)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // It exited between the check and the signal: what we wanted.
        }
      }
    }
    // What the six apps logged, for the run's check that no line carries an IIN or a name (issue 13).
    const logFile = serviceLogFile('embedded-run');
    if (logFile) writeFileSync(logFile, output.join(''));
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('brings up all six apps, ready, each with its API documentation', async () => {
    for (const app of apps) {
      const ready = await fetch(`http://127.0.0.1:${ports[app]}/health/ready`);
      expect({ app, status: ready.status }).toEqual({ app, status: 200 });
      if (app !== 'gateway') {
        expect(await ready.json()).toMatchObject({
          checks: { database: { status: 'up' }, broker: { status: 'up' } },
        });
      }
      const docs = await fetch(`http://127.0.0.1:${ports[app]}/docs`);
      expect({ app, status: docs.status }).toEqual({ app, status: 200 });
      expect(await docs.text()).toContain('swagger-ui');
    }
  });

  it('labels a request by its route pattern and status in every app, never by the id in its path', async () => {
    const id = randomUUID();
    const answer = await fetch(`http://127.0.0.1:${ports.gateway}/api/v1/registry/services/${id}`);
    expect(answer.status).toBe(404);
    const expected: Array<[(typeof apps)[number], string]> = [
      ['gateway', '/api/v1/registry/*'],
      ['registry-svc', '/api/v1/registry/services/:id'],
    ];
    for (const [app, route] of expected) {
      const text = await (await fetch(`http://127.0.0.1:${ports[app]}/metrics`)).text();
      const labelled = text
        .split('\n')
        .filter((line) => line.startsWith('http_request_duration_seconds_count{'))
        .some((line) => line.includes(`route="${route}"`) && line.includes('status_code="404"'));
      expect({ app, route, labelled }).toEqual({ app, route, labelled: true });
      expect(text).not.toContain(id);
    }
    for (const app of apps) {
      const scraped = exposedMetrics(await (await fetch(`http://127.0.0.1:${ports[app]}/metrics`)).text());
      expect({
        app,
        labels: ['method', 'route', 'status_code'].every((l) => scraped.labelValues.has(l)),
      }).toEqual({
        app,
        labels: true,
      });
    }
  });

  it('exports every metric, and every sweep, that the alert rules and the dashboard read (k8s/monitoring)', async () => {
    const names = new Set<string>();
    const sweeps = new Set<string>();
    for (const app of apps) {
      const scraped = exposedMetrics(await (await fetch(`http://127.0.0.1:${ports[app]}/metrics`)).text());
      scraped.names.forEach((name) => names.add(name));
      scraped.labelValues.get('sweep')?.forEach((sweep) => sweeps.add(sweep));
    }
    const missing: string[] = [];
    for (const query of monitoringQueries(root)) {
      for (const selector of metricSelectors(query.expr)) {
        if (!names.has(selector.metric)) missing.push(`${query.where}: ${selector.metric}`);
        for (const matcher of selector.matchers.filter((m) => m.label === 'sweep' && m.op !== '!~')) {
          // An alternation of sweep names: each must be a sweep some app runs, or the alert watches nothing.
          for (const sweep of matcher.op === '=~' ? matcher.value.split('|') : [matcher.value]) {
            if (!sweeps.has(sweep)) missing.push(`${query.where}: sweep ${sweep}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("keeps the gateway's signing key under DATA_DIR with the rest of the run's data", () => {
    expect(existsSync(join(dataDir, 'auth', 'signing-key.json'))).toBe(true);
  });

  it('serves the seeded registry through the gateway, searchable in Kazakh and Russian', async () => {
    const gateway = `http://127.0.0.1:${ports.gateway}/api/v1/registry/services`;
    const russian = await fetch(`${gateway}?q=${encodeURIComponent('регистрация')}&size=5`);
    expect(russian.status).toBe(200);
    const page = (await russian.json()) as { items: unknown[]; total: number; page: number; size: number };
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.length).toBeGreaterThan(0);
    const kazakh = await fetch(`${gateway}?q=${encodeURIComponent('тіркеу')}`);
    expect(((await kazakh.json()) as { total: number }).total).toBeGreaterThan(0);
  }, 60_000);

  const documentAt = async (port: number | undefined): Promise<OpenApiDocument> =>
    (await (await fetch(`http://127.0.0.1:${port}/openapi.json`)).json()) as OpenApiDocument;

  /**
   * The gateway's merged document has every operation of the service's own, each saying the same (examples
   * included) once $refs are resolved, whatever the merge renamed its schemas.
   */
  async function mergedAtGateway(
    app: 'registry-svc' | 'standards-svc',
    atLeast: number,
  ): Promise<OpenApiDocument> {
    const own = await documentAt(ports[app]);
    const operations = operationsOf(own);
    expect(operations.length).toBeGreaterThanOrEqual(atLeast);
    // Every app reported ready: the gateway's first answer already has every service's paths.
    const merged = await documentAt(ports.gateway);
    const missing = operations.filter(({ path, method }) => !merged.paths[path]?.[method]);
    expect(missing.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const differing = operations.filter(
      ({ path, method, operation }) =>
        JSON.stringify(comparable(own, operation)) !==
        JSON.stringify(comparable(merged, merged.paths[path]?.[method])),
    );
    expect(differing.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    return merged;
  }

  const problemCodes = (document: OpenApiDocument, method: 'post', path: string, status: string): string[] =>
    Object.keys(
      document.paths[path]?.[method]?.responses?.[status]?.content?.['application/problem+json']?.examples ??
        {},
    );

  it('documents every registry-svc operation at the gateway, with the examples registry-svc gives', async () => {
    const merged = await mergedAtGateway('registry-svc', 30);
    expect(problemCodes(merged, 'post', '/api/v1/registry/services/{id}/amendments', '409')).toEqual(
      expect.arrayContaining(['SERVICE_NOT_INCLUDED', 'SERVICE_CHANGE_SCHEDULED']),
    );
  }, 60_000);

  it('documents every standards-svc operation at the gateway, its examples naming the demo registry’s service', async () => {
    const merged = await mergedAtGateway('standards-svc', 26);
    expect(problemCodes(merged, 'post', '/api/v1/standards/{id}/discussion/notice', '409')).toEqual(
      expect.arrayContaining(['DISCUSSION_STILL_OPEN', 'PROPOSAL_OUTCOMES_MISSING', 'APPROVER_AMBIGUOUS']),
    );
    // The service the examples name is the demo registry's 01.02-001, and standards-svc has its standard.
    const serviceId = merged.paths['/api/v1/standards']?.get?.parameters?.find((p) => p.name === 'serviceId')
      ?.schema?.example;
    const gateway = `http://127.0.0.1:${ports.gateway}/api/v1`;
    const entry = await fetch(`${gateway}/registry/services/${String(serviceId)}`);
    expect(entry.status).toBe(200);
    expect(((await entry.json()) as { code: string }).code).toBe('01.02-001');
    const standards = await fetch(`${gateway}/standards?serviceId=${String(serviceId)}`);
    expect(((await standards.json()) as { total: number }).total).toBe(1);
  }, 60_000);

  /** A request through the gateway; anything but a 2xx answer throws with what came back. */
  const call = async <T>(method: string, path: string, token?: string, body?: object): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${ports.gateway}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };

  /** A demo user's access token from the gateway's embedded issuer. */
  const signIn = async (username: string): Promise<string> => {
    const response = await fetch(`http://127.0.0.1:${ports.gateway}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', username, password: 'demo' }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  };

  it('imports a CSV file through the gateway as a job, and a retry finds the same job', async () => {
    const gateway = `http://127.0.0.1:${ports.gateway}`;
    const document = (await (await fetch(`${gateway}/openapi.json`)).json()) as OpenApiDocument;
    const body = document.paths['/api/v1/registry/imports']?.post?.requestBody as
      { content: Record<string, { schema: { example: string } }> } | undefined;
    const file = body?.content['text/csv']?.schema.example ?? '';
    const authority = await signIn('authority');
    const send = () =>
      fetch(`${gateway}/api/v1/registry/imports`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${authority}`,
          'content-type': 'text/csv; charset=utf-8',
          'idempotency-key': 'e2e-import',
        },
        body: file,
      });
    const queued = await send();
    expect(queued.status).toBe(202);
    const location = queued.headers.get('location') ?? '';
    expect(location).toMatch(/^\/api\/v1\/registry\/imports\/[0-9a-f-]{36}$/);
    const job = await eventually(async () => {
      const read = await fetch(`${gateway}${location}`, {
        headers: { authorization: `Bearer ${authority}` },
      });
      const answer = (await read.json()) as { status: string; report: { imported: number } | null };
      return ['imported', 'rejected', 'failed'].includes(answer.status) && answer;
    }, 'the import job finished');
    expect(job).toMatchObject({ status: 'imported', report: { imported: 1 } });
    const retry = await send();
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe(location);
  }, 60_000);

  it('moves a term standards-svc counts when an administrator records a day off at the registry', async () => {
    const authority = await signIn('authority');
    const admin = await signIn('admin');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());

    // The public-services authority drafts a service of the Ministry of Labour and records its inclusion.
    const organizations = await call<{ items: Array<{ id: string; bin: string }> }>(
      'GET',
      '/api/v1/registry/organizations?size=100',
    );
    const labour = organizations.items.find((organization) => organization.bin === '010140000014');
    expect(labour).toBeDefined();
    const draft = await call<{ id: string }>('POST', '/api/v1/registry/services', authority, {
      name: { kk: 'Е2Е сынақ қызметі', ru: 'Тестовая услуга E2E' },
      classifierCode: '01.02',
      recipientTypes: ['individual'],
      ownerId: labour?.id,
      providerIds: [labour?.id],
      intakeOrganizationIds: [],
      intakeViaPortal: true,
      deliveryForm: 'electronic',
      channels: ['e-government-portal'],
      paid: false,
      legalBasis: { kk: 'Сынақ негізі', ru: 'Тестовое основание' },
      termWorkingDays: 5,
    });
    await call('POST', `/api/v1/registry/services/${draft.id}/inclusion`, authority, {
      decreeNumber: 'E2E-1',
      decreeDate: today,
    });

    // standards-svc learns of the inclusion from the registry's event and starts the Art. 9.5 clock.
    type Standard = { includedAt: string; terms: Array<{ kind: string; dueDate: string }> };
    const discussionDue = async (): Promise<{ includedAt: string; dueDate?: string }> => {
      const page = await call<{ items: Standard[] }>('GET', `/api/v1/standards?serviceId=${draft.id}`);
      const standard = page.items[0];
      const dueDate = standard?.terms.find((term) => term.kind === 'public_discussion')?.dueDate;
      return { includedAt: standard?.includedAt ?? '', ...(dueDate ? { dueDate } : {}) };
    };
    const until = <T>(probe: () => Promise<T | undefined | false>, what: string) =>
      eventually(probe, what, { timeoutMs: 30_000 });
    const before = await until(async () => {
      const found = await discussionDue();
      return found.dueDate ? found : undefined;
    }, 'standards-svc to open the discussion term');

    // The administrator records a day off on that very day; the registry counts the new end at once...
    await call('POST', '/api/v1/registry/calendar/amendments', admin, {
      kind: 'day_off',
      date: before.dueDate,
      nameKk: 'Қосымша демалыс күні',
      nameRu: 'Дополнительный день отдыха',
      legalBasis: { kk: 'E2E: Үкімет қаулысы', ru: 'E2E: постановление Правительства' },
    });
    const query = new URLSearchParams({ start: before.includedAt, amount: '30', unit: 'calendar_days' });
    const expected = await call<{ dueDate: string }>('GET', `/api/v1/registry/calendar/terms?${query}`);
    expect(expected.dueDate > (before.dueDate ?? '')).toBe(true);
    // ...and standards-svc, once the event reaches it, shows the same end for its open term.
    await until(async () => {
      const after = await discussionDue();
      return after.dueDate === expected.dueDate;
    }, `the discussion term to move from ${before.dueDate} to ${expected.dueDate}`);

    // The services with no terms yet keep their own copy of the calendar too, at the registry's revision.
    const { revision } = await call<{ revision: number }>('GET', '/api/v1/registry/calendar');
    for (const service of ['applications', 'complaints', 'monitoring']) {
      const client = new Client({
        connectionString: `postgres://postgres:postgres@127.0.0.1:${ports.postgres}/kzps_${service}`,
      });
      await client.connect();
      try {
        await until(async () => {
          const { rows } = await client.query<{ revision: number }>('SELECT revision FROM calendar_revision');
          return rows[0]?.revision === revision;
        }, `${service}-svc's calendar copy to reach revision ${revision}`);
        const { rows } = await client.query<{ date: string }>(
          `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM calendar_amendment WHERE kind = 'day_off'`,
        );
        expect(rows.map((row) => row.date)).toContain(before.dueDate);
      } finally {
        await client.end();
      }
    }
  }, 60_000);

  /**
   * Issue 16 through the gateway, from a refusal: applications-svc's demo refused the demo business's application
   * at the Almaty akimat's desk, and its events reached complaints-svc. (From an overdue application, with every
   * instance of the chain: below.)
   */
  it('takes the demo business’s refused application to the akimat, then to the body that owns the service (Art. 19.1-2)', async () => {
    const [business, provider] = await Promise.all(['business', 'provider'].map(signIn));
    type Stage = { stage: number; instanceRole: string; termWorkingDays: number | null; state: string };
    type Complaint = { id: string; applicationId: string | null; stages: Stage[] };
    const refused = await eventually(
      async () => {
        const page = await call<{ items: Array<{ id: string; trackingNumber: string; serviceId: string }> }>(
          'GET',
          '/api/v1/applications?status=refused',
          business,
        );
        return page.items[0];
      },
      'the demo business’s refused application',
      { timeoutMs: 30_000 },
    );

    // complaints-svc knows the application once applications-svc's events reached it; until then it is unknown.
    const filed = await eventually(
      () =>
        call<Complaint>('POST', '/api/v1/complaints', business, {
          serviceId: refused.serviceId,
          trackingNumber: refused.trackingNumber,
          ground: 'refusal',
          description: 'Негізсіз бас тартылды / Отказали без основания',
        }).catch(() => undefined),
      'the complaint about the refused application registered',
      { timeoutMs: 30_000 },
    );
    expect(filed.applicationId).toBe(refused.id);
    expect(filed.stages[0]).toMatchObject({
      stage: 1,
      instanceRole: 'local_executive_body',
      termWorkingDays: 5,
      state: 'open',
    });

    await call('POST', `/api/v1/complaints/${filed.id}/decision`, provider, {
      outcome: 'refused',
      reasons: { kk: 'Бас тарту стандартқа сәйкес', ru: 'Отказ соответствует стандарту' },
    });
    const escalated = await call<Complaint>('POST', `/api/v1/complaints/${filed.id}/escalation`, business);
    expect(
      escalated.stages.map(({ stage, instanceRole, state }) => ({ stage, instanceRole, state })),
    ).toEqual([
      { stage: 2, instanceRole: 'owner', state: 'open' },
      { stage: 1, instanceRole: 'local_executive_body', state: 'decided' },
    ]);
  }, 90_000);

  /** A JSON call through the gateway: the answer's status and body. */
  const api = async <T>(
    method: string,
    path: string,
    token?: string,
    body?: object,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T }> => {
    const response = await fetch(`http://127.0.0.1:${ports.gateway}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  type Application = {
    id: string;
    trackingNumber: string;
    status: string;
    serviceId: string;
    channel: string;
    providerOrganizationId: string;
    fee: { amountKzt: number; paidAt: string | null } | null;
  };
  type Page<T> = { items: T[]; total: number; page: number; size: number };
  type Standard = { documents: Array<{ id: string }>; fee: { free: boolean } };
  /**
   * The caller's applications once the demo seeder has written those with every given status and through
   * every given channel: it writes them one after another, so a status seen says nothing of a channel.
   */
  const demoApplications = async (
    token: string,
    statuses: string[] = [],
    channels: string[] = [],
  ): Promise<Page<Application>> =>
    eventually(
      async () => {
        const page = await api<Page<Application>>('GET', '/api/v1/applications?size=100', token);
        const seen = new Set(page.body.items?.flatMap((a) => [a.status, a.channel]));
        const written = [...statuses, ...channels].every((s) => seen.has(s));
        return page.status === 200 && page.body.total > 0 && written && page.body;
      },
      `applications-svc's demo applications (${[...statuses, ...channels].join(', ')})`,
      { timeoutMs: 60_000 },
    );

  it('shows the demo applications after npm start: the operator those of their PSC, the recipient their own, across statuses', async () => {
    const operator = await demoApplications(
      await signIn('operator'),
      ['accepted', 'in_work', 'result_ready', 'issued'],
      ['psc'],
    );
    expect(new Set(operator.items.map((a) => a.channel))).toEqual(new Set(['psc']));
    const recipientChannels = ['psc', 'specialised_psc', 'electronic'];
    const recipient = await demoApplications(
      await signIn('recipient'),
      ['withdrawn', 'result_ready'],
      recipientChannels,
    );
    expect(new Set(recipient.items.map((a) => a.channel))).toEqual(new Set(recipientChannels));
    const providerChannels = ['psc', 'specialised_psc', 'provider', 'electronic'];
    const provider = await demoApplications(
      await signIn('provider'),
      ['refused', 'issued', 'withdrawn'],
      providerChannels,
    );
    expect(new Set(provider.items.map((a) => a.channel))).toEqual(new Set(providerChannels));
  }, 90_000);

  it("takes a citizen's signed electronic application through the gateway: submitted, tracked by number, the provider's signed result issued (Art. 15)", async () => {
    const [recipient, provider] = [await signIn('recipient'), await signIn('provider')];
    const demo = await demoApplications(provider);
    const free = demo.items.find((a) => a.fee === null);
    expect(free).toBeDefined();
    const serviceId = free?.serviceId ?? '';
    const standard = await api<Standard>('GET', `/api/v1/applications/services/${serviceId}/standard`);
    expect(standard.status).toBe(200);
    const request = {
      serviceId,
      channel: 'electronic',
      providerOrganizationId: free?.providerOrganizationId ?? '',
      documentIds: standard.body.documents.slice(0, 2).map((d) => d.id),
    };
    const signature = demoSign(request, { iin: '900315401233' });
    const tampered = await api<{ code: string }>('POST', '/api/v1/applications', recipient, {
      ...request,
      documentIds: request.documentIds.slice(0, 1),
      signature,
    });
    expect(tampered.body.code).toBe('SIGNATURE_CONTENT_MISMATCH');
    const submitted = await api<{ applicationId: string; trackingNumber: string; dueDate: string }>(
      'POST',
      '/api/v1/applications',
      recipient,
      { ...request, signature },
    );
    expect(submitted.status).toBe(201);
    const { applicationId, trackingNumber } = submitted.body;

    // Anyone holding the number sees the status and due date, nothing personal (Art. 5.5.6).
    const tracked = await api<Record<string, unknown>>(
      'GET',
      `/api/v1/applications/status/${trackingNumber}`,
    );
    expect(tracked).toEqual({
      status: 200,
      body: {
        trackingNumber,
        status: 'accepted',
        statusText: expect.objectContaining({ kk: expect.any(String) }),
        dueDate: submitted.body.dueDate,
      },
    });

    const organization = await api<{ bin: string }>(
      'GET',
      `/api/v1/registry/organizations/${free?.providerOrganizationId}`,
    );
    const documentSha256 = createHash('sha256').update(`e2e result ${applicationId}`).digest('hex');
    expect((await api('POST', `/api/v1/applications/${applicationId}/in-work`, provider)).status).toBe(200);
    const result = await api<Application>('POST', `/api/v1/applications/${applicationId}/result`, provider, {
      form: 'electronic_document',
      documentSha256,
      providerSignature: demoSign(
        { applicationId, form: 'electronic_document', documentSha256 },
        { bin: organization.body.bin },
      ),
    });
    // Free and electronic: the result reaches the recipient's cabinet when recorded.
    expect(result.body.status).toBe('issued');
    const after = await api<{ status: string }>('GET', `/api/v1/applications/status/${trackingNumber}`);
    expect(after.body.status).toBe('issued');
  }, 90_000);

  it("takes the payment gateway's signed callback through the gateway without a token, and refuses other anonymous writes (Art. 18)", async () => {
    const recipient = await signIn('recipient');
    // The seeder may still be writing the demo: wait for the paid result itself, not only for its status.
    const awaiting = await eventually(
      async () =>
        (await demoApplications(recipient)).items.find(
          (a) => a.status === 'result_ready' && a.fee && !a.fee.paidAt,
        ),
      'the demo citizen’s paid result awaiting its fee',
    );
    const id = awaiting?.id ?? '';
    const withdrawal = await api<{ code: string }>('POST', `/api/v1/applications/${id}/withdrawal`);
    expect(withdrawal).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } });
    const notice = {
      paymentId: `E2E-${Date.now()}`,
      amountKzt: awaiting?.fee?.amountKzt ?? 0,
      paidAt: new Date().toISOString(),
    };
    const timestamp = String(Math.floor(Date.now() / 1000));
    // The embedded run's PAYMENT_CALLBACK_SECRET default (apps/applications-svc/src/config.ts).
    const text = [timestamp, id, notice.paymentId, String(notice.amountKzt), notice.paidAt].join('.');
    const headers = {
      'x-payment-timestamp': timestamp,
      'x-payment-signature': createHmac('sha256', 'embedded-run-payment-secret').update(text).digest('hex'),
    };
    const forged = await api('POST', `/api/v1/applications/${id}/payments`, undefined, notice, {
      ...headers,
      'x-payment-signature': '0'.repeat(64),
    });
    expect(forged.status).toBe(401);
    const paid = await api('POST', `/api/v1/applications/${id}/payments`, undefined, notice, headers);
    expect(paid.status).toBeLessThan(300);
    const application = await api<Application>('GET', `/api/v1/applications/${id}`, recipient);
    expect(application.body).toMatchObject({ status: 'issued', fee: { paidAt: notice.paidAt } });
  }, 90_000);

  it("takes a PSC operator's application through the gateway: accepted with the documents presented, the provider's result at the PSC, issued there (Art. 14, 5.5.5)", async () => {
    const [operator, provider] = [await signIn('operator'), await signIn('provider')];
    const demo = await demoApplications(operator);
    const serviceId = demo.items[0]?.serviceId ?? '';
    const standard = await api<Standard>('GET', `/api/v1/applications/services/${serviceId}/standard`);
    const accept = (documentIds: string[]) =>
      api<{ applicationId: string; code: string; handoverDueAt: string; missingDocumentIds: string[] }>(
        'POST',
        '/api/v1/applications',
        operator,
        {
          serviceId,
          channel: 'psc',
          providerOrganizationId: demo.items[0]?.providerOrganizationId,
          recipient: { iin: '900315401233' },
          documentIds,
          identificationMethod: 'identity_document',
        },
      );
    const ids = standard.body.documents.map((d) => d.id);
    const incomplete = await accept(ids.slice(0, 2));
    expect(incomplete).toMatchObject({ status: 422, body: { code: 'DOCUMENTS_INCOMPLETE' } });
    const accepted = await accept(ids);
    expect(accepted.status).toBe(201);
    expect(accepted.body.handoverDueAt).toEqual(expect.any(String));
    const { applicationId } = accepted.body;
    expect((await api('POST', `/api/v1/applications/${applicationId}/in-work`, provider)).status).toBe(200);
    const ready = await api<Application>('POST', `/api/v1/applications/${applicationId}/result`, provider, {
      form: 'paper_document',
      documentNumber: 'E2E-001',
    });
    expect(ready.body.status).toBe('result_ready');
    const issued = await api<Application>('POST', `/api/v1/applications/${applicationId}/issuance`, operator);
    expect(issued.body.status).toBe('issued');
    const history = await api<Array<{ status: string }>>(
      'GET',
      `/api/v1/applications/${applicationId}/history`,
      operator,
    );
    expect(JSON.stringify(history.body)).toContain('result_ready');
  }, 90_000);

  /** The demo registry's organisation with this BIN, and the service with this code: their ids. */
  const demoIds = async (
    bin: string,
    code: string,
  ): Promise<{ organizationId: string; serviceId: string }> => {
    const organizations = await call<Page<{ id: string; bin: string }>>(
      'GET',
      '/api/v1/registry/organizations?size=100',
    );
    const services = await call<Page<{ id: string; code: string }>>(
      'GET',
      '/api/v1/registry/services?size=200',
    );
    const organizationId = organizations.items.find((organization) => organization.bin === bin)?.id;
    const serviceId = services.items.find((service) => service.code === code)?.id;
    expect({ organizationId, serviceId }).toEqual({
      organizationId: expect.any(String),
      serviceId: expect.any(String),
    });
    return { organizationId: organizationId ?? '', serviceId: serviceId ?? '' };
  };
  const todayInKazakhstan = (): string =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());

  /**
   * Issue 16 from an overdue application, with the demo officers at every instance. applications-svc's demo took
   * the Ministry of Labour's social assistance (04.01-001, delivered by the Almaty akimat) into work three weeks
   * ago, through its real intake dated in the past (`DemoHistory`); its term ran out, and the deadline watcher
   * raised it overdue as it would any application (monitoring-svc counts that event). The demo citizen complains
   * that the term was missed; the file goes to the akimat, the ministry and the quality authority, then to court.
   */
  it('walks a complaint about an overdue application through the gateway from the akimat to the ministry, the quality authority and the court (Art. 19.1-5, 19.7)', async () => {
    const [citizen, provider, owner, quality] = await Promise.all(
      ['recipient', 'provider', 'owner', 'quality'].map(signIn),
    );
    type Stage = {
      stage: number;
      instanceId: string;
      instanceRole: string;
      termWorkingDays: number | null;
      dueDate: string | null;
      state: string;
    };
    type Complaint = {
      id: string;
      applicationId: string | null;
      status: string;
      stages: Stage[];
      court: unknown;
      requirements: unknown[];
    };
    const { organizationId: labour, serviceId } = await demoIds('010140000014', '04.01-001');
    const { organizationId: akimat } = await demoIds('990140100013', '04.01-001');

    const overdue = await eventually(
      async () => {
        const page = await api<Page<Application>>('GET', '/api/v1/applications?overdue=true', citizen);
        // In work since the demo's history took it there, the day after its intake.
        return page.body.items?.find((a) => a.serviceId === serviceId && a.status === 'in_work');
      },
      'the demo citizen’s overdue application',
      { timeoutMs: 60_000 },
    );
    expect(overdue.providerOrganizationId).toBe(akimat);
    // Overdue for real: the watcher's event reached monitoring-svc, which counts it for the service.
    await eventually(
      async () => {
        const read = await api<Page<{ applicationsOverdue: number }>>(
          'GET',
          `/api/v1/monitoring/indicators?serviceId=${serviceId}&groupBy=service`,
          quality,
        );
        return (read.body.items?.[0]?.applicationsOverdue ?? 0) >= 1;
      },
      'the overdue event counted by monitoring-svc',
      { timeoutMs: 60_000 },
    );

    // complaints-svc knows the application from applications-svc's events; it is the citizen's own.
    const filed = await eventually(
      () =>
        call<Complaint>('POST', '/api/v1/complaints', citizen, {
          serviceId,
          trackingNumber: overdue.trackingNumber,
          ground: 'term_missed',
          description: 'Мерзім өтіп кетті, нәтиже жоқ / Срок истёк, результата нет',
        }).catch(() => undefined),
      'the complaint about the overdue application registered',
      { timeoutMs: 30_000 },
    );
    expect(filed.applicationId).toBe(overdue.id);
    expect(filed.stages[0]).toMatchObject({
      stage: 1,
      instanceId: akimat,
      instanceRole: 'local_executive_body',
      termWorkingDays: 5,
      state: 'open',
    });
    const register = await call<Page<{ complaintId: string }>>(
      'GET',
      '/api/v1/complaints?size=200',
      provider,
    );
    expect(register.items.map((entry) => entry.complaintId)).toContain(filed.id);

    const refuse = (token: string) =>
      call<Complaint>('POST', `/api/v1/complaints/${filed.id}/decision`, token, {
        outcome: 'refused',
        reasons: { kk: 'Мерзім дәлелді себеппен ұзартылды', ru: 'Срок продлён по уважительной причине' },
      });
    const escalate = () => call<Complaint>('POST', `/api/v1/complaints/${filed.id}/escalation`, citizen);

    // Art. 19.2: the akimat, then the central body that approved the standard, then the quality authority.
    await refuse(provider);
    const atMinistry = await escalate();
    expect(atMinistry.stages[0]).toMatchObject({
      stage: 2,
      instanceId: labour,
      instanceRole: 'owner',
      termWorkingDays: 5,
      state: 'open',
    });
    await refuse(owner);
    const atQuality = await escalate();
    const qualityStage = atQuality.stages[0];
    expect(qualityStage).toMatchObject({
      stage: 3,
      instanceRole: 'quality_authority',
      termWorkingDays: 15,
      state: 'open',
    });
    expect(atQuality.stages.map((stage) => stage.state)).toEqual(['open', 'decided', 'decided']);

    // Art. 19.4-5: satisfied, with the causes found, a measure, and a requirement to the akimat.
    const dueDate = qualityStage?.dueDate ?? '';
    await call('POST', `/api/v1/complaints/${filed.id}/decision`, quality, {
      outcome: 'satisfied',
      reasons: { kk: 'Мерзім бұзылды', ru: 'Срок нарушен' },
      causes: { kk: 'Өтініш уақытында қаралмады', ru: 'Заявление не рассмотрено в срок' },
      measures: [{ text: { kk: 'Нәтижені беру', ru: 'Выдать результат' }, dueDate }],
    });
    await call('POST', `/api/v1/complaints/${filed.id}/requirements`, quality, {
      addresseeId: akimat,
      text: { kk: 'Нәтижені беру', ru: 'Выдать результат' },
      dueDate,
    });

    // No instance after the quality authority: the court (Art. 19.7), which is recorded and closes nothing.
    await expect(escalate()).rejects.toThrow(/409 .*CHAIN_EXHAUSTED/);
    const inCourt = await call<Complaint>('POST', `/api/v1/complaints/${filed.id}/court`, citizen, {
      court: { kk: 'Алматы қаласының әкімшілік соты', ru: 'Административный суд города Алматы' },
      filedOn: todayInKazakhstan(),
    });
    expect(inCourt).toMatchObject({
      status: 'decided',
      court: { stage: 3 },
      requirements: [expect.anything()],
    });
    const mine = await call<Page<{ complaintId: string }>>(
      'GET',
      '/api/v1/complaints/mine?size=100',
      citizen,
    );
    expect(mine.items.map((entry) => entry.complaintId)).toContain(filed.id);
  }, 180_000);

  it('answers an inspection’s published results without a token through the gateway, and nothing of one not completed (Art. 22.3.2)', async () => {
    const quality = await signIn('quality');
    const { organizationId: labour, serviceId } = await demoIds('010140000014', '04.01-001');
    const today = todayInKazakhstan();
    const reference = `e2e-ground-${Date.now()}`;
    const schedule = () =>
      call<{ inspectionId: string }>('POST', '/api/v1/monitoring/inspections', quality, {
        kind: 'unplanned',
        ground: { kind: 'monitoring-finding', reference },
        subjectOrganizationId: labour,
        subjectRole: 'owner',
        serviceIds: [serviceId],
        startDate: today,
        endDate: today,
      });
    const { inspectionId: completed } = await schedule();
    const { inspectionId: unfinished } = await schedule();
    await call('POST', `/api/v1/monitoring/inspections/${completed}/findings`, quality, {
      serviceId,
      violated: { kind: 'law-article', reference: 'Art. 8.5 / 8.5-бап' },
      description: { kk: 'Мерзім бұзылды', ru: 'Нарушен срок оказания услуги' },
    });
    await call('POST', `/api/v1/monitoring/inspections/${completed}/completion`, quality, {
      summary: { kk: 'Бұзушылық анықталды', ru: 'Выявлено нарушение' },
    });

    const published = await api<Page<{ inspectionId: string }>>(
      'GET',
      '/api/v1/monitoring/inspections/published?size=200',
    );
    expect(published.status).toBe(200);
    expect(published.body.items.map((item) => item.inspectionId)).toContain(completed);
    expect(published.body.items.map((item) => item.inspectionId)).not.toContain(unfinished);
    const one = await api<Record<string, unknown>>(
      'GET',
      `/api/v1/monitoring/inspections/published/${completed}`,
    );
    expect(one).toMatchObject({
      status: 200,
      body: {
        inspectionId: completed,
        groundKind: 'monitoring-finding',
        summary: { ru: 'Выявлено нарушение' },
        findings: [
          expect.objectContaining({ violated: { kind: 'law-article', reference: 'Art. 8.5 / 8.5-бап' } }),
        ],
      },
    });
    // The ground's reference is the authority's working material, not part of the published results.
    expect(JSON.stringify(one.body)).not.toContain(reference);

    // Not completed: not published, and the inspection itself needs a token.
    const notPublished = await api<{ code: string }>(
      'GET',
      `/api/v1/monitoring/inspections/published/${unfinished}`,
    );
    expect(notPublished.status).toBe(404);
    const withoutToken = await api<{ code: string }>('GET', `/api/v1/monitoring/inspections/${unfinished}`);
    expect(withoutToken).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } });
  }, 60_000);

  it('shows a newcomer the dashboard with months of indicators from the demo’s history (issue 17)', async () => {
    const quality = await signIn('quality');
    const months = await eventually(
      async () => {
        const read = await api<
          Page<{ month: string; applicationsSubmitted: number; resultsIssuedLate: number }>
        >('GET', '/api/v1/monitoring/indicators?groupBy=month&size=100', quality);
        const withApplications = read.body.items?.filter((row) => row.applicationsSubmitted > 0) ?? [];
        return withApplications.length >= 7 && withApplications;
      },
      'seven months of applications on the dashboard',
      { timeoutMs: 60_000 },
    );
    expect(months.filter((row) => row.resultsIssuedLate > 0).length).toBeGreaterThanOrEqual(6);
  }, 90_000);

  it('runs the registry search benchmark against the schema as it is (a small run, on the build npm start made)', () => {
    const output = execFileSync(process.execPath, [join(root, 'apps/registry-svc/bench/search.bench.mjs')], {
      cwd: root,
      env: { ...process.env, BENCH_ENTRIES: '1500', BENCH_ROUNDS: '100' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(output).toMatch(/loaded 1500 entries/);
    expect(output).toMatch(/100 searches over 1500 entries/);
    expect(output).toMatch(/p50 [\d.]+ ms {2}p95 [\d.]+ ms/);
  }, 150_000);

  it('restarts an app that crashed, with back-off, and it comes back ready', async () => {
    const table = execFileSync('ps', ['-e', '-o', 'pid=,args='], { encoding: 'utf8' });
    const registry = descendantsOf(start.pid as number).find((pid) =>
      table
        .split('\n')
        .some((line) => line.trim().startsWith(`${pid} `) && line.includes('registry-svc/src/main.js')),
    );
    expect(registry).toBeDefined();
    process.kill(registry as number, 'SIGKILL');
    await eventually(
      () => output.join('').includes('registry-svc exited (signal SIGKILL); restarting in 1 s'),
      'the supervisor noticing the crash',
    );
    await eventually(
      async () => (await fetch(`http://127.0.0.1:${ports['registry-svc']}/health/ready`)).ok,
      'registry-svc ready again',
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  }, 90_000);

  it('stops every process it started on Ctrl-C', async () => {
    const started = descendantsOf(start.pid as number);
    expect(started.length).toBeGreaterThanOrEqual(apps.length + 2);
    const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    // The PostgreSQL server may take a moment to finish its own shutdown after the stop signal.
    const deadline = Date.now() + 10_000;
    while (started.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(started.filter(isAlive)).toEqual([]);
  }, 60_000);
});
