import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions } from 'fastify';
import { createServiceApp, loadConfig, ServiceConfig } from '@kzps/platform';
import { guardedModule } from './test/guarded.module';
import { startTestIssuer, type TestIssuer } from './testing/test-issuer';

describe('AuthGuard in a service', () => {
  let issuer: TestIssuer;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    const config = loadConfig(ServiceConfig, { LOG_LEVEL: 'silent', SWAGGER_ENABLED: 'false' });
    app = await createServiceApp({
      service: 'guarded',
      module: guardedModule(config, issuer.authOptions),
      config,
      openApi: { title: 'Guarded', description: 'test' },
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    await issuer.close();
  });

  const inject = (options: InjectOptions) => app.getHttpAdapter().getInstance().inject(options);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const officerOf = (organizationId: string) =>
    issuer.token({ subject: 'u-77', roles: ['provider-officer'], organizationId });

  it('serves a public route without a token, and sees the identity when one is sent', async () => {
    const anonymous = await inject({ method: 'GET', url: '/orgs' });
    expect(anonymous.json()).toEqual({ signedIn: false });
    const signed = await inject({ method: 'GET', url: '/orgs', headers: bearer(await officerOf('org-1')) });
    expect(signed.json()).toEqual({ signedIn: true });
  });

  it('leaves the probes and the metrics open to kubelets and Prometheus', async () => {
    expect((await inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: '/orgs/me?x=/metrics' })).statusCode).toBe(401);
  });

  it('answers 401 problem+json without a token on a protected route', async () => {
    const response = await inject({ method: 'POST', url: '/orgs/org-1/notes', payload: { text: 'x' } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'UNAUTHORIZED',
      localizedTitle: { kk: expect.any(String), ru: expect.any(String) },
    });
  });

  it('answers 401 TOKEN_EXPIRED for an expired token', async () => {
    const token = await issuer.token({ subject: 'u-1', roles: ['provider-officer'] }, { ttlSeconds: -5 });
    const response = await inject({ method: 'GET', url: '/orgs/me', headers: bearer(token) });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('TOKEN_EXPIRED');
  });

  it('answers 403 ROLE_FORBIDDEN to a role the route does not allow', async () => {
    const token = await issuer.token({ subject: 'u-5', roles: ['recipient'], iin: '900101400125' });
    const response = await inject({
      method: 'POST',
      url: '/orgs/org-1/notes',
      headers: bearer(token),
      payload: { text: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('ROLE_FORBIDDEN');
  });

  it('answers 403 ORGANIZATION_FORBIDDEN to an officer of another organisation', async () => {
    const response = await inject({
      method: 'POST',
      url: '/orgs/org-1/notes',
      headers: bearer(await officerOf('org-2')),
      payload: { text: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('ORGANIZATION_FORBIDDEN');
  });

  it('lets the officer of the organisation in', async () => {
    const response = await inject({
      method: 'POST',
      url: '/orgs/org-1/notes',
      headers: bearer(await officerOf('org-1')),
      payload: { text: 'checked' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ orgId: 'org-1', text: 'checked', by: 'u-77' });
  });
});
