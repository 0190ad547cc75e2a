import { readFileSync } from 'node:fs';
import { createHttpClient, PermanentError, RetryableError } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import type { Message } from '@signalbox/plugin-sdk';
import type { AddressObject } from 'mailparser';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createEmailChannel, EMAIL_CHANNEL_VERSION } from './index.js';
import { startFakeSmtp, type FakeSmtp } from './email.fake-smtp.js';
import { catalogueMessage, recordingLogger } from './email.test-kit.js';

const email = createEmailChannel({ timeoutMs: 2000 });
// The host's network access: its address policy decides whether the SMTP server may be a loopback address.
const http = createHttpClient({ allowPrivateNetworks: true });
const strictHttp = createHttpClient({ allowPrivateNetworks: false });
const servers: FakeSmtp[] = [];
const start = async (options: Parameters<typeof startFakeSmtp>[0] = {}) => {
  const server = await startFakeSmtp(options);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(() => Promise.all([http.close(), strictHttp.close()]));

const PASSWORD = 'sm7p-Pa55word!secret';
function deliver(port: number, options: { config?: Record<string, unknown>; message?: Message; key?: string; logger?: ReturnType<typeof recordingLogger>; channel?: typeof email; http?: typeof http } = {}) {
  const config = { host: '127.0.0.1', port, requireTLS: false, from: 'alerts@signalbox.example', to: ['oncall@example.com', 'ops@example.com'], cc: 'lead@example.com', ...options.config };
  return deliverMessage(options.channel ?? email, { message: options.message ?? catalogueMessage(), config, idempotencyKey: options.key ?? 'dlv_evt_01_node_3', attempt: 1, isTest: false, http: options.http ?? http, logger: options.logger ?? recordingLogger() });
}
type Thrown = Error & { options: Record<string, unknown> };
const rejection = (promise: Promise<unknown>): Promise<Thrown> => promise.then(() => Object.assign(new Error('expected a rejection'), { options: {} }), (error: unknown) => error as Thrown);
const addresses = (value: AddressObject | AddressObject[] | undefined) => [value ?? []].flat().flatMap((a) => a.value.map((v) => v.address));

describe('email channel over real SMTP', () => {
  it('delivers HTML + text with the delivery-derived Message-ID and event header (no AUTH)', async () => {
    const smtp = await start();
    const message = { ...catalogueMessage(), title: 'Disk &lt;script&gt;alert(1)&lt;/script&gt; on A&amp;B', fields: [{ label: 'Payload', value: '&lt;script&gt;x()&lt;/script&gt; &amp; &lt;b&gt;' }] };
    await expect(deliver(smtp.port, { message })).resolves.toMatchObject({ ok: true, statusCode: 250 });
    const mail = smtp.mails[0]!;
    expect(mail.subject).toBe('[Signalbox] [CRITICAL] Disk <script>alert(1)</script> on A&B');
    expect(mail.from?.value[0]).toEqual({ name: 'Signalbox', address: 'alerts@signalbox.example' });
    expect(addresses(mail.to)).toEqual(['oncall@example.com', 'ops@example.com']);
    expect(addresses(mail.cc)).toEqual(['lead@example.com']);
    expect(mail.messageId).toBe('<dlv_evt_01_node_3@signalbox>');
    expect(mail.headers.get('x-signalbox-event-id')).toBe(message.event.id);
    expect(smtp.raw[0]).toMatch(/^X-Priority: 1/m);
    expect(mail.text).toContain('Payload: <script>x()</script> & <b>');
    expect(mail.text).toContain('Open details: https://scout.example.com/alerts/12345');
    const html = String(mail.html);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#60;script&#62;x()&#60;/script&#62; &#38; &#60;b&#62;');
    expect(html).toContain('href="https://scout.example.com/alerts/12345"');
    expect(html).toContain('#D32F2F'); // the critical colour bar
  });

  it('a redelivery keeps the Message-ID; another delivery gets another', async () => {
    const smtp = await start();
    await deliver(smtp.port);
    await deliver(smtp.port);
    await deliver(smtp.port, { key: 'dlv/other key' });
    expect(smtp.mails.map((mail) => mail.messageId)).toEqual(['<dlv_evt_01_node_3@signalbox>', '<dlv_evt_01_node_3@signalbox>', '<dlv/other=20key@signalbox>']);
  });

  it('logs in with AUTH; a wrong password (535) is permanent and never leaks', async () => {
    const smtp = await start({ auth: { user: 'signalbox', password: PASSWORD } });
    await expect(deliver(smtp.port, { config: { auth: { user: 'signalbox', password: PASSWORD } } })).resolves.toMatchObject({ ok: true });
    expect(smtp.mails).toHaveLength(1);
    const logger = recordingLogger();
    const wrong = `${PASSWORD}-wrong`;
    const error = await rejection(deliver(smtp.port, { config: { auth: { user: 'signalbox', password: wrong } }, logger }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/authentication failed.*535/);
    expect(`${error.message} ${error.stack} ${JSON.stringify(error.options)} ${logger.text()}`).not.toContain(wrong);
  });

  it('550 mailbox unavailable → PermanentError', async () => {
    const smtp = await start({ rejectRcpt: 550 });
    const error = await rejection(deliver(smtp.port));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toContain('550');
  });

  it('451 on DATA → RetryableError', async () => {
    const smtp = await start({ rejectData: 451 });
    const error = await rejection(deliver(smtp.port));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 451 });
  });

  it('connection refused → RetryableError; requireTLS against a server without STARTTLS → PermanentError', async () => {
    expect(await rejection(deliver(1))).toBeInstanceOf(RetryableError);
    const smtp = await start();
    expect(await rejection(deliver(smtp.port, { config: { requireTLS: true } }))).toBeInstanceOf(PermanentError);
  });

  it('refuses a loopback SMTP host when private networks are not allowed (nothing sent)', async () => {
    const smtp = await start();
    const error = await rejection(deliver(smtp.port, { http: strictHttp }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/not allowed \(loopback range/);
    const viaName = await rejection(deliver(smtp.port, { http: strictHttp, config: { host: 'localhost' } }));
    expect(viaName.message).toMatch(/resolves to .* not allowed/);
    expect(smtp.mails).toHaveLength(0);
  });

  it('hostile input arrives intact and escaped', async () => {
    const smtp = await start();
    const base = catalogueMessage();
    const hostile: Message[] = [
      { ...base, title: 'T'.repeat(10_000), body: '**b** _i_ `c` [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n- 🔥 ünïcödé' },
      { ...base, fields: Array.from({ length: 500 }, (_, i) => ({ label: `F${i}`, value: `v&amp;${i}` })) },
      { ...base, title: '', body: '', fields: [], url: undefined },
      { ...base, title: 'line\r\nBcc: victim@example.com', body: 'x'.repeat(200_000) },
    ];
    for (const message of hostile) await expect(deliver(smtp.port, { message })).resolves.toMatchObject({ ok: true });
    const [long, many, empty, injected] = smtp.mails;
    expect(long!.subject!.length).toBeLessThanOrEqual(200);
    expect(String(long!.html)).not.toMatch(/<img|href="javascript:/i);
    expect(String(many!.html)).toContain('… and 450 more');
    expect(empty!.subject).toBe('[Signalbox] [CRITICAL] alert from server-scout');
    expect(injected!.subject).toBe('[Signalbox] [CRITICAL] line Bcc: victim@example.com');
    expect(injected!.bcc).toBeUndefined();
  });

  it('package.json version matches', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(EMAIL_CHANNEL_VERSION).toBe(pkg.version);
  });
});
