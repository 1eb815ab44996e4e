// Loaded by an app's main entry before anything else, so it imports nothing but the SDK.
export { startTracing, tracingConfigured, type Tracing, type TracingOptions } from './start-tracing';
