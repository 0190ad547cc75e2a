import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEN_COUNT_LIMIT, SEEN_TYPES_LIMIT, SEEN_TYPES_SQL } from '../src/catalogue/seen-types.query.js';
import { startTestApp, type TestApp } from './test-app.js';
import { createTestTenant } from './test-tenant.js';

interface Item { source: string; type: string; system: string; sample: Record<string, unknown>; fields: string[]; variants: Array<{ severity: string }>; count?: number; lastSeenAt?: string; adminDescription?: string }

describe('GET /v1/event-types: built-in and seen types', () => {
  let t: TestApp;
  const list = async (headers?: Record<string, string>) => {
    const res = await t.request('GET', '/v1/event-types', undefined, headers);
    expect(res.statusCode).toBe(200);
    return res.json().items as Item[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    const send = (event: object) => t.request('POST', '/v1/events', event);
    expect((await send({ id: 'paid-1', type: 'orders.paid', source: 'shop', severity: 'info', data: { order: { id: 'o-1' } } })).statusCode).toBe(202);
    expect((await send({ id: 'paid-2', type: 'orders.paid', source: 'shop', severity: 'info', subject: 'Order o-2 paid', data: { order: { id: 'o-2', total: 12.5 }, lines: [{ sku: 'a' }] } })).statusCode).toBe(202);
    expect((await send({ id: 'co-1', type: 'checkout.failed', source: 'web', severity: 'high', data: {} })).statusCode).toBe(202);
  });
  afterAll(() => t?.close());

  it('lists a seen type once, with its latest payload as sample, its count, last seen time and field paths', async () => {
    const seen = (await list()).filter((item) => item.source === 'seen');
    expect(seen.map((item) => item.type).sort()).toEqual(['checkout.failed', 'orders.paid']);
    const paid = seen.find((item) => item.type === 'orders.paid')!;
    expect(paid).toMatchObject({ system: 'shop', count: 2, sample: { id: 'paid-2', type: 'orders.paid', source: 'shop', subject: 'Order o-2 paid', data: { order: { id: 'o-2', total: 12.5 } } } });
    expect(paid.fields).toEqual(['data.lines.*.sku', 'data.order.id', 'data.order.total']);
    expect(Date.now() - Date.parse(paid.lastSeenAt!)).toBeLessThan(60_000);
  });

  it('reads seen types through the (tenant_id, type, received_at) index, never by scanning the events table', async () => {
    // With sequential scans priced out, a plan that still scans `events` means no index serves the query.
    const plan: string = await t.dataSource.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      const rows: Array<{ 'QUERY PLAN': string }> = await tx.query(`EXPLAIN ${SEEN_TYPES_SQL}`, [t.tenantId, SEEN_TYPES_LIMIT, SEEN_COUNT_LIMIT]);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('events_tenant_type_received');
    expect(plan).not.toMatch(/Seq Scan on events/);
  });

  it('keeps the built-in catalogue, with field paths and severity variants', async () => {
    const items = await list();
    const down = items.find((item) => item.source === 'built-in' && item.type === 'service.health.down')!;
    expect(down.fields.length).toBeGreaterThan(0);
    expect(down.variants.map((v) => v.severity)).toEqual(['critical']);
  });

  it('shows a tenant only its own traffic', async () => {
    const other = await createTestTenant(t.dataSource, 'other');
    const items = await list({ authorization: `Bearer ${other.apiKey}` });
    expect(items.filter((item) => item.source === 'seen')).toEqual([]);
  });

  it('stores an admin\'s description per tenant, and removes it when emptied', async () => {
    const put = (type: string, body: unknown) => t.request('PUT', `/v1/event-types/${encodeURIComponent(type)}/description`, body);
    const saved = await put('orders.paid', { description: '  Sent by the shop when a card payment clears  ' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ type: 'orders.paid', description: 'Sent by the shop when a card payment clears' });
    expect((await list()).find((item) => item.type === 'orders.paid')?.adminDescription).toBe('Sent by the shop when a card payment clears');
    expect((await put('orders.paid', { description: '' })).statusCode).toBe(200);
    expect((await list()).find((item) => item.type === 'orders.paid')?.adminDescription).toBeUndefined();
  });

  it.each([
    ['a number', 'orders.paid', { description: 42 }, 'description'],
    ['2001 characters', 'orders.paid', { description: 'x'.repeat(2_001) }, 'description'],
    ['no description', 'orders.paid', {}, 'description'],
    ['an unknown key', 'orders.paid', { description: 'ok', extra: true }, 'extra'],
    ['a malformed type', 'bad type!', { description: 'ok' }, 'type'],
  ])('PUT with %s → 400 naming the field', async (_case, type, body, path) => {
    const res = await t.request('PUT', `/v1/event-types/${encodeURIComponent(type)}/description`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((issue: { path: string }) => issue.path)).toContain(path);
  });
});
