import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { asyncApiDocument } from '@kzps/contracts';
import type { OpenApiAggregator } from './openapi-aggregator.service';

// Swagger UI styles itself inline; scripts come only from here (no CDN: government networks are closed).
const DOCS_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Public services API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-ui-standalone-preset.js"></script>
<script src="/docs/swagger-initializer.js"></script>
</body>
</html>
`;

const INITIALIZER = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    persistAuthorization: false,
  });
};
`;

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
};

/**
 * The merged document at /openapi.json and Swagger UI at /docs, both from the gateway itself; beside them the
 * AsyncAPI document of every event at /asyncapi.json, generated from libs/contracts (fixed per build).
 */
export function docsRoutes(aggregator: OpenApiAggregator) {
  return async (instance: FastifyInstance): Promise<void> => {
    const cache = new Map<string, Buffer>();
    const events = JSON.stringify(asyncApiDocument());
    instance.get('/asyncapi.json', async (_request, reply) =>
      reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8').send(events),
    );
    instance.get('/openapi.json', async (_request, reply) =>
      reply
        .header('cache-control', 'no-cache')
        .type('application/json; charset=utf-8')
        .send(await aggregator.current()),
    );
    instance.get('/docs', async (_request, reply) =>
      reply.header('content-security-policy', DOCS_CSP).type('text/html; charset=utf-8').send(PAGE),
    );
    instance.get('/docs/swagger-initializer.js', async (_request, reply) =>
      reply.type('application/javascript; charset=utf-8').send(INITIALIZER),
    );
    for (const [file, type] of Object.entries(ASSETS)) {
      instance.get(`/docs/${file}`, async (_request, reply) => {
        let content = cache.get(file);
        if (!content) {
          content = await readFile(join(dirname(require.resolve('swagger-ui-dist/package.json')), file));
          cache.set(file, content);
        }
        return reply.header('cache-control', 'public, max-age=86400').type(type).send(content);
      });
    }
  };
}
