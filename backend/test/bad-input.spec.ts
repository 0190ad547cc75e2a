import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/** Every kind of bad input gets a 4xx in the shared error shape that names the field or the problem. */
interface BadInputCase {
  name: string;
  send: (t: TestApp) => Promise<LightMyRequestResponse>;
  status: number;
  /** Must match the message or one of the issues (`path: message`). */
  names: RegExp;
}

const trigger = { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } };
const filter = (rules: unknown[]) => ({ id: 'gate', type: 'filter', config: { condition: { combinator: 'and', rules } } });

/** Saves a draft (which succeeds: only the schema is enforced on save) and tries to publish it. */
async function publishDraft(t: TestApp, nodes: unknown[], edges: unknown[]) {
  const created = await t.request('POST', '/v1/routes', { name: 'bad', graph: { nodes, edges } });
  expect(created.statusCode, created.body).toBe(201);
  return t.request('POST', `/v1/routes/${created.json().id}/publish`);
}

const UUID = '00000000-0000-4000-8000-000000000000';
/** `{"a":{"a":…1…}}` nested `depth` objects deep, as raw JSON (JSON.stringify would recurse that deep). */
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** A condition group with `depth` groups nested inside it. */
function deepCondition(depth: number): unknown {
  let group: unknown = { combinator: 'and', rules: [] };
  for (let i = 0; i < depth; i++) group = { combinator: 'and', rules: [group] };
  return group;
}
const deepFilterRoute = () => `{"name":"deep","graph":{"nodes":[${JSON.stringify(trigger)},{"id":"gate","type":"filter","config":{"condition":${deepConditionJson(5_000)}}}],"edges":[]}}`;
const deepConditionJson = (depth: number) => `${'{"combinator":"and","rules":['.repeat(depth)}${'{"combinator":"and","rules":[]}'}${']}'.repeat(depth)}`;
/** A JSON event whose data.note holds bytes that are not UTF-8 (0xff 0xfe), sent as they are. */
const invalidUtf8 = Buffer.concat([Buffer.from('{"type":"x","data":{"note":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]);

const cases: BadInputCase[] = [
  { name: 'malformed JSON', send: (t) => t.request('POST', '/v1/events', '{"type": "x",'), status: 400, names: /Body is not valid JSON: .+/ },
  { name: 'empty JSON body', send: (t) => t.request('POST', '/v1/events', ''), status: 400, names: /Body is empty/ },
  { name: 'no body at all', send: (t) => t.request('POST', '/v1/events'), status: 400, names: /body is required/i },
  { name: 'wrong content type (text/plain)', send: (t) => t.request('POST', '/v1/events', 'type=x', { 'content-type': 'text/plain' }), status: 415, names: /application\/json/ },
  { name: 'wrong content type (form)', send: (t) => t.request('POST', '/v1/events', 'type=x', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, names: /application\/json/ },
  { name: 'body is an array, not an event', send: (t) => t.request('POST', '/v1/events', [{ type: 'x' }]), status: 400, names: /\(root\): .*expected object/ },
  { name: 'missing type', send: (t) => t.request('POST', '/v1/events', { severity: 'info' }), status: 400, names: /^type: / },
  { name: 'type of the wrong type', send: (t) => t.request('POST', '/v1/events', { type: 42 }), status: 400, names: /^type: .*expected string/ },
  { name: 'invalid characters in type', send: (t) => t.request('POST', '/v1/events', { type: 'has spaces' }), status: 400, names: /^type: must be/ },
  { name: 'data is not an object', send: (t) => t.request('POST', '/v1/events', { type: 'x', data: 'text' }), status: 400, names: /^data: / },
  { name: 'unknown field', send: (t) => t.request('POST', '/v1/events', { type: 'x', colour: 'red' }), status: 400, names: /^colour: unknown field "colour"/ },
  { name: 'bad severity', send: (t) => t.request('POST', '/v1/events', { type: 'x', severity: 'urgent' }), status: 400, names: /^severity: .*critical/ },
  { name: 'bad timestamp', send: (t) => t.request('POST', '/v1/events', { type: 'x', timestamp: 'yesterday' }), status: 400, names: /^timestamp: / },
  { name: 'bad event id', send: (t) => t.request('POST', '/v1/events', { id: 'a b', type: 'x' }), status: 400, names: /^id: may only contain/ },
  { name: 'event larger than MAX_EVENT_BYTES', send: (t) => t.request('POST', '/v1/events', { type: 'x', data: { blob: 'x'.repeat(300_000) } }), status: 413, names: /limit is 262144 bytes \(MAX_EVENT_BYTES\)/ },
  { name: 'request larger than the transport limit', send: (t) => t.request('POST', '/v1/events/batch', `{"events":["${'x'.repeat(17 * 1024 * 1024)}"]}`), status: 413, names: /too large/i },
  { name: 'bad Idempotency-Key header', send: (t) => t.request('POST', '/v1/events', { type: 'x' }, { 'idempotency-key': 'no spaces allowed' }), status: 400, names: /^Idempotency-Key: .*may only contain/ },
  { name: 'Idempotency-Key differs from body id', send: (t) => t.request('POST', '/v1/events', { id: 'a', type: 'x' }, { 'idempotency-key': 'b' }), status: 400, names: /differs from the body's id/ },
  { name: 'batch over 1000 events', send: (t) => t.request('POST', '/v1/events/batch', { events: Array.from({ length: 1001 }, () => ({ type: 'x' })) }), status: 400, names: /^events: must contain at most 1000/ },
  { name: 'empty batch', send: (t) => t.request('POST', '/v1/events/batch', { events: [] }), status: 400, names: /^events: must contain at least one/ },
  { name: 'batch without events array', send: (t) => t.request('POST', '/v1/events/batch', { items: [] }), status: 400, names: /^events: / },
  { name: 'unknown node type', send: (t) => t.request('POST', '/v1/routes', { name: 'r', graph: { nodes: [{ id: 'n', type: 'teleport', config: {} }], edges: [] } }), status: 400, names: /^graph\.nodes\[0\]\.type: / },
  { name: 'unknown filter operator', send: (t) => t.request('POST', '/v1/routes', { name: 'r', graph: { nodes: [trigger, filter([{ field: 'severity', operator: 'resembles', value: 1 }])], edges: [] } }), status: 400, names: /graph\.nodes\[1\]\.config\.condition\.rules\[0\]\.operator/ },
  { name: 'throttle without window', send: (t) => t.request('POST', '/v1/routes', { name: 'r', graph: { nodes: [trigger, { id: 'th', type: 'throttle', config: { mode: 'rate_limit', limit: 5 } }], edges: [] } }), status: 400, names: /^graph\.nodes\[1\]\.config\.windowSeconds: / },
  { name: 'route name missing', send: (t) => t.request('POST', '/v1/routes', { graph: { nodes: [], edges: [] } }), status: 400, names: /^name: / },
  {
    name: 'cyclic route (publish)',
    send: (t) => publishDraft(t, [trigger, filter([]), { ...filter([]), id: 'gate2' }], [{ source: 'trigger', target: 'gate' }, { source: 'gate', target: 'gate2' }, { source: 'gate2', target: 'gate' }]),
    status: 400,
    names: /nodes\[1\]: .*part of a loop \(gate → gate2 → gate\)/,
  },
  {
    name: 'template syntax error (publish)',
    send: (t) => publishDraft(t, [trigger, { id: 'tpl', type: 'template', config: { title: 'Hello {{#if}}' } }], [{ source: 'trigger', target: 'tpl' }]),
    status: 400,
    names: /nodes\[1\]\.config\.title/,
  },
  {
    name: 'bad regex in a filter (publish)',
    send: (t) => publishDraft(t, [trigger, filter([{ field: 'data.host', operator: 'matches', value: '([a-z' }])], [{ source: 'trigger', target: 'gate' }]),
    status: 400,
    names: /rules\[0\]/,
  },
  {
    name: 'template over its rendering budget on the sample events (publish)',
    send: (t) => publishDraft(t, [{ ...trigger, config: { eventTypes: ['*'] } }, { id: 'tpl', type: 'template', config: { title: `${'{{#each @root}}'.repeat(6)}x${'{{/each}}'.repeat(6)}` } }, { id: 'out', type: 'send', config: { channelId: UUID } }], [{ source: 'trigger', target: 'tpl' }, { source: 'tpl', target: 'out' }]),
    status: 400,
    names: /^nodes\[1\]: Template node "tpl": Template is over its rendering budget: .*more than 25,000 steps/,
  },
  {
    name: 'regex with a backreference (publish)',
    send: (t) => publishDraft(t, [trigger, filter([{ field: 'data.host', operator: 'matches', value: '^(a+)\\1$' }])], [{ source: 'trigger', target: 'gate' }]),
    status: 400,
    names: /nodes\[1\]\.config\.condition\.rules\[0\]\.value: .*rule "data\.host matches" is not supported: it uses a backreference/,
  },
  {
    name: 'regex with lookahead (publish)',
    send: (t) => publishDraft(t, [trigger, filter([{ field: 'data.host', operator: 'matches', value: '/^(?!prod)/i' }])], [{ source: 'trigger', target: 'gate' }]),
    status: 400,
    names: /rules\[0\]\.value: .*is not supported: it uses lookahead or lookbehind/,
  },
  {
    name: 'send to a channel that does not exist (publish)',
    send: (t) => publishDraft(t, [trigger, { id: 'out', type: 'send', config: { channelId: '00000000-0000-4000-8000-000000000000' } }], [{ source: 'trigger', target: 'out' }]),
    status: 400,
    names: /nodes\[1\]\.config\.channelId: send node "out" uses channel .* does not exist/,
  },
  { name: 'channel config missing a required field', send: (t) => t.request('POST', '/v1/channels', { name: 'c', pluginId: 'webhook', config: {} }), status: 400, names: /^config\.url: / },
  { name: 'channel config with a bad value', send: (t) => t.request('POST', '/v1/channels', { name: 'c', pluginId: 'webhook', config: { url: 'ftp://x' } }), status: 400, names: /^config\.url: must be an http\(s\) URL/ },
  { name: 'unknown plugin id', send: (t) => t.request('POST', '/v1/channels', { name: 'c', pluginId: 'carrier-pigeon', config: {} }), status: 400, names: /^pluginId: unknown plugin "carrier-pigeon"/ },
  { name: 'missing API key', send: (t) => t.app.inject({ method: 'GET', url: '/v1/routes' }), status: 401, names: /Missing API key/ },
  { name: 'invalid API key', send: (t) => t.request('GET', '/v1/routes', undefined, { authorization: 'Bearer sbx_not_a_real_key_000000000' }), status: 401, names: /Invalid API key/ },
  { name: 'invalid X-API-Key', send: (t) => t.app.inject({ method: 'GET', url: '/v1/routes', headers: { 'x-api-key': 'nope' } }), status: 401, names: /Invalid API key/ },
  { name: 'unknown route id', send: (t) => t.request('GET', '/v1/routes/00000000-0000-4000-8000-000000000000'), status: 404, names: /Route "00000000-0000-4000-8000-000000000000" does not exist/ },
  { name: 'route id that is not a uuid', send: (t) => t.request('POST', '/v1/routes/not-a-uuid/publish'), status: 404, names: /Route "not-a-uuid" does not exist/ },
  { name: 'unknown event id', send: (t) => t.request('GET', '/v1/events/never-sent'), status: 404, names: /Event "never-sent" does not exist/ },
  { name: 'unknown endpoint', send: (t) => t.request('GET', '/v1/teleporters'), status: 404, names: /Cannot GET \/v1\/teleporters/ },
  { name: 'bad cursor', send: (t) => t.request('GET', '/v1/events?cursor=garbage'), status: 400, names: /^cursor: is not a cursor/ },
  { name: 'limit over 200', send: (t) => t.request('GET', '/v1/deliveries?limit=500'), status: 400, names: /^limit: must be at most 200/ },
  { name: 'limit not a number', send: (t) => t.request('GET', '/v1/deliveries?limit=lots'), status: 400, names: /^limit: must be a whole number/ },
  { name: 'since not a date', send: (t) => t.request('GET', '/v1/deliveries?since=last-week'), status: 400, names: /^since: must be an ISO 8601/ },
  { name: 'unknown status filter', send: (t) => t.request('GET', '/v1/events?status=lost'), status: 400, names: /^status: / },
  { name: 'unknown event outcome filter', send: (t) => t.request('GET', '/v1/events?outcome=routed'), status: 400, names: /^outcome: / },
  { name: 'event feed time range not a date', send: (t) => t.request('GET', '/v1/events?to=soon'), status: 400, names: /^to: must be an ISO 8601/ },
  { name: 'channel delete with a bad force flag', send: (t) => t.request('DELETE', '/v1/channels/00000000-0000-4000-8000-000000000000?force=1'), status: 400, names: /^force: must be true or false/ },
  { name: 'bulk resend with an unknown error class', send: (t) => t.request('POST', '/v1/deliveries/resend', { errorClass: 'bad_luck' }), status: 400, names: /^errorClass: / },
  { name: 'bulk resend limit too large', send: (t) => t.request('POST', '/v1/deliveries/resend', { limit: 5000 }), status: 400, names: /^limit: must be at most 500/ },
  { name: 'replay with a malformed Idempotency-Key', send: (t) => t.request('POST', '/v1/events/replay', {}, { 'idempotency-key': 'has spaces' }), status: 400, names: /Idempotency-Key header must be/ },
  { name: 'unknown query parameter', send: (t) => t.request('GET', '/v1/deliveries?colour=red'), status: 400, names: /^colour: unknown field/ },
  { name: 'version that is not a number', send: (t) => t.request('GET', '/v1/routes/00000000-0000-4000-8000-000000000000/versions/latest'), status: 400, names: /must be a version number/ },
  // Strings Postgres cannot store and documents too deep to walk: refused for every body, naming the field.
  { name: 'NUL in event data', send: (t) => t.request('POST', '/v1/events', { type: 'x', data: { note: 'a\u0000b' } }), status: 400, names: /^data\.note: contains a NUL character/ },
  { name: 'NUL in event subject', send: (t) => t.request('POST', '/v1/events', { type: 'x', subject: 'api\u0000' }), status: 400, names: /^subject: contains a NUL character/ },
  { name: 'NUL in a batch event', send: (t) => t.request('POST', '/v1/events/batch', { events: [{ type: 'x' }, { type: 'x', data: { n: '\u0000' } }] }), status: 400, names: /^events\[1\]\.data\.n: contains a NUL/ },
  { name: 'NUL in a field name', send: (t) => t.request('POST', '/v1/events', { type: 'x', data: { 'a\u0000': 1 } }), status: 400, names: /^data\."a\?": field name contains a NUL/ },
  { name: 'NUL in route name', send: (t) => t.request('POST', '/v1/routes', { name: 'r\u0000', graph: { nodes: [], edges: [] } }), status: 400, names: /^name: contains a NUL character/ },
  { name: 'NUL in an edge id', send: (t) => t.request('POST', '/v1/routes', { name: 'r', graph: { nodes: [trigger], edges: [{ id: 'e\u0000', source: 'trigger', target: 'x' }] } }), status: 400, names: /^graph\.edges\[0\]\.id: contains a NUL character/ },
  { name: 'NUL in a route update', send: (t) => t.request('PUT', `/v1/routes/${UUID}`, { description: '\u0000' }), status: 400, names: /^description: contains a NUL character/ },
  { name: 'NUL in channel PATCH', send: (t) => t.request('PATCH', `/v1/channels/${UUID}`, { name: 'ops\u0000' }), status: 400, names: /^name: contains a NUL character/ },
  { name: 'lone surrogate in event data', send: (t) => t.request('POST', '/v1/events', '{"type":"x","data":{"note":"a\\ud800b"}}'), status: 400, names: /^data\.note: contains a lone UTF-16 surrogate/ },
  { name: 'lone low surrogate in route name', send: (t) => t.request('POST', '/v1/routes', '{"name":"\\udc00"}'), status: 400, names: /^name: contains a lone UTF-16 surrogate/ },
  { name: 'event data nested 10,000 deep', send: (t) => t.request('POST', '/v1/events', `{"type":"x","data":${deepJson(10_000)}}`), status: 400, names: /^data(\.a)+: is nested deeper than 64 levels/ },
  { name: 'filter conditions nested 5,000 deep', send: (t) => t.request('POST', '/v1/routes', deepFilterRoute()), status: 400, names: /^graph\.nodes\[1\]\.config\.condition(\.rules(\[0\])?)+: is nested deeper than 64 levels/ },
  { name: 'filter conditions nested 40 deep (as an object)', send: (t) => t.request('POST', '/v1/routes', { name: 'r', graph: { nodes: [trigger, filter([deepCondition(40)])], edges: [] } }), status: 400, names: /nested deeper than 64 levels/ },
  { name: 'NUL in a path parameter', send: (t) => t.request('GET', '/v1/events/a%00b'), status: 400, names: /^id: contains a NUL character/ },
  { name: 'NUL in a query parameter', send: (t) => t.request('GET', '/v1/events?type=%00'), status: 400, names: /^type: contains a NUL character/ },
  { name: 'NUL in a deliveries filter', send: (t) => t.request('GET', '/v1/deliveries?eventId=x%00'), status: 400, names: /^eventId: contains a NUL character/ },
  { name: 'forged cursor carrying a NUL', send: (t) => t.request('GET', `/v1/events?cursor=${Buffer.from(JSON.stringify({ at: '2026-01-01T00:00:00Z', id: 'a\u0000' })).toString('base64url')}`), status: 400, names: /^cursor: is not a cursor/ },
  { name: 'invalid UTF-8 bytes', send: (t) => t.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${t.apiKey}`, 'content-type': 'application/json' }, payload: invalidUtf8 }), status: 400, names: /^Body is not valid UTF-8/ },
  { name: 'version above 2^31-1 in the path', send: (t) => t.request('GET', `/v1/routes/${UUID}/versions/99999999999`), status: 400, names: /must be at most 2147483647/ },
  { name: 'version above 2^31-1 in a restore path', send: (t) => t.request('POST', `/v1/routes/${UUID}/versions/2147483648/restore`), status: 400, names: /must be at most 2147483647/ },
  { name: 'version above 2^31-1 in the dry-run body', send: (t) => t.request('POST', `/v1/routes/${UUID}/test`, { event: { type: 'x' }, version: 2 ** 31 }), status: 400, names: /^version: .*2147483647/ },
  { name: 'dry run with a bad version', send: (t) => t.request('POST', '/v1/routes/00000000-0000-4000-8000-000000000000/test', { event: { type: 'x' }, version: 'latest' }), status: 400, names: /^version: / },
];

describe('bad input → 4xx that names the problem, never a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('covers at least 20 kinds', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)('$name → $status', async ({ send, status, names }) => {
    const res = await send(t);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(status);
    const body = res.json();
    expect(body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.any(String) });
    const texts = [body.message, ...(body.issues ?? []).map((i: { path: string; message: string }) => `${i.path}: ${i.message}`)];
    expect(texts.some((text: string) => names.test(text)), `none of ${JSON.stringify(texts)} matches ${names}`).toBe(true);
  });
});
