import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScrape, sampleValue } from './prometheus-text.parse.js';
import { startTestApp, type TestApp } from './test-app.js';

const event = (type: string) => ({ id: randomUUID(), type, source: 'metrics-test', severity: 'critical', timestamp: new Date().toISOString(), data: {} });

describe('GET /metrics on the API', () => {
  let api: TestApp;
  let dist: string;
  beforeAll(async () => {
    // A built UI is present, as with `npm start`: its SPA fallback must not answer /metrics.
    dist = mkdtempSync(join(tmpdir(), 'signalbox-ui-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    api = await startTestApp({ UI_DIST_DIR: dist });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const scrape = async () => {
    const res = await api.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).not.toContain('<div id="root">');
    return parseScrape(res.body);
  };

  it('is Prometheus text a parser accepts, without an API key, with the outbox gauges', async () => {
    const families = await scrape();
    const names = families.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['signalbox_outbox_backlog_events', 'signalbox_outbox_oldest_age_seconds', 'process_cpu_seconds_total']));
    expect(sampleValue(families, 'signalbox_outbox_backlog_events')).toBeGreaterThanOrEqual(0);
  });

  it('counts events by type and outcome as they are posted, one by one and in batches', async () => {
    const type = `metrics.${randomUUID().slice(0, 8)}`;
    const before = await scrape();
    const first = event(type);
    const accepted = await api.request('POST', '/v1/events', first);
    expect(accepted.statusCode, accepted.body).toBe(202);
    expect((await api.request('POST', '/v1/events', first)).statusCode).toBe(202); // a retried POST
    expect((await api.request('POST', '/v1/events', { type, severity: 'loud' })).statusCode).toBe(400);
    const batch = await api.request('POST', '/v1/events/batch', { events: [event(type), event(type), { type, severity: 'loud' }] });
    expect(batch.statusCode).toBe(202);

    const after = await scrape();
    const delta = (outcome: string) =>
      sampleValue(after, 'signalbox_events_ingested_total', { type, outcome }) - sampleValue(before, 'signalbox_events_ingested_total', { type, outcome });
    expect({ unmatched: delta('unmatched'), duplicate: delta('duplicate'), rejected: delta('rejected') }).toEqual({ unmatched: 3, duplicate: 1, rejected: 2 });
  });

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    const guarded = await startTestApp({ METRICS_TOKEN: 'scrape-token-0123456789' });
    try {
      expect((await guarded.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
      expect((await guarded.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${guarded.apiKey}` } })).statusCode).toBe(401);
      const ok = await guarded.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer scrape-token-0123456789' } });
      expect(ok.statusCode).toBe(200);
      expect(parseScrape(ok.body).length).toBeGreaterThan(0);
    } finally {
      await guarded.close();
    }
  });
});
