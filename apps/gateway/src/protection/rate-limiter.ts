export interface RateLimitDecision {
  allowed: boolean;
  /** Requests left in the current window (0 when refused). */
  remaining: number;
  /** Whole seconds until a request would be allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

interface Window {
  start: number;
  current: number;
  previous: number;
}

/**
 * In-memory sliding-window counter (the previous window's count, weighted by how much of it still
 * overlaps, plus the current one): no burst of 2× the limit at a window boundary, O(1) memory per key.
 * Per process: with N gateway replicas a client may get up to N× the limit (see README).
 */
export class SlidingWindowLimiter {
  private readonly windows = new Map<string, Window>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateLimitDecision {
    const now = this.now();
    this.sweep(now);
    const window = this.advance(key, now);
    const elapsed = now - window.start;
    const weight = 1 - elapsed / this.windowMs;
    const estimate = window.previous * weight + window.current;
    if (estimate + 1 > this.limit) {
      return { allowed: false, remaining: 0, retryAfterSeconds: this.retryAfter(window, elapsed) };
    }
    window.current += 1;
    return {
      allowed: true,
      remaining: Math.max(0, Math.floor(this.limit - estimate - 1)),
      retryAfterSeconds: 0,
    };
  }

  get size(): number {
    return this.windows.size;
  }

  private advance(key: string, now: number): Window {
    const aligned = now - (now % this.windowMs);
    let window = this.windows.get(key);
    if (!window) {
      if (this.windows.size >= this.maxKeys) {
        // Map keeps insertion order: drop the oldest key rather than grow without bound under a flood.
        const oldest = this.windows.keys().next().value;
        if (oldest !== undefined) this.windows.delete(oldest);
      }
      window = { start: aligned, current: 0, previous: 0 };
      this.windows.set(key, window);
    } else if (window.start !== aligned) {
      window.previous = aligned - window.start === this.windowMs ? window.current : 0;
      window.current = 0;
      window.start = aligned;
    }
    return window;
  }

  /** Time until the estimate drops below the limit, by the weight of the previous window fading. */
  private retryAfter(window: Window, elapsed: number): number {
    const untilNextWindow = this.windowMs - elapsed;
    let waitMs = untilNextWindow;
    if (window.current + 1 <= this.limit && window.previous > 0) {
      const fadeMs = this.windowMs * (1 - (this.limit - window.current - 1) / window.previous) - elapsed;
      waitMs = Math.min(untilNextWindow, Math.max(fadeMs, 0));
    }
    return Math.max(1, Math.ceil(waitMs / 1000));
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= 2 * this.windowMs) this.windows.delete(key);
    }
  }
}
