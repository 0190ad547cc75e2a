/**
 * Key hash → tenant id, kept briefly because every /v1 request looks it up. Misses are cached too (shorter),
 * so a client hammering with a bad key does not hammer Postgres. Revocation takes effect within the TTL.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, { tenantId: string | null; expiresAt: number }>();

  constructor(
    private readonly hitTtlMs = 30_000,
    private readonly missTtlMs = 2_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** undefined: not cached; null: cached as unknown key. */
  get(hash: string, now = Date.now()): string | null | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.tenantId;
  }

  set(hash: string, tenantId: string | null, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(hash, { tenantId, expiresAt: now + (tenantId ? this.hitTtlMs : this.missTtlMs) });
  }
}
