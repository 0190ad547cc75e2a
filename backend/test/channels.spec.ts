import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretsCipher } from '@signalbox/db';
import { APP_CONFIG } from '../src/config/config.tokens.js';
import type { RuntimeConfig } from '../src/config/config.schema.js';
import { startTestApp, type TestApp } from './test-app.js';
import { createTestTenant } from './test-tenant.js';

const SIGNING_SECRET = `whsec_${Buffer.from('super-secret-signing-key-0123456').toString('base64')}`;
const URL_TOKEN = 'xoxb-URL-TOKEN-987654';

describe('channels: secrets encrypted at rest, masked everywhere, write-only', () => {
  let t: TestApp;
  let id: string;
  const responses: string[] = [];
  const record = async (res: Promise<{ statusCode: number; body: string; json: () => unknown }>) => {
    const r = await res;
    responses.push(r.body);
    return r;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const created = await record(
      t.request('POST', '/v1/channels', {
        name: 'Receiver', pluginId: 'webhook',
        config: { url: `https://127.0.0.1:1/${URL_TOKEN}`, headers: { Authorization: 'Bearer hdr-secret' }, signing: { secret: SIGNING_SECRET } },
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    id = (created.json() as { id: string }).id;
  });
  afterAll(() => t?.close());

  it('stores secret fields only as ciphertext', async () => {
    const [row] = await t.dataSource.query('SELECT config, secrets_ciphertext FROM channels WHERE tenant_id = $1 AND id = $2', [t.tenantId, id]);
    const stored = JSON.stringify(row);
    for (const secret of [SIGNING_SECRET, URL_TOKEN, 'hdr-secret']) expect(stored).not.toContain(secret);
    expect(row.secrets_ciphertext).toMatch(/^v1\./);
    expect(row.config).toMatchObject({ method: 'POST', signing: { style: 'standard-webhooks' } });
  });

  it('masks secrets in create, get, list, patch and pause responses; PATCH keeps omitted secrets', async () => {
    const got = await record(t.request('GET', `/v1/channels/${id}`));
    expect(got.json()).toMatchObject({ config: { url: '********', signing: { secret: '********' }, headers: { Authorization: '********' } } });
    await record(t.request('GET', '/v1/channels'));
    const patched = await record(t.request('PATCH', `/v1/channels/${id}`, { name: 'Renamed', config: { method: 'PUT' } }));
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Renamed', config: { method: 'PUT', url: '********' } });
    // Sending the mask back also keeps the stored value.
    await record(t.request('PATCH', `/v1/channels/${id}`, { config: { url: '********', signing: { secret: '********' } } }));
    expect((await record(t.request('POST', `/v1/channels/${id}/pause`))).json()).toMatchObject({ paused: true });
    expect((await record(t.request('POST', `/v1/channels/${id}/resume`))).json()).toMatchObject({ paused: false });

    const [row] = await t.dataSource.query('SELECT secrets_ciphertext FROM channels WHERE id = $1', [id]);
    const key = t.app.get<RuntimeConfig>(APP_CONFIG).SIGNALBOX_SECRET_KEY;
    const secrets = new SecretsCipher(key).decrypt(row.secrets_ciphertext);
    expect(secrets).toMatchObject({ url: `https://127.0.0.1:1/${URL_TOKEN}`, 'signing.secret': SIGNING_SECRET });

    for (const body of responses) for (const secret of [SIGNING_SECRET, URL_TOKEN, 'hdr-secret']) expect(body).not.toContain(secret);
  });

  it('test send reports failure without leaking secrets', async () => {
    const res = await t.request('POST', `/v1/channels/${id}/test`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, latencyMs: expect.any(Number), error: expect.any(String) });
    for (const secret of [SIGNING_SECRET, URL_TOKEN, 'hdr-secret']) expect(res.body).not.toContain(secret);
  });

  it('another tenant cannot see the channel', async () => {
    const other = await createTestTenant(t.dataSource, 'other');
    const res = await t.request('GET', `/v1/channels/${id}`, undefined, { authorization: `Bearer ${other.apiKey}` });
    expect(res.statusCode).toBe(404);
  });
});
