import { describe, expect, it } from 'vitest';
import { checkDeliveries, percentile, summarize } from '../../bench/stats.js';

describe('bench percentiles', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes p50/p95/p99/max', () => {
    expect(summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ count: 10, p50: 5, p95: 10, p99: 10, max: 10 });
  });
});

describe('bench delivery check', () => {
  const d = (eventId: string, path: string, webhookId = `${eventId}${path}`) => ({ eventId, path, webhookId });

  it('passes exactly one delivery per event and path', () => {
    const check = checkDeliveries(['a', 'b'], ['/x', '/y'], [d('a', '/x'), d('a', '/y'), d('b', '/x'), d('b', '/y')]);
    expect(check).toMatchObject({ expected: 4, received: 4, lost: 0, duplicated: 0, ok: true });
  });

  it('reports lost deliveries', () => {
    expect(checkDeliveries(['a', 'b'], ['/x'], [d('a', '/x')])).toMatchObject({ lost: 1, ok: false });
  });

  it('counts a retry that re-sent the same webhook-id as a duplicate', () => {
    expect(checkDeliveries(['a'], ['/x'], [d('a', '/x'), d('a', '/x')])).toMatchObject({ duplicated: 1, lost: 0, ok: false });
  });

  it('flags one webhook-id used for two different deliveries', () => {
    const check = checkDeliveries(['a', 'b'], ['/x'], [d('a', '/x', 'same'), d('b', '/x', 'same')]);
    expect(check).toMatchObject({ sharedWebhookIds: 1, ok: false });
  });

  it('flags deliveries the phase never sent', () => {
    expect(checkDeliveries(['a'], ['/x'], [d('a', '/x'), d('z', '/x'), d('a', '/other')])).toMatchObject({ unexpected: 2, ok: false });
  });
});
