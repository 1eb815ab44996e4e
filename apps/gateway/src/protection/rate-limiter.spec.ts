import { SlidingWindowLimiter } from './rate-limiter';

describe('SlidingWindowLimiter', () => {
  let clock = 0;
  const now = () => clock;

  beforeEach(() => {
    clock = 1_000_000_020_000;
  });

  it('allows the limit and refuses the next request with a Retry-After inside the window', () => {
    const limiter = new SlidingWindowLimiter(100, 60_000, 1000, now);
    for (let i = 0; i < 100; i += 1) expect(limiter.take('u-1').allowed).toBe(true);
    const refused = limiter.take('u-1');
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(limiter.take('u-2').allowed).toBe(true);
  });

  it('counts the previous window fading out, so a boundary is no place for a double burst', () => {
    const limiter = new SlidingWindowLimiter(10, 60_000, 1000, now);
    clock = 60_000 * 1000 + 59_000;
    for (let i = 0; i < 10; i += 1) limiter.take('k');
    clock += 2_000; // just into the next window: the previous 10 still weigh ~97%
    expect(limiter.take('k').allowed).toBe(false);
    clock += 45_000; // three quarters in: the previous 10 weigh ~2
    expect(limiter.take('k').allowed).toBe(true);
    clock += 120_000; // long idle: everything forgotten
    for (let i = 0; i < 10; i += 1) expect(limiter.take('k').allowed).toBe(true);
  });

  it('keeps at most maxKeys keys and forgets idle ones', () => {
    const limiter = new SlidingWindowLimiter(5, 1_000, 3, now);
    ['a', 'b', 'c', 'd'].forEach((key) => limiter.take(key));
    expect(limiter.size).toBe(3);
    clock += 5_000;
    limiter.take('e');
    expect(limiter.size).toBe(1);
  });
});
