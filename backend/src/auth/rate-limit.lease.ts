import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Spends a shared budget in chunks: a replica reserves `chunk` points from the shared store in one query and
 * spends them locally, so the ingest hot path does not pay a Postgres round trip per request. A lease ends
 * with the store's window. The cost of this: a key may be limited up to `chunk` requests per replica early
 * (points reserved but not spent when the window turns), which is why the chunk is 1% of the budget.
 */
export class LeasedBudget {
  private readonly leases = new Map<string, { left: number; expiresAt: number }>();
  private readonly pending = new Map<string, Promise<void>>();
  readonly chunk: number;

  constructor(
    private readonly limiter: RateLimiterAbstract,
    points: number,
    private readonly maxKeys = 10_000,
  ) {
    this.chunk = Math.max(1, Math.floor(points / 100));
  }

  /** Resolves when one point was spent; rejects with the store's RateLimiterRes when the budget is gone. */
  async take(key: string): Promise<void> {
    for (;;) {
      const lease = this.leases.get(key);
      if (lease && lease.left > 0 && lease.expiresAt > Date.now()) {
        lease.left--;
        return;
      }
      // One reservation per key at a time: concurrent requests wait for it instead of each reserving a chunk.
      let reserving = this.pending.get(key);
      if (!reserving) {
        reserving = this.reserve(key).finally(() => this.pending.delete(key));
        this.pending.set(key, reserving);
      }
      await reserving;
    }
  }

  private async reserve(key: string): Promise<void> {
    const res = await this.limiter.consume(key, this.chunk);
    if (this.leases.size >= this.maxKeys) this.leases.clear();
    this.leases.set(key, { left: this.chunk, expiresAt: Date.now() + res.msBeforeNext });
  }
}
