import { readFileSync } from 'node:fs';
import { PermanentError, RetryableError } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import type { Message } from '@signalbox/plugin-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pagerduty, { PAGERDUTY_CHANNEL_VERSION } from './index.js';
import { startFakePagerduty, type FakePagerduty } from './pagerduty.fake-api.js';
import { RATE_LIMIT_RETRY_MS } from './pagerduty.send.js';
import { allCatalogueMessages, catalogueMessage, recordingLogger, ROUTING_KEY, testHttpClient } from './pagerduty.test-kit.js';

const http = testHttpClient();
let fake: FakePagerduty;
beforeAll(async () => {
  fake = await startFakePagerduty();
});
afterAll(async () => {
  await http.close();
  await fake.close();
});

function deliver(message: Message, config: Record<string, unknown> = {}, logger = recordingLogger(), idempotencyKey = 'dlv_evt_1_node_2') {
  return deliverMessage(pagerduty, { message, config: { routingKey: ROUTING_KEY, apiBaseUrl: fake.url, ...config }, idempotencyKey, attempt: 1, isTest: false, http, logger });
}
type Thrown = Error & { options: Record<string, unknown> };
const rejection = (promise: Promise<unknown>): Promise<Thrown> => promise.then(() => Object.assign(new Error('expected a rejection'), { options: {} }), (error: unknown) => error as Thrown);
const last = () => fake.events.at(-1)!;

describe('pagerduty channel: Events API v2', () => {
  it('Server Scout down → trigger, recovered → resolve, with the same dedup_key', async () => {
    await expect(deliver(catalogueMessage('alert', 0))).resolves.toMatchObject({ ok: true, statusCode: 202 });
    const trigger = last();
    // Every field the Events API requires for a trigger, checked here independently of the fake's schema.
    expect(trigger).toMatchObject({ routing_key: ROUTING_KEY, event_action: 'trigger', dedup_key: 'server-scout:alert' });
    const payload = trigger.payload as Record<string, unknown>;
    expect(typeof payload.summary).toBe('string');
    expect(payload).toMatchObject({ source: 'web-server-01', severity: 'critical' });
    expect(trigger.links).toEqual(undefined);

    await expect(deliver(catalogueMessage('alert', 1))).resolves.toMatchObject({ ok: true, statusCode: 202 });
    expect(last()).toEqual({ routing_key: ROUTING_KEY, event_action: 'resolve', dedup_key: trigger.dedup_key });
  });

  it('an empty rendered dedup key falls back to the delivery idempotency key (stable across retries)', async () => {
    await deliver(catalogueMessage('alert', 1), { dedupKeyTemplate: '{{data.nothing}}' }, recordingLogger(), 'dlv_abc');
    expect(last()).toEqual({ routing_key: ROUTING_KEY, event_action: 'resolve', dedup_key: 'dlv_abc' });
  });

  it('every catalogue event is accepted', async () => {
    for (const message of allCatalogueMessages()) await expect(deliver(message)).resolves.toMatchObject({ ok: true });
  });

  it('hostile input is accepted: 10k title, 500 fields, huge data, emoji, markup, empty strings', async () => {
    const base = catalogueMessage('deploy.failure');
    const hostile: Message[] = [
      { ...base, title: '🔥'.repeat(10_000), url: `https://e.com/${'x'.repeat(5000)}` },
      { ...base, fields: Array.from({ length: 500 }, (_, i) => ({ label: i % 2 ? 'Same' : `<b>${i}</b> & "q"`, value: 'v'.repeat(2000) })) },
      { ...base, event: { ...base.event, data: { blob: 'z'.repeat(700_000), nested: { a: [1, 2, { b: '😀'.repeat(1000) }] } } } },
      { ...base, title: '', body: '', fields: [{ label: '', value: '' }], event: { ...base.event, source: 'x', subject: '' } },
      { ...base, title: '**md** <script>alert(1)</script> &amp;', event: { ...base.event, timestamp: 'not a date' } },
    ];
    for (const message of hostile) {
      await expect(deliver(message)).resolves.toMatchObject({ ok: true });
      expect(Buffer.byteLength(JSON.stringify(last()))).toBeLessThanOrEqual(512 * 1024);
    }
    expect((last().payload as { summary: string }).summary).toBe('**md** <script>alert(1)</script> &amp;');
  });

  it('package.json version matches', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(PAGERDUTY_CHANNEL_VERSION).toBe(pkg.version);
  });
});

describe('pagerduty channel: responses', () => {
  it('400 → PermanentError carrying PagerDuty\'s errors', async () => {
    fake.failNext({ status: 400, body: { status: 'invalid event', message: 'Event object is invalid', errors: ["'payload.summary' is missing or blank"] } });
    const error = await rejection(deliver(catalogueMessage('alert')));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toBe("PagerDuty rejected the event (400): Event object is invalid: 'payload.summary' is missing or blank");
  });

  it('429 (no Retry-After) → RetryableError with a 30 s delay', async () => {
    fake.failNext({ status: 429, body: { status: 'throttle event', message: 'Requests for this service are arriving too quickly.' } });
    const error = await rejection(deliver(catalogueMessage('alert')));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: RATE_LIMIT_RETRY_MS });
  });

  it.each([500, 503])('%d → RetryableError', async (status) => {
    fake.failNext({ status, body: { status: 'error' } });
    expect(await rejection(deliver(catalogueMessage('alert')))).toBeInstanceOf(RetryableError);
  });

  it('the routing key never appears in errors or logs, even when echoed back', async () => {
    fake.failNext({ status: 400, body: { status: 'invalid event', message: `bad routing key ${ROUTING_KEY}`, errors: [ROUTING_KEY] } }, { status: 502, body: { echo: ROUTING_KEY } });
    const logger = recordingLogger();
    for (const error of [await rejection(deliver(catalogueMessage('alert'), {}, logger)), await rejection(deliver(catalogueMessage('alert'), {}, logger))]) {
      expect(`${error.message} ${error.stack} ${JSON.stringify(error.options)}`).not.toContain(ROUTING_KEY);
    }
    expect(logger.text()).not.toContain(ROUTING_KEY);
  });
});
