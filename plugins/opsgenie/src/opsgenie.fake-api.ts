import { startTestReceiver, type ReceivedRequest, type ReceiverReply, type TestReceiver } from '@signalbox/plugin-sdk/testing';

/**
 * A local stand-in for api.opsgenie.com's Alert API v2, written from Opsgenie's reference (Create Alert, Close
 * Alert, error responses) rather than from the plugin: `Authorization: GenieKey <key>`; create needs `message`
 * (≤ 130), alias ≤ 512, description ≤ 15,000, ≤ 20 tags of ≤ 50, details ≤ 8,000 characters, entity ≤ 512,
 * source ≤ 100, priority P1–P5; an open alert with the same alias is de-duplicated (its count goes up).
 * Answers 202 `{result, took, requestId}`, 401 for a bad key, 422 with `errors` per field, 400 for bad JSON.
 */
export const FAKE_API_KEY = 'eb243592-faa2-4ba2-a551-1afdf565c889';

export interface FakeAlert {
  alias: string;
  body: Record<string, unknown>;
  count: number;
  status: 'open' | 'closed';
}

export interface FakeOpsgenie {
  baseUrl: string;
  receiver: TestReceiver;
  alerts: FakeAlert[];
  violations: Record<string, string>;
  override(reply?: ReceiverReply): void;
  close(): Promise<void>;
}

const json = (status: number, body: unknown): ReceiverReply => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(body as object), took: 0.01, requestId: `req-${Math.random().toString(36).slice(2)}` }) });

function createErrors(b: Record<string, any>): Record<string, string> {  // eslint-disable-line @typescript-eslint/no-explicit-any
  const errors: Record<string, string> = {};
  const max = (field: string, n: number) => {
    if (b[field] !== undefined && (typeof b[field] !== 'string' || b[field].length > n)) errors[field] = `${field} must be a string of at most ${n} characters`;
  };
  if (typeof b.message !== 'string' || b.message.trim() === '') errors.message = 'Message can not be empty.';
  max('message', 130);
  max('alias', 512);
  max('description', 15_000);
  max('entity', 512);
  max('source', 100);
  max('user', 100);
  max('note', 25_000);
  if (b.priority !== undefined && !['P1', 'P2', 'P3', 'P4', 'P5'].includes(b.priority)) errors.priority = 'Priority should be one of [P1, P2, P3, P4, P5]';
  const tags = b.tags ?? [];
  if (!Array.isArray(tags) || tags.length > 20 || tags.some((t: unknown) => typeof t !== 'string' || t.length > 50)) errors.tags = 'at most 20 tags of at most 50 characters';
  const details = Object.entries(b.details ?? {}).reduce((n, [k, v]) => n + k.length + String(v).length, 0);
  if (details > 8_000) errors.details = `details can be at most 8000 characters (${details})`;
  return errors;
}

export async function startFakeOpsgenie(): Promise<FakeOpsgenie> {
  const receiver = await startTestReceiver();
  const fake: FakeOpsgenie = { baseUrl: receiver.url, receiver, alerts: [], violations: {}, override: (reply) => receiver.reply(reply ?? contract), close: () => receiver.close() };
  const contract = (request: ReceivedRequest): ReceiverReply => {
    fake.violations = {};
    if (request.headers.authorization !== `GenieKey ${FAKE_API_KEY}`) return json(401, { message: 'Could not authenticate' });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body || '{}') as Record<string, unknown>;
    } catch {
      return json(400, { message: 'Could not parse request body' });
    }
    const url = new URL(request.path, 'http://fake');
    if (request.method === 'POST' && url.pathname === '/v2/alerts') {
      fake.violations = createErrors(body);
      if (Object.keys(fake.violations).length) return json(422, { message: 'Request body is not processable. Please check the errors.', errors: fake.violations });
      const alias = typeof body.alias === 'string' && body.alias ? body.alias : `auto-${fake.alerts.length + 1}`;
      const open = fake.alerts.find((a) => a.alias === alias && a.status === 'open');
      if (open) open.count += 1;
      else fake.alerts.push({ alias, body, count: 1, status: 'open' });
      return json(202, { result: 'Request will be processed' });
    }
    const close = /^\/v2\/alerts\/([^/]+)\/close$/.exec(url.pathname);
    if (request.method === 'POST' && close) {
      if (url.searchParams.get('identifierType') !== 'alias') return json(422, { message: 'Request body is not processable. Please check the errors.', errors: { identifierType: 'expected alias for this fake' } });
      if (typeof body.note === 'string' && body.note.length > 25_000) return json(422, { message: 'Request body is not processable. Please check the errors.', errors: { note: 'at most 25000 characters' } });
      const alias = decodeURIComponent(close[1]!);
      // Close is asynchronous in Opsgenie: an unknown alias is still accepted with 202 (and fails later).
      for (const alert of fake.alerts) if (alert.alias === alias) alert.status = 'closed';
      return json(202, { result: 'Request will be processed' });
    }
    return json(404, { message: 'Not found' });
  };
  receiver.reply(contract);
  return fake;
}
