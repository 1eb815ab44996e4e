import { context } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';

/**
 * Gives the HTTP server span of the current request its route (`POST /api/v1/registry/organizations/:id`,
 * attribute `http.route`): the HTTP instrumentation names the span from it when the response ends. Without
 * it every span is named by method alone.
 */
export function nameServerSpan(route: string | undefined): void {
  const metadata = getRPCMetadata(context.active());
  if (route && metadata?.type === RPCType.HTTP) metadata.route = route;
}
