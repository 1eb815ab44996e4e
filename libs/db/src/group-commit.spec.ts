import { GroupCommit } from './group-commit';

/** A writer whose statements the test finishes by hand: each call is held until `finish` lets it end. */
function heldWriter(fail: (items: number[]) => boolean = () => false) {
  const calls: Array<{ items: number[]; finish(): void }> = [];
  const write = (items: number[]): Promise<string[]> =>
    new Promise((resolve, reject) => {
      calls.push({
        items,
        finish: () =>
          fail(items) ? reject(new Error(`bad ${items.join(',')}`)) : resolve(items.map(String)),
      });
    });
  return { calls, write };
}

/** Lets the promise callbacks queued so far run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes at once when nothing is under way, and gathers what arrives meanwhile into the next statement', async () => {
    const writer = heldWriter();
    const group = new GroupCommit({ write: writer.write, maxItems: 10, maxInFlight: 1 });
    const first = group.submit(1);
    const rest = [2, 3, 4].map((n) => group.submit(n));
    expect(writer.calls.map((c) => c.items)).toEqual([[1]]);
    writer.calls[0]?.finish();
    expect(await first).toBe('1');
    await settle();
    expect(writer.calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
    writer.calls[1]?.finish();
    expect(await Promise.all(rest)).toEqual(['2', '3', '4']);
  });

  it('keeps to the most items per statement and the most statements under way', async () => {
    const writer = heldWriter();
    const group = new GroupCommit({ write: writer.write, maxItems: 2, maxInFlight: 2 });
    const all = [1, 2, 3, 4, 5, 6, 7].map((n) => group.submit(n));
    expect(writer.calls.map((c) => c.items)).toEqual([[1], [2]]);
    writer.calls[0]?.finish();
    await settle();
    expect(writer.calls.map((c) => c.items)).toEqual([[1], [2], [3, 4]]);
    writer.calls[1]?.finish();
    writer.calls[2]?.finish();
    await settle();
    expect(writer.calls.map((c) => c.items).slice(3)).toEqual([[5, 6], [7]]);
    writer.calls[3]?.finish();
    writer.calls[4]?.finish();
    expect(await Promise.all(all)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('answers nobody before the statement holding their write has ended', async () => {
    const writer = heldWriter();
    const group = new GroupCommit({ write: writer.write, maxItems: 10, maxInFlight: 1 });
    let answered = false;
    void group.submit(1).then(() => (answered = true));
    await settle();
    expect(answered).toBe(false);
    writer.calls[0]?.finish();
    await settle();
    expect(answered).toBe(true);
  });

  it('tries a failed statement again item by item, so only the bad write fails', async () => {
    // Any statement holding 3 fails, as a constraint broken by one row fails the whole statement.
    const writer = heldWriter((items) => items.includes(3));
    const group = new GroupCommit({ write: writer.write, maxItems: 10, maxInFlight: 1 });
    const first = group.submit(1);
    const later = [2, 3, 4].map((n) => group.submit(n));
    writer.calls[0]?.finish();
    await first;
    await settle();
    writer.calls[1]?.finish();
    await settle();
    expect(writer.calls.map((c) => c.items).slice(2)).toEqual([[2], [3], [4]]);
    for (const call of writer.calls.slice(2)) call.finish();
    const outcomes = await Promise.allSettled(later);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('bad 3'));
  });

  it('fails a write whose statement answers another number of outcomes than it was given items', async () => {
    const wrong = new GroupCommit<number, string>({ write: async () => [], maxItems: 10, maxInFlight: 1 });
    await expect(wrong.submit(1)).rejects.toThrow('0 outcomes for 1 items');
  });
});
