import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);
const IDS_BYTES = 24;
/** Entropy drawn for 512 requests at once: one system call per 512 instead of one per request. */
const POOL_BYTES = IDS_BYTES * 512;
let pool = Buffer.alloc(0);
let offset = 0;

/** 24 random bytes in hex: the span id, and the trace id if a new trace starts. */
function freshIds(): string {
  if (offset + IDS_BYTES > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const ids = pool.toString('hex', offset, offset + IDS_BYTES);
  offset += IDS_BYTES;
  return ids;
}

/**
 * W3C Trace Context: keep the caller's trace id and flags, with the gateway as the new parent span; start
 * a sampled trace when the caller sent none (or a malformed one).
 */
export function nextTraceparent(given: string | string[] | undefined): {
  traceparent: string;
  continued: boolean;
} {
  const ids = freshIds();
  const span = ids.slice(32);
  const match = typeof given === 'string' ? TRACEPARENT.exec(given.trim().toLowerCase()) : null;
  if (match && match[1] !== ZERO_TRACE && match[2] !== ZERO_SPAN) {
    return { traceparent: `00-${match[1]}-${span}-${match[3]}`, continued: true };
  }
  return { traceparent: `00-${ids.slice(0, 32)}-${span}-01`, continued: false };
}
