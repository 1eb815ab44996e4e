import type { OpenAPIObject } from '@nestjs/swagger';

export interface UpstreamDocument {
  name: string;
  prefix: string;
  /** Last document fetched; undefined if the service was never reached. */
  document?: OpenAPIObject;
  fetchedAt?: Date;
  /** True when the last fetch failed (the paths shown are the last known ones). */
  stale: boolean;
}

export interface GatewayApiInfo {
  title: string;
  description: string;
  version: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pascal(name: string): string {
  return name.replace(/(^|[-_])(\w)/g, (_match, _sep: string, letter: string) => letter.toUpperCase());
}

/** Rewrites `#/components/schemas/X` references after a schema was renamed to avoid a clash. */
function rewriteRefs<T>(value: T, renames: Map<string, string>): T {
  if (renames.size === 0) return value;
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, item]) => {
          if (key === '$ref' && typeof item === 'string') {
            const name = item.replace('#/components/schemas/', '');
            const renamed = renames.get(name);
            return [key, renamed ? `#/components/schemas/${renamed}` : item];
          }
          return [key, walk(item)];
        }),
      );
    }
    return node;
  };
  return walk(value as Json) as T;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * One document for the whole API: every service's paths under its prefix (services serve the same full
 * paths, so they are kept as they are; anything outside the prefix, like health, is left out), their
 * schemas (renamed `<Service><Name>` when two services mean different things by one name), and the bearer
 * scheme. A service never reached is listed in `x-upstreams` as missing.
 */
export function mergeOpenApi(info: GatewayApiInfo, upstreams: readonly UpstreamDocument[]): OpenAPIObject {
  const paths: OpenAPIObject['paths'] = {};
  const schemas: Record<string, unknown> = {};
  const tags = new Map<string, { name: string; description?: string }>();
  const operationIds = new Set<string>();
  const status: Record<string, { status: 'up' | 'stale' | 'missing'; fetchedAt?: string }> = {};

  for (const upstream of upstreams) {
    const source = upstream.document;
    status[upstream.name] = source
      ? {
          status: upstream.stale ? 'stale' : 'up',
          ...(upstream.fetchedAt ? { fetchedAt: upstream.fetchedAt.toISOString() } : {}),
        }
      : { status: 'missing' };
    if (!source) continue;
    const renames = new Map<string, string>();
    for (const [name, schema] of Object.entries(source.components?.schemas ?? {})) {
      const existing = schemas[name];
      if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(schema)) {
        renames.set(name, `${pascal(upstream.name)}${name}`);
      }
    }
    for (const [name, schema] of Object.entries(source.components?.schemas ?? {})) {
      schemas[renames.get(name) ?? name] = rewriteRefs(schema, renames);
    }
    for (const [path, item] of Object.entries(source.paths ?? {})) {
      if (path !== upstream.prefix && !path.startsWith(`${upstream.prefix}/`)) continue;
      const copy = rewriteRefs(item, renames);
      for (const method of METHODS) {
        const operation = copy[method];
        if (!operation) continue;
        if (operation.operationId) {
          if (operationIds.has(operation.operationId))
            operation.operationId = `${upstream.name}_${operation.operationId}`;
          operationIds.add(operation.operationId);
        }
      }
      paths[path] = { ...copy, 'x-upstream': upstream.name } as typeof copy;
    }
    for (const tag of source.tags ?? []) if (!tags.has(tag.name)) tags.set(tag.name, tag);
  }

  return {
    openapi: '3.0.0',
    info: { title: info.title, description: info.description, version: info.version },
    servers: [{ url: '/' }],
    tags: [...tags.values()],
    paths,
    components: {
      schemas: schemas as NonNullable<OpenAPIObject['components']>['schemas'],
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ bearer: [] }],
    'x-upstreams': status,
  } as OpenAPIObject;
}
