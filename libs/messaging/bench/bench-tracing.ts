// BENCH_TRACING=1: the benchmark with tracing on, as a deployment runs it: the SDK started by startTracing,
// every span exported over OTLP/HTTP (batched) to a collector stand-in in this process that discards it.
import { createServer, type Server } from 'node:http';
import { trace } from '@opentelemetry/api';
import { tracingOn } from '@kzps/platform';
import { startTracing } from '@kzps/platform/tracing';

export interface BenchTracing {
  on: boolean;
  stop(): Promise<void>;
}

export async function benchTracing(serviceName: string): Promise<BenchTracing> {
  if (process.env.BENCH_TRACING !== '1') return { on: false, stop: async () => undefined };
  const sink: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${port}`;
  const tracing = startTracing({ serviceName });
  return {
    on: true,
    stop: async () => {
      await tracing?.shutdown();
      await new Promise((resolve) => sink.close(resolve));
    },
  };
}

/** A write as a request makes it: inside a server-like span, so the outbox row carries a trace. */
export function asRequest<T>(work: () => Promise<T>): Promise<T> {
  if (!tracingOn()) return work();
  return trace.getTracer('bench').startActiveSpan('bench request', async (span) => {
    try {
      return await work();
    } finally {
      span.end();
    }
  });
}
