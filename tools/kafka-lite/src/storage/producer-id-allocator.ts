/**
 * Producer ids for idempotent producers. Starting from the clock keeps ids unique across restarts
 * without persisting a counter, so a restarted broker never mistakes a new producer for an old one.
 */
export class ProducerIdAllocator {
  private next = BigInt(Date.now());

  allocate(): bigint {
    const id = this.next;
    this.next += 1n;
    return id;
  }
}
