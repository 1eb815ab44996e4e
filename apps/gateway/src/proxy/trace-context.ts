import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

/**
 * W3C Trace Context: keep the caller's trace id and flags, with the gateway as the new parent span; start
 * a sampled trace when the caller sent none (or a malformed one).
 */
export function nextTraceparent(given: string | string[] | undefined): {
  traceparent: string;
  continued: boolean;
} {
  // One draw of entropy per request for both ids (the span id, and the trace id if a new trace starts).
  const ids = randomBytes(24).toString('hex');
  const span = ids.slice(32);
  const match = typeof given === 'string' ? TRACEPARENT.exec(given.trim().toLowerCase()) : null;
  if (match && match[1] !== ZERO_TRACE && match[2] !== ZERO_SPAN) {
    return { traceparent: `00-${match[1]}-${span}-${match[3]}`, continued: true };
  }
  return { traceparent: `00-${ids.slice(0, 32)}-${span}-01`, continued: false };
}
