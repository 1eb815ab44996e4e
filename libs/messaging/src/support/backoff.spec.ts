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
  afterEach(() => jest.useRealTimers());

  it('ends early when its signal aborts, before its timer fires', async () => {
    jest.useFakeTimers();
    const controller = new AbortController();
    const sleeping = sleep(10_000, controller.signal);
    controller.abort();
    // No timer is advanced: only the abort can end the sleep.
    await sleeping;
    expect(jest.getTimerCount()).toBe(0);
  });
});
