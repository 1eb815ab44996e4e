import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  trace,
  type Context,
} from '@opentelemetry/api';

/**
 * Set once by `startTracing`. Every helper below returns at once while it is false, so with tracing off
 * no hot path (a request, an outbox append, a relayed or consumed event, a log line) is wrapped in anything.
 */
let tracing = false;
let stopTracing: (() => Promise<void>) | undefined;

/** Called by `startTracing` (with how to flush and stop) and by its shutdown (without). */
export function markTracingStarted(stop?: () => Promise<void>): void {
  tracing = stop !== undefined;
  stopTracing = stop;
}

/** Exports the spans still buffered and stops the SDK: the last thing an app does before it exits. */
export async function shutdownTracing(): Promise<void> {
  await stopTracing?.();
}

/** Whether this process records spans (`startTracing` found an exporter, or a test gave one). */
export function tracingOn(): boolean {
  return tracing;
}

/** The W3C trace context headers (CloudEvents distributed-tracing extension attributes). */
export interface TraceHeaders {
  traceparent?: string;
  tracestate?: string;
}

/** The trace context of `from` (the active context by default) as W3C headers; empty when tracing is off. */
export function traceHeadersOf(from: Context = context.active()): TraceHeaders {
  if (!tracing) return {};
  const carrier: Record<string, string> = {};
  propagation.inject(from, carrier);
  const headers: TraceHeaders = {};
  if (carrier.traceparent) headers.traceparent = carrier.traceparent;
  if (carrier.tracestate) headers.tracestate = carrier.tracestate;
  return headers;
}

/** The context a `traceparent`/`tracestate` pair describes (a remote parent); undefined without one. */
export function contextOfTraceHeaders(headers: TraceHeaders): Context | undefined {
  if (!tracing || !headers.traceparent) return undefined;
  const extracted = propagation.extract(ROOT_CONTEXT, headers);
  return trace.getSpanContext(extracted) ? extracted : undefined;
}

/** `trace_id` and `span_id` of the active span, for a log line; undefined outside a span. */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  if (!tracing) return undefined;
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const ids = span.spanContext();
  return isSpanContextValid(ids) ? { trace_id: ids.traceId, span_id: ids.spanId } : undefined;
}
