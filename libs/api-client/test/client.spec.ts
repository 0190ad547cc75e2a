import { describe, expect, it } from 'vitest';
import { createSignalboxClient, newIdempotencyKey } from '../src/index.js';

// The wire format a backend service relies on; the round trip against a real API is backend/test/api-client-example.spec.ts.
describe('createSignalboxClient', () => {
  it('sends the key as a bearer token, the Idempotency-Key header and JSON to the typed path', async () => {
    const seen: Request[] = [];
    const fetch = async (request: Request) => {
      seen.push(request);
      return Response.json({ id: 'k-1', status: 'unmatched', matchedRoutes: [] }, { status: 202 });
    };
    const signalbox = createSignalboxClient({ baseUrl: 'http://api.example/', apiKey: 'sb_secret', fetch });
    const { data } = await signalbox.POST('/v1/events', { params: { header: { 'Idempotency-Key': 'k-1' } }, body: { type: 'disk.full', source: 'db-1', severity: 'high' } });
    expect(data?.status).toBe('unmatched');
    const [request] = seen;
    expect(`${request!.method} ${request!.url}`).toBe('POST http://api.example/v1/events');
    expect(request!.headers.get('authorization')).toBe('Bearer sb_secret');
    expect(request!.headers.get('idempotency-key')).toBe('k-1');
    expect(await request!.json()).toEqual({ type: 'disk.full', source: 'db-1', severity: 'high' });
  });

  it('returns the API error body instead of throwing', async () => {
    const fetch = async () => Response.json({ statusCode: 401, error: 'Unauthorized', message: 'Invalid API key' }, { status: 401 });
    const { data, error } = await createSignalboxClient({ baseUrl: 'http://api.example', fetch }).GET('/v1/events');
    expect(data).toBeUndefined();
    expect(error).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid API key' });
  });

  it('makes idempotency keys the API accepts (1-64 of [A-Za-z0-9_-]), a new one each time', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
