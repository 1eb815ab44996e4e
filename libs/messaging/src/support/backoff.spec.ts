import { backoffDelay, sleep } from './backoff';

describe('backoffDelay', () => {
  const options = { initialMs: 100, maxMs: 5_000 };

  it('doubles from the initial delay and stays under the cap', () => {
    const top = (failures: number): number => backoffDelay(failures, options, () => 1);
    expect([1, 2, 3, 4].map(top)).toEqual([100, 200, 400, 800]);
    expect(top(50)).toBe(5_000);
  });

  it('jitters between half and all of the ceiling', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(200);
    expect(backoffDelay(3, options, () => 0.5)).toBe(300);
  });
});

describe('sleep', () => {
  it('ends early when its signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const sleeping = sleep(10_000, controller.signal);
    controller.abort();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
