import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

describe('GET /v1/ui-config', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ TEMPORAL_UI_URL: 'http://temporal-ui.test:8233/', TEMPORAL_NAMESPACE: 'signalbox' });
  });
  afterAll(() => api?.close());

  it('gives the UI the Temporal UI base URL, namespace and tenant it builds workflow links from', async () => {
    const res = await api.request('GET', '/v1/ui-config');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ temporalUiUrl: 'http://temporal-ui.test:8233', temporalNamespace: 'signalbox', tenantId: api.tenantId });
  });

  it('needs an API key like the rest of /v1', async () => {
    expect((await api.request('GET', '/v1/ui-config', undefined, { authorization: '' })).statusCode).toBe(401);
  });
});
