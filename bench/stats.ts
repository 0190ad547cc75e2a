// Pure helpers shared by the bench phases (unit-tested in test/bench/stats.spec.ts).

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(samples.reduce((m, v) => Math.max(m, v), -Infinity)),
  };
}

export interface Delivery {
  eventId: string;
  /** Which channel received it (the receiver path): one per route in the fan-out. */
  path: string;
  webhookId: string;
}

export interface DeliveryCheck {
  expected: number;
  received: number;
  /** (event, path) pairs that never arrived. */
  lost: number;
  /** Deliveries beyond the first for an (event, path) pair — a retry that re-sent the same webhook-id counts. */
  duplicated: number;
  /** webhook-ids seen on more than one (event, path) pair: the idempotency key must be unique per delivery. */
  sharedWebhookIds: number;
  /** Deliveries for events this phase never sent. */
  unexpected: number;
  ok: boolean;
}

/** Exactly-once check: every expected event id must arrive exactly once at each path, with its own webhook-id. */
export function checkDeliveries(expectedEventIds: Iterable<string>, paths: readonly string[], deliveries: readonly Delivery[]): DeliveryCheck {
  const expectedIds = new Set(expectedEventIds);
  const perPair = new Map<string, number>();
  const pairOfWebhookId = new Map<string, string>();
  let unexpected = 0;
  let sharedWebhookIds = 0;
  for (const d of deliveries) {
    if (!expectedIds.has(d.eventId) || !paths.includes(d.path)) {
      unexpected++;
      continue;
    }
    const pair = `${d.eventId}\u0000${d.path}`;
    perPair.set(pair, (perPair.get(pair) ?? 0) + 1);
    const owner = pairOfWebhookId.get(d.webhookId);
    if (owner === undefined) pairOfWebhookId.set(d.webhookId, pair);
    else if (owner !== pair) sharedWebhookIds++;
  }
  const expected = expectedIds.size * paths.length;
  let duplicated = 0;
  for (const n of perPair.values()) duplicated += n - 1;
  const lost = expected - perPair.size;
  return {
    expected,
    received: deliveries.length,
    lost,
    duplicated,
    sharedWebhookIds,
    unexpected,
    ok: lost === 0 && duplicated === 0 && sharedWebhookIds === 0 && unexpected === 0,
  };
}

/** Events (or requests) per second over a window in milliseconds. */
export const perSecond = (count: number, ms: number) => (ms > 0 ? Math.round((count / ms) * 1000 * 10) / 10 : 0);
