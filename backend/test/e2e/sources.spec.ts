import { canonicalJson, hmacSignatureHeaders, type HmacHeaderStyle } from '@signalbox/plugin-sdk';
import { eventCatalogue } from '@signalbox/route-model';
import { Source } from '@signalbox/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertmanagerSample, grafanaSample } from '../../src/sources/testing/alerting.samples.js';
import { startSlice } from './slice.harness.js';

/**
 * Inbound sources end to end: each tool's real sample, signed the way that tool signs, posted (without an API
 * key) to its hook, becomes the expected event(s) and is delivered by an ordinary route to the local receiver.
 */
const sample = (system: string, type: string) => eventCatalogue().find((e) => e.system === system && e.type === type)!.sample.data;
const SECRET = 'tool-signing-secret-0123456789';

const cases: Array<{ preset: string; body: object; signing?: HmacHeaderStyle; expected: Array<Record<string, unknown>> }> = [
  { preset: 'nestai', body: sample('NestAI', 'server_status'), expected: [{ type: 'server_status', subject: 'Server is now RUNNING', severity: 'info' }] },
  { preset: 'ai-admin-panel', signing: 'x-signature-256', body: sample('AI Admin Panel', 'deploy.failure'), expected: [{ type: 'deploy.failure', severity: 'high' }] },
  { preset: 'astra-netmon', signing: 'x-webhook-signature', body: sample('AstraNetmon', 'agent.status_changed'), expected: [{ type: 'agent.status_changed', subject: 'server-01: agent.status_changed' }] },
  { preset: 'server-scout', body: sample('Server Scout', 'alert'), expected: [{ type: 'alert', severity: 'critical' }] },
  { preset: 'nemo-router', signing: 'x-nemo-signature', body: sample('Nemo Router', 'cost_leak.detected'), expected: [{ type: 'cost_leak.detected', severity: 'critical', subject: '[Nemo Router] Cost leak detected' }] },
  { preset: 'alertmanager', body: alertmanagerSample, expected: [{ type: 'alertmanager.alert', severity: 'critical', data: { status: 'firing' } }, { type: 'alertmanager.alert', data: { status: 'resolved' } }] },
  { preset: 'grafana', body: grafanaSample, expected: [{ type: 'grafana.alert', severity: 'warning', data: { status: 'firing', fingerprint: '57c6d9296de2ad39' } }] },
];

describe('inbound sources, end to end', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  const post = (url: string, raw: string, headers: Record<string, string> = {}) =>
    slice.api.app.inject({ method: 'POST', url, payload: raw, headers: { 'content-type': 'application/json', ...headers } });
  const signed = (signing: HmacHeaderStyle | undefined, body: object) => {
    // Nemo Router sends (and signs) canonical JSON; the others sign the exact bytes they send.
    const raw = signing === 'x-nemo-signature' ? canonicalJson(body) : JSON.stringify(body);
    return { raw, headers: signing ? hmacSignatureHeaders(signing, raw, [SECRET]) : {} };
  };
  const createSource = async (preset: string, signing?: HmacHeaderStyle, name = `My ${preset}`) => {
    const res = await slice.api.request('POST', '/v1/sources', { preset, name, ...(signing ? { signingSecret: SECRET } : {}) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; hookUrl: string; secretHint: string | null };
  };

  beforeAll(async () => {
    slice = await startSlice();
    const channelId = await slice.createChannel();
    const types = [...new Set([...cases.flatMap((c) => c.expected.map((e) => e.type as string)), 'deploy.success'])];
    await slice.publishRoute('Inbound', {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: types } }, { id: 'notify', type: 'send', config: { channelId } }],
      edges: [{ source: 'trigger', target: 'notify' }],
    });
  }, 120_000);
  afterAll(() => slice?.close());

  it.each(cases)('$preset: the signed sample becomes the expected event(s) and is delivered', async ({ preset, body, signing, expected }) => {
    const source = await createSource(preset, signing);
    const { raw, headers } = signed(signing, body);
    const res = await post(source.hookUrl, raw, headers);
    expect(res.statusCode, res.body).toBe(202);
    const ids = (res.json() as { events: Array<{ id: string; status: string }> }).events.map((e) => e.id);
    expect(ids).toHaveLength(expected.length);
    for (const [index, id] of ids.entries()) {
      const detail = await slice.eventWhen(id, (d) => d.deliveries.some((x) => x.status === 'delivered'));
      expect(detail).toMatchObject({ ...expected[index], source: `My ${preset}` });
      const delivered = slice.receiver.received.find((r) => JSON.stringify(r.body).includes(id));
      expect(delivered?.verified).toBe(true);
    }
  }, 60_000);

  it('a tampered signature gets 401, nothing is ingested, and the admin sees the rejection', async () => {
    const source = await createSource('nemo-router', 'x-nemo-signature', 'Tampered Nemo');
    const { raw, headers } = signed('x-nemo-signature', sample('Nemo Router', 'balance.low'));
    const tampered = raw.replace('4.27', '1000.27');
    const res = await post(source.hookUrl, tampered, headers);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ message: expect.stringContaining('X-Nemo-Signature'.toLowerCase()) });
    const detail = (await slice.api.request('GET', `/v1/sources/${source.id}`)).json() as Record<string, unknown>;
    expect(detail).toMatchObject({ lastRejectionReason: expect.stringContaining('does not match'), recentRejections: [{ status: 401, reason: expect.stringContaining('does not match') }] });
    const feed = (await slice.api.request('GET', `/v1/events?source=${encodeURIComponent('Tampered Nemo')}`)).json() as { items: unknown[] };
    expect(feed.items).toEqual([]);
  });

  it('a wrong path token gets 401 and is recorded; a missing token too', async () => {
    const source = await createSource('server-scout');
    const wrong = source.hookUrl.replace(/[^/]+$/, 'not-the-token');
    expect((await post(wrong, JSON.stringify(sample('Server Scout', 'alert')))).statusCode).toBe(401);
    expect((await post(`/v1/hooks/${source.id}`, JSON.stringify(sample('Server Scout', 'alert')))).statusCode).toBe(401);
    const detail = (await slice.api.request('GET', `/v1/sources/${source.id}`)).json() as { recentRejections: Array<{ reason: string }> };
    expect(detail.recentRejections.map((r) => r.reason)).toEqual([expect.stringContaining('missing path token'), expect.stringContaining('path token does not match')]);
  });

  it('a redelivery maps onto the same event and runs once', async () => {
    const source = await createSource('ai-admin-panel', 'x-signature-256');
    const { raw, headers } = signed('x-signature-256', sample('AI Admin Panel', 'deploy.success'));
    const first = (await post(source.hookUrl, raw, headers)).json() as { events: Array<{ id: string; duplicate: boolean }> };
    await slice.eventWhen(first.events[0]!.id, (d) => d.deliveries.some((x) => x.status === 'delivered'));
    const again = await post(source.hookUrl, raw, headers);
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ events: [{ id: first.events[0]!.id, duplicate: true }] });
    const detail = await slice.eventWhen(first.events[0]!.id, () => true);
    expect(detail.deliveries).toHaveLength(1);
  });

  it('the signing secret is encrypted at rest and never returned, only a hint', async () => {
    const source = await createSource('astra-netmon', 'x-webhook-signature');
    expect(source.secretHint).toBe('••••6789');
    const listed = await slice.api.request('GET', '/v1/sources');
    expect(listed.body).not.toContain(SECRET);
    const row = await slice.api.dataSource.getRepository(Source).findOneByOrFail({ id: source.id });
    expect(JSON.stringify(row)).not.toContain(SECRET);
  });
});
