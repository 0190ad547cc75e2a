import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

// Rows stamped by Postgres' now() carry microseconds; internal events and deliveries are. Five rows written within one
// millisecond, read one per page: a cursor that kept only the millisecond skipped all but the first (failed CI run 4).
const sameMillisecond = ['2026-11-30T12:00:00.123900Z', '2026-11-30T12:00:00.123700Z', '2026-11-30T12:00:00.123500Z', '2026-11-30T12:00:00.123300Z', '2026-11-30T12:00:00.123100Z'];

describe('keyset paging over timestamps finer than a millisecond', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  /** Follows nextCursor one row at a time and returns the ids in the order the pages gave them. */
  const readAllPages = async (path: string) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await app.request('GET', `${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: Array<{ id: string }>; nextCursor: string | null };
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
    } while (cursor && seen.length <= sameMillisecond.length);
    return seen;
  };

  it('the events feed returns every event, once, newest first', async () => {
    const ids = sameMillisecond.map((_, i) => `keyset-${i}-${randomUUID()}`);
    for (const [i, at] of sameMillisecond.entries()) {
      await app.dataSource.query(
        `INSERT INTO events (tenant_id, id, type, source, severity, subject, "timestamp", data, received_at, route_version_ids, status, task_queue)
         VALUES ($1, $2, 'keyset.paging', 'test', 'info', NULL, $3, '{}', $3, '{}', 'unmatched', 'none')`,
        [app.tenantId, ids[i], at],
      );
    }
    expect(await readAllPages('/v1/events?type=keyset.paging')).toEqual(ids);
  });

  it('the deliveries log returns every delivery, once, newest first', async () => {
    const [channelId, routeId, versionId] = [randomUUID(), randomUUID(), randomUUID()];
    const ids: string[] = [];
    for (const [i, at] of sameMillisecond.entries()) {
      const [row] = await app.dataSource.query(
        `INSERT INTO deliveries (tenant_id, event_id, route_id, route_version_id, node_id, channel_id, status, idempotency_key, created_at)
         VALUES ($1, $2, $3, $4, 'send', $5, 'delivered', $2, $6) RETURNING id`,
        [app.tenantId, `keyset-${i}-${randomUUID()}`, routeId, versionId, channelId, at],
      );
      ids.push(row.id);
    }
    expect(await readAllPages(`/v1/deliveries?channelId=${channelId}`)).toEqual(ids);
  });

  it('the alerts list returns every alert, once, newest first', async () => {
    const ids: string[] = [];
    for (const [i, at] of sameMillisecond.entries()) {
      const [row] = await app.dataSource.query(
        `INSERT INTO alerts (tenant_id, fingerprint, status, type, source, severity, opened_at, problem_event_id, last_event_id, last_event_at)
         VALUES ($1, $2, 'resolved', 'keyset.paging', 'test', 'high', $3, $2, $2, $3) RETURNING id`,
        [app.tenantId, `keyset-${i}-${randomUUID()}`, at],
      );
      ids.push(row.id);
    }
    expect(await readAllPages('/v1/alerts?status=resolved')).toEqual(ids);
  });
});
