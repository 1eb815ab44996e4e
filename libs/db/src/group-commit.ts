/** How a `GroupCommit` gathers its writes. */
export interface GroupCommitOptions<I, O> {
  /**
   * Writes the items in one statement (one transaction) and answers each item's outcome, in their order. It
   * must be all or nothing: when it throws, none of the items may have been written.
   */
  write(items: I[]): Promise<O[]>;
  /** The most items one statement takes. */
  maxItems: number;
  /** The most statements under way at once; further items wait and go together in the next one. */
  maxInFlight: number;
}

interface Waiting<I, O> {
  item: I;
  resolve(outcome: O): void;
  reject(error: unknown): void;
}

/**
 * Group commit: writes that arrive while earlier ones are being written go together in the next statement,
 * so under load PostgreSQL pays its per-statement and per-commit costs once for many writes, and when idle a
 * write leaves at once (nothing waits on a timer). Each caller is answered only after the statement that
 * holds its write has committed. A statement that fails is tried again item by item, so one bad write fails
 * alone and never takes the others with it.
 */
export class GroupCommit<I, O> {
  private readonly waiting: Array<Waiting<I, O>> = [];
  private inFlight = 0;

  constructor(private readonly options: GroupCommitOptions<I, O>) {
    if (options.maxItems < 1 || options.maxInFlight < 1) {
      throw new Error('GroupCommit needs maxItems and maxInFlight of at least 1');
    }
  }

  /** Writes the item with whatever else is waiting; resolves with its outcome once committed. */
  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.options.maxItems);
      this.inFlight += 1;
      void this.writeGroup(group).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async writeGroup(group: Array<Waiting<I, O>>): Promise<void> {
    try {
      const outcomes = await this.options.write(group.map((w) => w.item));
      if (outcomes.length !== group.length) {
        throw new Error(`GroupCommit: ${outcomes.length} outcomes for ${group.length} items`);
      }
      group.forEach((w, i) => w.resolve(outcomes[i] as O));
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      // Nothing of the group was written: each item again on its own, so only a bad one fails.
      await Promise.all(group.map((w) => this.writeGroup([w])));
    }
  }
}
