import { listOf, type GatewayConfig } from '../config';

export const UPSTREAM_NAMES = ['registry', 'standards', 'applications', 'complaints', 'monitoring'] as const;
export type UpstreamName = (typeof UPSTREAM_NAMES)[number];

export interface Upstream {
  name: UpstreamName;
  /** Path prefix the service owns; the gateway forwards the path unchanged. */
  prefix: string;
  baseUrl: URL;
  timeoutMs: number;
}

function urlOf(config: GatewayConfig, name: UpstreamName): string {
  switch (name) {
    case 'registry':
      return config.REGISTRY_URL;
    case 'standards':
      return config.STANDARDS_URL;
    case 'applications':
      return config.APPLICATIONS_URL;
    case 'complaints':
      return config.COMPLAINTS_URL;
    case 'monitoring':
      return config.MONITORING_URL;
  }
}

export function upstreamsFrom(config: GatewayConfig): Upstream[] {
  const overrides = new Map(
    listOf(config.UPSTREAM_TIMEOUTS).map((pair) => {
      const [name, ms] = pair.split('=');
      return [name, Number(ms)] as const;
    }),
  );
  return UPSTREAM_NAMES.map((name) => ({
    name,
    prefix: `/api/v1/${name}`,
    baseUrl: new URL(urlOf(config, name)),
    timeoutMs: overrides.get(name) ?? config.UPSTREAM_TIMEOUT_MS,
  }));
}
