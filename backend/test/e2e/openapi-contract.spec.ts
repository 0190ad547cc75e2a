import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hmacSignatureHeaders } from '@signalbox/plugin-sdk';
import { eventCatalogue } from '@signalbox/route-model';
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
  const answered: Array<[operation: string, status: number]> = [];

  /** Calls `operation` (as written in the document) on `url` and checks the response against the document. */
  const call = async (operation: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const method = operation.split(' ')[0] as Method;
    const res = await slice.api.request(method, url, body, headers);
    called.add(operation);
    answered.push([operation, res.statusCode]);
    const problem = responseProblem(doc, operation, res);
    if (problem) problems.push(problem);
    return res;
  };

  beforeAll(async () => {
    slice = await startSlice();
    // Responses are checked against the generated document @signalbox/api-client ships (its types come from it);
    // the served one must be that very document, or the committed files are stale.
    doc = JSON.parse(await readFile(new URL('../../../libs/api-client/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
    const served = (await slice.api.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(served, 'libs/api-client/openapi.json is stale: run npm run api:generate').toEqual(doc);
  }, 120_000);
  afterAll(() => slice?.close());

  it('answers every operation as documented', async () => {
    await call('GET /healthz', '/healthz', undefined, { authorization: '' });
    await call('GET /readyz', '/readyz', undefined, { authorization: '' });
    await call('GET /v1/event-types', '/v1/event-types');
    await call('GET /v1/plugins', '/v1/plugins');
    await call('GET /v1/ui-config', '/v1/ui-config');

    const channelId = await slice.createChannel();
    const spare = (await call('POST /v1/channels', '/v1/channels', { name: 'Spare', pluginId: 'webhook', config: { url: slice.receiver.url, signing: { style: 'none' } } })).json().id as string;
    await call('GET /v1/channels', '/v1/channels');
    await call('GET /v1/channels/{id}', `/v1/channels/${channelId}`);
    await call('PATCH /v1/channels/{id}', `/v1/channels/${spare}`, { name: 'Spare 2' });
    await call('POST /v1/channels/{id}/enable', `/v1/channels/${spare}/enable`);
    await call('POST /v1/channels/{id}/test', `/v1/channels/${channelId}/test`);
    await call('GET /v1/channels/{id}/subscriptions', `/v1/channels/${spare}/subscriptions`);
    await call('PUT /v1/channels/{id}/subscriptions', `/v1/channels/${spare}/subscriptions`, { eventTypes: ['deploy.failure'], minSeverity: 'high' });
    // Unsubscribed again at once: the generated route goes off, so no later event here reaches Spare.
    await call('PUT /v1/channels/{id}/subscriptions', `/v1/channels/${spare}/subscriptions`, { eventTypes: [] });
    await call('POST /v1/channels/test', '/v1/channels/test', { pluginId: 'webhook', config: { url: slice.receiver.url, signing: { style: 'none' } } });

    const routeId = (await call('POST /v1/routes', '/v1/routes', { name: 'Deploys', graph: graph(channelId) })).json().id as string;
    await call('GET /v1/routes', '/v1/routes');
    await call('GET /v1/routes/{id}', `/v1/routes/${routeId}`);
    await call('PUT /v1/routes/{id}', `/v1/routes/${routeId}`, { description: 'Failed deploys' });
    await call('POST /v1/routes/{id}/publish', `/v1/routes/${routeId}/publish`);
    await call('POST /v1/routes/{id}/publish', `/v1/routes/${routeId}/publish`, { note: 'With a note' });
    await call('GET /v1/routes/{id}/versions', `/v1/routes/${routeId}/versions`);
    await call('GET /v1/routes/{id}/versions/{version}', `/v1/routes/${routeId}/versions/1`);
    await call('POST /v1/routes/{id}/versions/{version}/restore', `/v1/routes/${routeId}/versions/1/restore`);
    await call('POST /v1/routes/{id}/test', `/v1/routes/${routeId}/test`, { event: { type: 'deploy.failure', data: { service: 'api' } } });
    await call('POST /v1/routes/{id}/disable', `/v1/routes/${routeId}/disable`);
    await call('POST /v1/routes/{id}/enable', `/v1/routes/${routeId}/enable`);

    const eventId = randomUUID();
    const ingest = await call('POST /v1/events', '/v1/events', { id: eventId, type: 'deploy.failure', severity: 'high', data: { service: 'api' } });
    expect(ingest.json().id, 'the event keeps the id it was sent with').toBe(eventId);
    await call('POST /v1/events/batch', '/v1/events/batch', { events: [{ type: 'deploy.failure', data: { service: 'web' } }, { type: 42 }] });
    const detail = await slice.eventWhen(eventId, (d) => d.deliveries.some((x) => x.status === 'delivered'));
    await call('GET /v1/events', '/v1/events?limit=5');
    // Again now that the tenant has traffic: the seen types (latest event as sample) must match the document too.
    await call('GET /v1/event-types', '/v1/event-types');
    await call('PUT /v1/event-types/{type}/description', '/v1/event-types/deploy.failure/description', { description: 'Our pipeline could not deploy' });
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

    // A paused channel holds its sends; a held delivery can be cancelled (202), then the channel resumes.
    await call('POST /v1/channels/{id}/pause', `/v1/channels/${channelId}/pause`);
    const heldEvent = (await slice.postEvent({ type: 'deploy.failure', data: { service: 'held' } })).id;
    const held = await slice.eventWhen(heldEvent, (d) => d.deliveries.some((x) => x.status === 'held'));
    const cancel = await call('POST /v1/deliveries/{id}/cancel', `/v1/deliveries/${held.deliveries[0]!.id}/cancel`, { reason: 'Not needed' });
    expect(cancel.statusCode, cancel.body).toBe(202);
    await call('POST /v1/channels/{id}/resume', `/v1/channels/${channelId}/resume`);

    // Inbound sources and their hooks: a signed tool and one authenticated by the token in the hook URL.
    await call('GET /v1/sources/presets', '/v1/sources/presets');
    const sample = (system: string, type: string) => eventCatalogue().find((e) => e.system === system && e.type === type)!.sample.data;
    await call('POST /v1/sources/preview', '/v1/sources/preview', { preset: 'nestai', sample: sample('NestAI', 'server_status') });
    const secret = 'contract-signing-secret-0123';
    const signed = (await call('POST /v1/sources', '/v1/sources', { preset: 'ai-admin-panel', name: 'Admin panel', signingSecret: secret })).json() as { id: string; hookUrl: string };
    const byToken = (await call('POST /v1/sources', '/v1/sources', { preset: 'nestai', name: 'NestAI' })).json() as { id: string; hookUrl: string };
    const raw = JSON.stringify(sample('AI Admin Panel', 'deploy.failure'));
    const hook = await call('POST /v1/hooks/{sourceId}', signed.hookUrl, raw, { authorization: '', ...hmacSignatureHeaders('x-signature-256', raw, [secret]) });
    expect(hook.statusCode, hook.body).toBe(202);
    expect((await call('POST /v1/hooks/{sourceId}/{token}', byToken.hookUrl, sample('NestAI', 'server_status'), { authorization: '' })).statusCode).toBe(202);
    await call('POST /v1/hooks/{sourceId}', signed.hookUrl, raw, { authorization: '', 'x-signature-256': 'sha256=00' });
    await call('GET /v1/sources', '/v1/sources');
    await call('GET /v1/sources/{id}', `/v1/sources/${signed.id}`);
    await call('PATCH /v1/sources/{id}', `/v1/sources/${byToken.id}`, { name: 'NestAI prod', rotatePathToken: true });
    await call('DELETE /v1/sources/{id}', `/v1/sources/${byToken.id}`);

    // Alert state: the deploy.failure above opened an alert (a catalogue problem type).
    const alerts = (await call('GET /v1/alerts', '/v1/alerts?status=open')).json() as { items: Array<{ id: string }> };
    expect(alerts.items.length, 'the deploy failure opened an alert').toBeGreaterThan(0);
    await call('GET /v1/alerts/{id}', `/v1/alerts/${alerts.items[0]!.id}`);

    // Silences and mute timings.
    const matchers = [{ name: 'data.service', op: '=', value: 'contract-silenced' }];
    await call('POST /v1/silences/preview', '/v1/silences/preview', { matchers });
    const endsAt = new Date(Date.now() + 3_600_000).toISOString();
    const silenceId = (await call('POST /v1/silences', '/v1/silences', { matchers, endsAt, createdBy: 'contract', comment: 'Maintenance' })).json().id as string;
    await call('GET /v1/silences', '/v1/silences');
    await call('GET /v1/silences/{id}', `/v1/silences/${silenceId}`);
    await call('PATCH /v1/silences/{id}', `/v1/silences/${silenceId}`, { comment: 'Longer maintenance' });
    await call('POST /v1/silences/{id}/expire', `/v1/silences/${silenceId}/expire`);
    const weekdays = { name: 'Office hours', timeZone: 'Europe/Berlin', intervals: [{ weekdays: ['monday:friday'], times: [{ startTime: '09:00', endTime: '17:00' }] }] };
    const timingId = (await call('POST /v1/mute-timings', '/v1/mute-timings', weekdays)).json().id as string;
    await call('GET /v1/mute-timings', '/v1/mute-timings');
    await call('GET /v1/mute-timings/{id}', `/v1/mute-timings/${timingId}`);
    await call('PUT /v1/mute-timings/{id}', `/v1/mute-timings/${timingId}`, { ...weekdays, name: 'Office hours (CET)' });
    await call('DELETE /v1/mute-timings/{id}', `/v1/mute-timings/${timingId}`);

    // Configuration as code: the export is YAML; its dry run answers the structured diff.
    const exported = await call('GET /v1/config/export', '/v1/config/export?secrets=omit');
    expect(exported.statusCode, exported.body).toBe(200);
    const applied = await call('POST /v1/config/apply', '/v1/config/apply?dryRun=true', exported.body, { 'content-type': 'application/yaml' });
    expect(applied.statusCode, applied.body).toBe(200);

    // A scheduled summary route and its Temporal Schedule.
    const daily = {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: [], schedule: { cron: '0 0 * * *', timeZone: 'UTC' } } }, { id: 'notify', type: 'send', config: { channelId } }],
      edges: [{ source: 'trigger', target: 'notify' }],
    };
    const scheduled = (await call('POST /v1/routes', '/v1/routes', { name: 'Daily summary', graph: daily })).json().id as string;
    await call('POST /v1/routes/{id}/publish', `/v1/routes/${scheduled}/publish`);
    await call('GET /v1/routes/{id}/schedule', `/v1/routes/${scheduled}/schedule`);
    await call('POST /v1/routes/{id}/schedule/pause', `/v1/routes/${scheduled}/schedule/pause`, { note: 'Quiet week' });
    await call('POST /v1/routes/{id}/schedule/run', `/v1/routes/${scheduled}/schedule/run`);
    await call('POST /v1/routes/{id}/schedule/resume', `/v1/routes/${scheduled}/schedule/resume`);
    await call('DELETE /v1/routes/{id}', `/v1/routes/${scheduled}`);

    // Errors, in the shared error body: an unknown id, a bad body, a missing key.
    await call('GET /v1/routes/{id}', `/v1/routes/${randomUUID()}`);
    await call('POST /v1/routes', '/v1/routes', { name: '' });
    const nullNote = await call('POST /v1/routes/{id}/publish', `/v1/routes/${routeId}/publish`, 'null');
    expect(nullNote.statusCode, 'a JSON null is a body, and not a valid one').toBe(400);
    await call('GET /v1/channels', '/v1/channels', undefined, { authorization: 'Bearer nope' });

    await call('DELETE /v1/routes/{id}', `/v1/routes/${routeId}`);
    await call('DELETE /v1/channels/{id}', `/v1/channels/${spare}`);

    expect(problems, 'responses that break the document').toEqual([]);
    const uncovered = operationsOf(doc).filter((op) => !called.has(op));
    expect(uncovered, 'operations in /openapi.json this test never calls: add a call (with valid input) above').toEqual([]);
    const successes = new Set(answered.filter(([, status]) => status < 300).map(([op]) => op));
    expect(operationsOf(doc).filter((op) => !successes.has(op)), 'operations this test never saw succeed').toEqual([]);
  }, 120_000);

  it('documents request fields, headers and security as they are', () => {
    const ingest = doc.paths['/v1/events']!.post as unknown as { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } };
    expect(Object.keys(ingest.requestBody.content['application/json']!.schema.properties)).toContain('id');
    const resend = doc.paths['/v1/deliveries/{id}/resend']!.post!;
    expect(resend.parameters?.filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), p.required ?? false])).toEqual([['idempotency-key', false]]);
    expect(doc.paths['/healthz']!.get!.security).toEqual([]);
    expect(doc.paths['/v1/hooks/{sourceId}']!.post!.security, 'tools post hooks without an API key').toEqual([]);
    expect(doc.paths['/v1/routes']!.get!.security).toBeUndefined();
    expect(doc.paths['/v1/routes/{id}/publish']!.post!.requestBody, 'publish takes no body or a note').toMatchObject({ required: false });
    for (const op of operationsOf(doc).filter((o) => o.includes(' /v1/'))) {
      const [method, path] = op.split(' ') as [string, string];
      const operation = doc.paths[path]![method.toLowerCase()]!;
      const responses = Object.keys(operation.responses);
      // Public operations (hooks) skip the API-key guard, which is where the rate limits live: no 429.
      const expected = operation.security?.length === 0 ? ['400', '401', '503'] : ['400', '401', '429', '503'];
      expect(responses, op).toEqual(expect.arrayContaining(expected));
      expect(responses.some((status) => status.startsWith('2')), `${op} declares a success response`).toBe(true);
      for (const status of ['429', '503'].filter((s) => responses.includes(s))) {
        expect(operation.responses[status]!.headers?.['Retry-After']?.required, `${op} ${status} requires Retry-After`).toBe(true);
      }
    }
  });

  it('catches a response that drifts from the document', async () => {
    const real = await slice.api.request('GET', '/v1/ui-config');
    const asIs = { statusCode: real.statusCode, body: real.body, headers: real.headers };
    expect(responseProblem(doc, 'GET /v1/ui-config', asIs)).toBeUndefined();
    expect(responseProblem(doc, 'GET /v1/ui-config', { ...asIs, body: JSON.stringify({ ...real.json(), extra: 1 }) })).toMatch(/undeclared field "extra"/);
    expect(responseProblem(doc, 'GET /v1/ui-config', { ...asIs, statusCode: 418 })).toMatch(/answered 418, which the document does not declare/);
    const limited = { statusCode: 429, body: JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'Slow down' }), headers: {} };
    expect(responseProblem(doc, 'GET /v1/ui-config', limited)).toMatch(/lacks the required header Retry-After/);
  });

  it('names every operation once (operationId)', () => {
    const ids = operationsOf(doc).map((op) => {
      const [method, path] = op.split(' ') as [string, string];
      return doc.paths[path]![method.toLowerCase()]!.operationId;
    });
    expect(ids.filter((id) => !id), 'operations without an operationId').toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'operationIds used twice').toEqual([]);
  });
});
