import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type IdentityClaimsInput } from '@kzps/auth';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import { eventCatalog } from '@kzps/contracts';
import { loadConfig } from '@kzps/platform';
import { testServiceLog } from '@kzps/testing';
import { GatewayConfig } from './config';
import { createGatewayApp } from './gateway-app';
import { OpenApiAggregator } from './openapi/openapi-aggregator.service';
import {
  startUpstream,
  type EchoedWrite,
  type ForwardedHeaders,
  type RunningUpstream,
} from './test/upstream-fixture';

const NAMES = ['registry', 'standards', 'applications', 'complaints', 'monitoring'] as const;
const ORG = '6a540eee-bd8e-4f05-ba48-340ee393a4f3';
const officer: IdentityClaimsInput = {
  subject: 'officer-1',
  roles: ['provider-officer'],
  organizationId: ORG,
};

interface ProblemBody {
  code: string;
}
interface ReadinessBody {
  checks: Record<string, { status: string }>;
}
const problem = async (response: Response): Promise<ProblemBody> => (await response.json()) as ProblemBody;

describe('gateway in front of real services', () => {
  let issuer: TestIssuer;
  let upstreams: Record<(typeof NAMES)[number], RunningUpstream>;
  let gateway: NestFastifyApplication;
  let base: string;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    const started = await Promise.all(NAMES.map((name) => startUpstream(name, issuer.authOptions)));
    upstreams = Object.fromEntries(started.map((upstream) => [upstream.name, upstream])) as typeof upstreams;
    const config = loadConfig(GatewayConfig, {
      LOG_LEVEL: testServiceLog().level,
      AUTH_EMBEDDED: 'false',
      ...issuer.env,
      REGISTRY_URL: upstreams.registry.url,
      STANDARDS_URL: upstreams.standards.url,
      APPLICATIONS_URL: upstreams.applications.url,
      COMPLAINTS_URL: upstreams.complaints.url,
      MONITORING_URL: upstreams.monitoring.url,
      UPSTREAM_TIMEOUTS: 'registry=1000',
      RATE_LIMIT_PER_SUBJECT: '100',
      RATE_LIMIT_PER_IP: '100000',
      // A day: the 429 test's 100 sequential requests must all fall in one window however slow the machine.
      RATE_LIMIT_WINDOW_MS: '86400000',
      BODY_LIMIT_BYTES: '2048',
      UPLOAD_PATHS: '/api/v1/registry/imports',
      UPLOAD_BODY_LIMIT_BYTES: '8192',
      CORS_ORIGINS: 'https://portal.example.kz',
      OPENAPI_REFRESH_MS: '60000',
    });
    gateway = await createGatewayApp(config, testServiceLog().destination);
    await gateway.listen({ port: 0, host: '127.0.0.1' });
    const address = gateway.getHttpServer().address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await gateway.close();
    await Promise.all(Object.values(upstreams).map((upstream) => upstream.stop()));
    await issuer.close();
  });

  const write = async (token: string | undefined, orgId = ORG, init: RequestInit = {}) =>
    fetch(`${base}/api/v1/registry/orgs/${orgId}/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ text: 'checked' }),
      ...init,
    });

  it('forwards a public read to the owning service, path unchanged', async () => {
    for (const name of NAMES) {
      const response = await fetch(`${base}/api/v1/${name}/things`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ service: name, items: ['a', 'b'] });
    }
  });

  it('relays a small answer whole and a large one streamed, byte for byte with its length', async () => {
    for (const kb of [1, 300]) {
      const response = await fetch(`${base}/api/v1/registry/large?kb=${kb}`);
      const body = (await response.json()) as { filler: string };
      expect(response.status).toBe(200);
      expect(body.filler).toBe('к'.repeat(kb * 512));
    }
  });

  it('labels a forwarded request in the latency histogram by the route pattern and status, never by its ids', async () => {
    expect((await write(undefined)).status).toBe(401);
    expect((await fetch(`${base}/api/v1/standards/things`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(
      /http_request_duration_seconds_count\{[^}]*method="POST",route="\/api\/v1\/registry\/\*",status_code="401"[^}]*\} [1-9]/,
    );
    expect(metrics).toMatch(
      /http_request_duration_seconds_count\{[^}]*method="GET",route="\/api\/v1\/standards\/\*",status_code="200"[^}]*\} [1-9]/,
    );
    expect(metrics).not.toContain(ORG);
  });

  it('answers 401 problem+json to a write without a token', async () => {
    const response = await write(undefined);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({
      code: 'UNAUTHORIZED',
      localizedTitle: { kk: expect.any(String) },
    });
  });

  it('lets exactly the payment callback route through without a token (Art. 18: its HMAC authenticates it)', async () => {
    const post = (path: string) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ paymentId: 'p-1' }),
      });
    const callback = await post(`/api/v1/applications/${ORG}/payments`);
    expect(callback.status).toBe(201);
    expect(await callback.json()).toEqual({ id: ORG, action: 'payments' });
    // The same service opens other writes too: the gateway alone refuses them without a token.
    for (const path of [
      `/api/v1/applications/${ORG}/withdrawal`,
      `/api/v1/applications/${ORG}/payments/extra`,
      `/api/v1/applications/a/${ORG}/payments`,
      `/api/v1/applications/a.b/payments`,
      `/api/v1/applications//payments`,
      '/api/v1/applications',
      `/api/v1/complaints/${ORG}/payments`,
    ]) {
      const refused = await post(path);
      expect({ path, status: refused.status }).toEqual({ path, status: 401 });
      expect((await problem(refused)).code).toBe('UNAUTHORIZED');
    }
  });

  it('answers 401 to an expired, a tampered and a forged token', async () => {
    const expired = await write(await issuer.token(officer, { ttlSeconds: -10 }));
    expect(expired.status).toBe(401);
    expect((await problem(expired)).code).toBe('TOKEN_EXPIRED');
    const [header, , signature] = (await issuer.token(officer)).split('.');
    const payload = Buffer.from(JSON.stringify({ ...officer, sub: 'admin', roles: ['admin'] })).toString(
      'base64url',
    );
    const tampered = await write(`${header}.${payload}.${signature}`);
    expect(tampered.status).toBe(401);
    expect((await problem(tampered)).code).toBe('TOKEN_INVALID');
    const forged = await write(await issuer.token(officer, { foreignKey: true }));
    expect(forged.status).toBe(401);
  });

  it('answers 403 to a wrong role and to an officer of another organisation (the service decides)', async () => {
    const recipient = await write(
      await issuer.token({ subject: 'r-1', roles: ['recipient'], iin: '900315401233' }),
    );
    expect(recipient.status).toBe(403);
    expect((await problem(recipient)).code).toBe('ROLE_FORBIDDEN');
    const stranger = await write(await issuer.token({ ...officer, organizationId: 'other-org' }));
    expect(stranger.status).toBe(403);
    expect((await problem(stranger)).code).toBe('ORGANIZATION_FORBIDDEN');
  });

  it('passes a valid token through; the service sees the same identity, request id and trace', async () => {
    const token = await issuer.token({ ...officer, pscId: 'psc-7' });
    const response = await write(token, ORG, {
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': 'req-gw-1',
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req-gw-1');
    const echoed = (await response.json()) as EchoedWrite;
    expect(echoed.identity).toMatchObject({
      subject: 'officer-1',
      roles: ['provider-officer'],
      organizationId: ORG,
      pscId: 'psc-7',
    });
    expect(echoed.requestId).toBe('req-gw-1');
    expect(echoed.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(echoed.traceparent).not.toContain('00f067aa0ba902b7');
  });

  it('starts a trace when the caller sent none', async () => {
    const response = await write(await issuer.token(officer));
    expect(((await response.json()) as EchoedWrite).traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('refuses a non-JSON write with 415 and an oversized body with 413', async () => {
    const token = await issuer.token(officer);
    const text = await write(token, ORG, {
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    expect((await problem(text)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await write(token, ORG, { body: JSON.stringify({ text: 'x'.repeat(5000) }) });
    expect(big.status).toBe(413);
  });

  it('takes a CSV file larger than a JSON body under the upload paths, and only there', async () => {
    const token = await issuer.token(officer);
    const upload = (path: string, body: string, type = 'text/csv; charset=utf-8') =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${token}` },
        body,
      });
    const csv = `code,nameKk,nameRu\n${'01.01-001,Атауы,Название\n'.repeat(150)}`;
    expect(Buffer.byteLength(csv)).toBeGreaterThan(2048);
    const accepted = await upload('/api/v1/registry/imports', csv);
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toEqual({ bytes: Buffer.byteLength(csv), lines: 152 });

    const tooLarge = await upload('/api/v1/registry/imports', 'x'.repeat(9000));
    expect(tooLarge.status).toBe(413);
    expect((await problem(tooLarge)).code).toBe('PAYLOAD_TOO_LARGE');
    const plain = await upload('/api/v1/registry/imports', 'hello', 'text/plain');
    expect(plain.status).toBe(415);
    const elsewhere = await upload(`/api/v1/registry/orgs/${ORG}/notes`, 'a,b\n');
    expect(elsewhere.status).toBe(415);
  });

  it('forwards a body of known small length whole and a chunked one streamed, both byte for byte and bounded', async () => {
    const token = await issuer.token(officer);
    const csv = `code,nameKk,nameRu\n${'01.01-001,Атауы,Название\n'.repeat(150)}`;
    // No content-length: the gateway cannot read it whole before it knows the size, so it streams and counts.
    const chunked = (text: string) =>
      fetch(`${base}/api/v1/registry/imports`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body: new Blob([text]).stream(),
        duplex: 'half',
      } as RequestInit);
    const whole = await fetch(`${base}/api/v1/registry/imports`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: csv,
    });
    expect(whole.status).toBe(201);
    expect(await whole.json()).toEqual({ bytes: Buffer.byteLength(csv), lines: 152 });
    const streamed = await chunked(csv);
    expect(streamed.status).toBe(201);
    expect(await streamed.json()).toEqual({ bytes: Buffer.byteLength(csv), lines: 152 });
    const tooLarge = await chunked('x'.repeat(9000));
    expect(tooLarge.status).toBe(413);
    expect((await problem(tooLarge)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sets security headers and answers CORS only for allowed origins', async () => {
    const response = await fetch(`${base}/api/v1/registry/things`, {
      headers: { origin: 'https://portal.example.kz' },
    });
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example.kz');
    const preflight = await fetch(`${base}/api/v1/registry/orgs/x/notes`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const health = await fetch(`${base}/health/live`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers an allowed origin’s preflight at the gateway with what the browser needs, never credentials', async () => {
    const preflight = await fetch(`${base}/api/v1/registry/orgs/x/notes`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example.kz', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://portal.example.kz');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers its own refusals with the security headers, CORS and the caller’s request id', async () => {
    const refused = await write(undefined, ORG, {
      headers: {
        'content-type': 'application/json',
        origin: 'https://portal.example.kz',
        'x-request-id': 'req-refused-1',
      },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toBe('req-refused-1');
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://portal.example.kz');
  });

  it('tells the service who called (x-forwarded-*, a request id) and keeps a cache rule the service gives', async () => {
    const response = await fetch(`${base}/api/v1/registry/forwarded`, {
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(response.status).toBe(200);
    const forwarded = (await response.json()) as ForwardedHeaders;
    expect(forwarded).toEqual({
      for: '203.0.113.7, 127.0.0.1',
      proto: 'http',
      host: new URL(base).host,
      requestId: response.headers.get('x-request-id'),
    });
    expect(forwarded.requestId).toMatch(/^[\w-]{36}$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses a URL that does not decode with 400 problem+json', async () => {
    const response = await fetch(`${base}/api/v1/registry/things%ff`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await problem(response)).code).toBe('BAD_REQUEST');
  });

  it('guards a path the router has to decode as it guards a plain one', async () => {
    // `%72` is `r`: the router decodes it to match the registry's routes, and the service does the same.
    const refused = await fetch(`${base}/api/v1/%72egistry/${ORG}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(401);
    expect((await problem(refused)).code).toBe('UNAUTHORIZED');
    const read = await fetch(`${base}/api/v1/%72egistry/things`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ service: 'registry', items: ['a', 'b'] });
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers the 101st request of a subject in a window with 429 and Retry-After', async () => {
    const token = await issuer.token({ ...officer, subject: 'busy-officer' });
    const headers = { authorization: `Bearer ${token}` };
    const statuses: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const response = await fetch(`${base}/api/v1/standards/things`, { headers });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await fetch(`${base}/api/v1/standards/things`, { headers });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await problem(refused)).code).toBe('TOO_MANY_REQUESTS');
    // Another subject is not affected.
    const other = await fetch(`${base}/api/v1/standards/things`, {
      headers: { authorization: `Bearer ${await issuer.token(officer)}` },
    });
    expect(other.status).toBe(200);
  });

  it('answers 504 when a service is slower than the route timeout, instead of waiting for it', async () => {
    // The service would answer 200 after 1.6 s: a 504 means the gateway gave up at its timeout first.
    const response = await fetch(`${base}/api/v1/registry/slow?ms=1600`);
    expect(response.status).toBe(504);
    expect((await problem(response)).code).toBe('UPSTREAM_TIMEOUT');
  });

  it('answers 502 UPSTREAM_CONNECTION_BROKEN when a service drops the connection without an answer', async () => {
    const response = await fetch(`${base}/api/v1/registry/broken`);
    expect(response.status).toBe(502);
    expect((await problem(response)).code).toBe('UPSTREAM_CONNECTION_BROKEN');
  });

  it('answers 503 while a service is down, reports it, and recovers when it is back', async () => {
    await upstreams.registry.stop();
    // 502/503, not 504: a refused connection is answered at once, not after the route timeout.
    const down = await fetch(`${base}/api/v1/registry/things`);
    expect([502, 503]).toContain(down.status);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as ReadinessBody).checks['upstream:registry']?.status).toBe('down');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/gateway_upstream_errors_total\{[^}]*upstream="registry"[^}]*\} [1-9]/);

    await upstreams.registry.restart();
    const back = await fetch(`${base}/api/v1/registry/things`);
    expect(back.status).toBe(200);
    const readyAgain = await fetch(`${base}/health/ready`);
    const readyBody = (await readyAgain.json()) as ReadinessBody & { status: string };
    expect(readyBody.status).toBe('ready');
  });

  it('serves one OpenAPI 3 document with every service’s paths and the bearer scheme, and /docs', async () => {
    const document = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, { responses?: unknown; security?: unknown }>>;
      components: { securitySchemes: Record<string, { type: string; scheme: string }> };
      'x-upstreams': Record<string, { status: string }>;
    };
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(document.info.title).toEqual(expect.any(String));
    expect(document.info.version).toEqual(expect.any(String));
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const name of NAMES) {
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([`/api/v1/${name}/things`, `/api/v1/${name}/orgs/{orgId}/notes`]),
      );
      expect(document['x-upstreams'][name]?.status).toBe('up');
      // A public read says it needs no token; a write keeps the bearer requirement.
      expect(document.paths[`/api/v1/${name}/things`]?.get?.security).toEqual([]);
      expect(document.paths[`/api/v1/${name}/orgs/{orgId}/notes`]?.post?.security).toEqual([{ bearer: [] }]);
    }
    expect(Object.keys(document.paths).some((path) => path.startsWith('/health'))).toBe(false);
    // Structural OpenAPI 3 check: every operation has responses, every path starts with "/".
    for (const [path, item] of Object.entries(document.paths)) {
      expect(path.startsWith('/')).toBe(true);
      for (const [method, operation] of Object.entries(item)) {
        if (['get', 'post', 'put', 'patch', 'delete'].includes(method))
          expect(operation.responses).toBeDefined();
      }
    }
    const docs = await fetch(`${base}/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toContain('text/html');
    expect(await docs.text()).toContain('swagger-ui');
    const bundle = await fetch(`${base}/docs/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    await bundle.arrayBuffer();
  });

  it('serves the AsyncAPI document of every event type in libs/contracts at /asyncapi.json, without a token', async () => {
    const response = await fetch(`${base}/asyncapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const document = (await response.json()) as { asyncapi: string; components: { messages: object } };
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.keys(document.components.messages).sort()).toEqual(Object.keys(eventCatalog).sort());
  });

  it('keeps the last known paths of a service that went down, marked stale', async () => {
    await upstreams.monitoring.stop();
    const document = await gateway.get(OpenApiAggregator).refreshAll();
    expect(Object.keys(document.paths)).toContain('/api/v1/monitoring/things');
    expect(
      (document as unknown as { 'x-upstreams': Record<string, { status: string }> })['x-upstreams'].monitoring
        ?.status,
    ).toBe('stale');
    await upstreams.monitoring.restart();
  });
});
