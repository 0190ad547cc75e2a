import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import { LeasedBudget } from './rate-limit.lease.js';

describe('LeasedBudget', () => {
  it('spends the whole budget with one store query per 1% chunk, then refuses', async () => {
    const store = new RateLimiterMemory({ points: 1000, duration: 60 });
    let queries = 0;
    const consume = store.consume.bind(store);
    store.consume = (key, points) => (queries++, consume(key, points));
    const budget = new LeasedBudget(store, 1000);
    // Concurrent requests share one reservation instead of each reserving a chunk.
    await Promise.all(Array.from({ length: 1000 }, () => budget.take('k')));
    expect(queries).toBe(100);
    await expect(budget.take('k')).rejects.toBeInstanceOf(RateLimiterRes);
    await budget.take('other');
  });

  it('is exact for small budgets (chunk of 1)', async () => {
    const budget = new LeasedBudget(new RateLimiterMemory({ points: 5, duration: 60 }), 5);
    for (let i = 0; i < 5; i++) await budget.take('k');
    await expect(budget.take('k')).rejects.toBeInstanceOf(RateLimiterRes);
  });
});
