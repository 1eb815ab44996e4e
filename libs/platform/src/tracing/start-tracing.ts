import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { markTracingStarted } from './trace-context';

export interface TracingOptions {
  /** `service.name` unless OTEL_SERVICE_NAME says otherwise. */
  serviceName: string;
  env?: NodeJS.ProcessEnv;
  /** Replace the OTLP exporter (a test's in-memory exporter); tracing is then on whatever `env` says. */
  spanProcessors?: SpanProcessor[];
}

/** A started tracer provider: flush before reading what was exported, shut down to stop. */
export interface Tracing {
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}

/** Probed every few seconds by the platform and scraped by Prometheus: a span each would drown the traces. */
const UNTRACED_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

const untraced = (path: string | null | undefined): boolean =>
  UNTRACED_PATHS.has((path ?? '').split('?')[0] ?? '');

const isTrue = (value: string | undefined): boolean => value?.trim().toLowerCase() === 'true';

/**
 * Tracing is on when an OTLP endpoint is given (OTEL_EXPORTER_OTLP_ENDPOINT or its traces-only form) and
 * OTEL_SDK_DISABLED is not `true`; OTEL_TRACES_EXPORTER=none turns it off too. Off is the default: no
 * provider, no instrumentation, nothing patched.
 */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (isTrue(env.OTEL_SDK_DISABLED) || env.OTEL_TRACES_EXPORTER?.trim() === 'none') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

let started: Tracing | undefined;

/**
 * Starts the OpenTelemetry SDK for this process, if tracing is configured: HTTP server and client spans (node:http and undici),
 * PostgreSQL spans (only inside a trace), W3C trace context propagation, OTLP/HTTP export (the exporter
 * reads the standard OTEL_EXPORTER_OTLP_* variables; the SDK reads OTEL_TRACES_SAMPLER and
 * OTEL_RESOURCE_ATTRIBUTES). Call it first thing in an app's main entry, before the modules it patches are
 * used. One provider per process: a second call returns the first.
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  if (started) return started;
  if (!options.spanProcessors && !tracingConfigured(options.env)) return undefined;
  const resource = resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }).merge(
    detectResources({ detectors: [envDetector] }),
  );
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors: options.spanProcessors ?? [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // The async-hooks context manager and the W3C trace context + baggage propagators.
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => untraced(request.url),
        // The gateway's readiness probes of its upstreams, likewise.
        ignoreOutgoingRequestHook: (request) => untraced(request.path),
      }),
      // The gateway's pool to its upstreams (undici): client spans, and traceparent into the forwarded request.
      new UndiciInstrumentation({ ignoreRequestHook: (request) => untraced(request.path) }),
      // The relay's polling and the consumers' fetch loop run outside any trace: no root span per poll.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  started = {
    forceFlush: () => provider.forceFlush(),
    shutdown: async () => {
      markTracingStarted();
      started = undefined;
      unregister();
      await provider.shutdown();
      // The globals `register` set, so a later start (another test file's) registers afresh.
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
  markTracingStarted(started.shutdown);
  return started;
}
