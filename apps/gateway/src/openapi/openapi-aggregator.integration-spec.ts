import { createServer, type Server } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import { loadConfig } from '@kzps/platform';
import { eventually, testServiceLog } from '@kzps/testing';
import { GatewayConfig } from '../config';
import { createGatewayApp } from '../gateway-app';
import { UPSTREAM_NAMES } from '../proxy/upstreams';
import { startUpstream, type RunningUpstream } from '../test/upstream-fixture';

/** A service still starting: it takes each connection and drops it, counting them. */
async function startingServiceOn(
  port: number,
): Promise<{ connections: () => number; close(): Promise<void> }> {
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the gateway’s OpenAPI document right after start-up', () => {
  let issuer: TestIssuer;
  let upstreams: RunningUpstream[];
  let gateway: NestFastifyApplication | undefined;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    upstreams = await Promise.all(UPSTREAM_NAMES.map((name) => startUpstream(name, issuer.authOptions)));
  });

  afterAll(async () => {
    await gateway?.close();
    await Promise.all(upstreams.map((upstream) => upstream.stop()));
    await issuer.close();
  });

  it('has the paths of a service that came up after the gateway asked, once the gateway is ready', async () => {
    const [registry] = upstreams;
    await registry.stop();
    const starting = await startingServiceOn(registry.port);
    const urls = Object.fromEntries(
      upstreams.map((upstream) => [`${upstream.name.toUpperCase()}_URL`, upstream.url]),
    );
    gateway = await createGatewayApp(
      loadConfig(GatewayConfig, {
        LOG_LEVEL: testServiceLog().level,
        AUTH_EMBEDDED: 'false',
        ...issuer.env,
        ...urls,
      }),
      testServiceLog().destination,
    );
    await gateway.listen({ port: 0, host: '127.0.0.1' });
    const address = gateway.getHttpServer().address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    // Three refused fetches (at start, 1 s and 3 s later): the gateway's next try is 4 s away.
    await eventually(
      () => starting.connections() >= 3,
      'the gateway to ask the starting service three times',
    );
    await starting.close();
    await registry.restart();
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);

    const document = (await (await fetch(`${base}/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    for (const upstream of upstreams)
      expect(Object.keys(document.paths)).toContain(`/api/v1/${upstream.name}/things`);
  });
});
