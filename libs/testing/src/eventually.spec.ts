import { eventually } from './eventually';

describe('eventually', () => {
  it('returns the first value the probe gives that is neither undefined nor false', async () => {
    const answers = [undefined, false, 'ready'];
    await expect(eventually(() => answers.shift(), 'the third answer', { intervalMs: 1 })).resolves.toBe(
      'ready',
    );
    expect(answers).toEqual([]);
  });

  it('polls again while the probe throws, so a failed expect inside it is retried', async () => {
    let calls = 0;
    const value = await eventually(
      () => {
        calls += 1;
        expect(calls).toBe(3);
        return calls;
      },
      'the third call',
      { intervalMs: 1 },
    );
    expect(value).toBe(3);
  });

  it('names what it waited for and the last value it saw when time runs out', async () => {
    await expect(eventually(() => false, 'the decree', { timeoutMs: 0 })).rejects.toThrow(
      /waiting for the decree; last value: false/,
    );
    await expect(eventually(() => Promise.resolve(undefined), 'a row', { timeoutMs: 0 })).rejects.toThrow(
      /waiting for a row; last value: undefined/,
    );
  });

  it('shows the last error when the probe kept failing, such as the expect that did not hold', async () => {
    const status = (): string => {
      expect('draft').toBe('included');
      return 'included';
    };
    await expect(eventually(status, 'the decree to apply', { timeoutMs: 0 })).rejects.toThrow(
      /waiting for the decree to apply; last error: [\s\S]*Received: "draft"/,
    );
  });
});
