import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

describe('sources API: validation and preview', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  }, 60_000);
  afterAll(() => api?.close());

  it('preview maps a pasted sample with JSONata, exactly as the hook would', async () => {
    const res = await api.request('POST', '/v1/sources/preview', {
      sample: { check: 'db', state: 'DOWN', level: 'P2' },
      mapping: '{"type": "check." & $lowercase(state), "severity": level, "subject": check & " is " & state}',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ events: [{ type: 'check.down', severity: 'high', subject: 'db is DOWN', data: {} }] });
  });

  it.each([
    ['a syntax error', { sample: { a: 1 }, mapping: '{"type": ' }, 'mapping', /^Mapping failed: mapping: .*at character/],
    ['a result without a type', { sample: { a: 1 }, mapping: '{"subject": "x"}' }, 'result.type', /result\.type: must be a non-empty string/],
    ['a type the event schema refuses', { sample: { a: 1 }, mapping: '{"type": "has spaces"}' }, 'event.type', /event\.type: "has spaces"/],
    ['a preset body of the wrong shape', { sample: { status: 'firing' }, preset: 'alertmanager' }, 'alerts', /alerts: must be an array/],
    ['no sample', { mapping: '$' }, 'sample', /sample/],
  ])('bad mapping: %s → 400 naming %s', async (_label, body, path, message) => {
    const res = await api.request('POST', '/v1/sources/preview', body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ message: expect.stringMatching(message), issues: [expect.objectContaining({ path })] });
  });

  it.each([
    ['a signed preset without its secret', { preset: 'nemo-router', name: 'Nemo' }, 'signingSecret'],
    ['an unsigned preset with a secret', { preset: 'alertmanager', name: 'AM', signingSecret: 'abcdefghijkl' }, 'signingSecret'],
    ['a custom source with invalid JSONata', { preset: 'custom', name: 'C', mapping: '$$$(' }, 'mapping'],
    ['an unknown preset', { preset: 'nagios', name: 'N' }, 'preset'],
    ['an override onto no severity', { preset: 'grafana', name: 'G', severityOverrides: { disaster: 'apocalyptic' } }, 'severityOverrides.disaster'],
  ])('create refuses %s with a 400 naming %s', async (_label, body, path) => {
    const res = await api.request('POST', '/v1/sources', body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ issues: [expect.objectContaining({ path })] });
  });

  it('another tenant (or no key) cannot see a source; the hook of an unknown source is a 404', async () => {
    const created = (await api.request('POST', '/v1/sources', { preset: 'grafana', name: 'Grafana' })).json() as { id: string };
    expect((await api.request('GET', `/v1/sources/${created.id}`, undefined, { authorization: 'Bearer nope' })).statusCode).toBe(401);
    expect((await api.request('GET', '/v1/sources/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const hook = await api.app.inject({ method: 'POST', url: '/v1/hooks/00000000-0000-4000-8000-000000000000', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect(hook.statusCode).toBe(404);
  });

  it('PATCH rotates the path token (the old hook URL stops working) and DELETE removes the source', async () => {
    const created = (await api.request('POST', '/v1/sources', { preset: 'server-scout', name: 'Scout' })).json() as { id: string; hookUrl: string };
    const rotated = (await api.request('PATCH', `/v1/sources/${created.id}`, { rotatePathToken: true })).json() as { hookUrl: string };
    expect(rotated.hookUrl).not.toBe(created.hookUrl);
    const old = await api.app.inject({ method: 'POST', url: created.hookUrl, payload: '{"status":"down"}', headers: { 'content-type': 'application/json' } });
    expect(old.statusCode).toBe(401);
    expect((await api.request('DELETE', `/v1/sources/${created.id}`)).statusCode).toBe(204);
    expect((await api.request('GET', `/v1/sources/${created.id}`)).statusCode).toBe(404);
  });
});
