import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationsOf, responseProblem, type OpenApiDocument } from './openapi.contract.js';
import { startSlice } from './slice.harness.js';

type Slice = Awaited<ReturnType<typeof startSlice>>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const graph = (channelId: string) => ({
  nodes: [
    { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } },
    { id: 'text', type: 'template', config: { title: 'Deploy of {{data.service}} failed', body: '' } },
    { id: 'notify', type: 'send', config: { channelId } },
  ],
  edges: [{ source: 'trigger', target: 'text' }, { source: 'text', target: 'notify' }],
});

/**
 * Every operation of /openapi.json, called with valid input against the real stack (API, worker, Temporal dev
 * server, Postgres, a signature-checking receiver); each real response must match the document (status, body,
 * required headers). An operation this test does not call fails it by name: a new endpoint adds its call here.
 */
describe('the OpenAPI document tells the truth about every operation', () => {
  let slice: Slice;
  let doc: OpenApiDocument;
  const called = new Set<string>();
  const problems: string[] = [];

  /** Calls `operation` (as written in the document) on `url` and checks the response against the document. */
  const call = async (operation: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const method = operation.split(' ')[0] as Method;
    const res = await slice.api.request(method, url, body, headers);
    called.add(operation);
    const problem = responseProblem(doc, operation, res);
    if (problem) problems.push(problem);
    return res;
  };

  beforeAll(async () => {
    slice = await startSlice();
    doc = (await slice.api.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  }, 120_000);
  afterAll(() => slice?.close());

  it('answers every operation as documented', async () => {
    await call('GET /healthz', '/healthz', undefined, { authorization: '' });
    await call('GET /readyz', '/readyz', undefined, { authorization: '' });
    await call('GET /v1/event-types', '/v1/event-types');
    await call('GET /v1/plugins', '/v1/plugins');

    const channelId = await slice.createChannel();
    called.add('POST /v1/channels');
    const spare = (await call('POST /v1/channels', '/v1/channels', { name: 'Spare', pluginId: 'webhook', config: { url: slice.receiver.url } })).json().id as string;
    await call('GET /v1/channels', '/v1/channels');
    await call('GET /v1/channels/{id}', `/v1/channels/${channelId}`);
    await call('PATCH /v1/channels/{id}', `/v1/channels/${spare}`, { name: 'Spare 2' });
    await call('POST /v1/channels/{id}/pause', `/v1/channels/${spare}/pause`);
    await call('POST /v1/channels/{id}/resume', `/v1/channels/${spare}/resume`);
    await call('POST /v1/channels/{id}/test', `/v1/channels/${channelId}/test`);

    const routeId = (await call('POST /v1/routes', '/v1/routes', { name: 'Deploys', graph: graph(channelId) })).json().id as string;
    await call('GET /v1/routes', '/v1/routes');
    await call('GET /v1/routes/{id}', `/v1/routes/${routeId}`);
    await call('PUT /v1/routes/{id}', `/v1/routes/${routeId}`, { description: 'Failed deploys' });
    await call('POST /v1/routes/{id}/publish', `/v1/routes/${routeId}/publish`);
    await call('GET /v1/routes/{id}/versions', `/v1/routes/${routeId}/versions`);
    await call('GET /v1/routes/{id}/versions/{version}', `/v1/routes/${routeId}/versions/1`);
    await call('POST /v1/routes/{id}/versions/{version}/restore', `/v1/routes/${routeId}/versions/1/restore`);
    await call('POST /v1/routes/{id}/test', `/v1/routes/${routeId}/test`, { event: { type: 'deploy.failure', data: { service: 'api' } } });
    await call('POST /v1/routes/{id}/disable', `/v1/routes/${routeId}/disable`);
    await call('POST /v1/routes/{id}/publish', `/v1/routes/${routeId}/publish`);

    const eventId = randomUUID();
    const ingest = await call('POST /v1/events', '/v1/events', { id: eventId, type: 'deploy.failure', severity: 'high', data: { service: 'api' } });
    expect(ingest.json().id, 'the event keeps the id it was sent with').toBe(eventId);
    await call('POST /v1/events/batch', '/v1/events/batch', { events: [{ type: 'deploy.failure', data: { service: 'web' } }, { type: 42 }] });
    const detail = await slice.eventWhen(eventId, (d) => d.deliveries.some((x) => x.status === 'delivered'));
    await call('GET /v1/events', '/v1/events?limit=5');
    await call('GET /v1/events/{id}', `/v1/events/${eventId}`);
    await call('POST /v1/events/{id}/replay', `/v1/events/${eventId}/replay`, undefined, { 'idempotency-key': 'contract-one' });
    await call('POST /v1/events/replay', '/v1/events/replay', { type: 'deploy.failure', limit: 1 });

    const deliveryId = detail.deliveries[0]!.id;
    await call('GET /v1/deliveries', '/v1/deliveries?limit=5');
    await call('GET /v1/deliveries/{id}', `/v1/deliveries/${deliveryId}`);
    await call('POST /v1/deliveries/{id}/resend', `/v1/deliveries/${deliveryId}/resend`);
    const bulk = await call('POST /v1/deliveries/resend', '/v1/deliveries/resend', { limit: 1 });
    await call('GET /v1/operations', '/v1/operations');
    await call('GET /v1/operations/{id}', `/v1/operations/${bulk.json().id}`);

    // Errors, in the shared error body: an unknown id, a bad body, a missing key.
    await call('GET /v1/routes/{id}', `/v1/routes/${randomUUID()}`);
    await call('POST /v1/routes', '/v1/routes', { name: '' });
    await call('GET /v1/channels', '/v1/channels', undefined, { authorization: 'Bearer nope' });

    await call('DELETE /v1/routes/{id}', `/v1/routes/${routeId}`);
    await call('DELETE /v1/channels/{id}', `/v1/channels/${spare}`);

    expect(problems, 'responses that break the document').toEqual([]);
    const uncovered = operationsOf(doc).filter((op) => !called.has(op));
    expect(uncovered, 'operations in /openapi.json this test never calls: add a call (with valid input) above').toEqual([]);
  }, 120_000);

  it('documents request fields, headers and security as they are', () => {
    const ingest = doc.paths['/v1/events']!.post as unknown as { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } };
    expect(Object.keys(ingest.requestBody.content['application/json']!.schema.properties)).toContain('id');
    const resend = doc.paths['/v1/deliveries/{id}/resend']!.post!;
    expect(resend.parameters?.filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), p.required ?? false])).toEqual([['idempotency-key', false]]);
    expect(doc.paths['/healthz']!.get!.security).toEqual([]);
    expect(doc.paths['/v1/routes']!.get!.security).toBeUndefined();
    for (const op of operationsOf(doc).filter((o) => o.includes(' /v1/'))) {
      const [method, path] = op.split(' ') as [string, string];
      const responses = Object.keys(doc.paths[path]![method.toLowerCase()]!.responses);
      expect(responses, op).toEqual(expect.arrayContaining(['400', '401', '429', '503']));
    }
  });
});
