import { createHttpClient, type ChannelLogger, type ClosableHttpClient } from '../index.js';
import type { Message } from '@signalbox/route-model';

// Fixtures every channel's own tests share (the contract kit has its own hostile set, contract.messages.ts).

/** AI Admin Panel's deploy.failure seed event, as an accepted Signalbox event and its message. */
export function sampleMessage(overrides: Partial<Message> = {}): Message {
  const event = {
    id: 'evt_01',
    type: 'deploy.failure',
    source: 'ai-admin-panel',
    severity: 'high' as const,
    timestamp: '2026-03-29T14:31:00Z',
    subject: 'my-app',
    data: { service: 'my-app', customer: 'Acme Corp', message: 'Service my-app failed to deploy' },
  };
  return {
    title: 'Deploy failed: my-app',
    body: '**my-app** failed to deploy: see [the logs](https://panel.example.com/deploys/1/logs)\n- image `myapp:latest`\n- exit code 1',
    severity: 'high',
    fields: [
      { label: 'Customer', value: 'Acme Corp' },
      { label: 'Image', value: 'myapp:latest' },
    ],
    url: 'https://panel.example.com/deploys/1',
    event,
    ...overrides,
  };
}

const ZALGO = `Z${'\u0336\u0337\u0338'.repeat(400)}algo`;
const UNICODE = `👨‍👩‍👧‍👦 🇯🇵 ✅ שלום مرحبا 日本語 ${ZALGO} \u0000\u0007 \uD800 end`;
const MENTIONS = '<!channel> <!here> <!everyone> @everyone @here <@U0123ABC> <#C0123ABC> <!subteam^S0123>';
const MARKDOWN = '**unclosed bold _nested *mixed* markers_ `code with **stars**` [evil](javascript:alert(1)) [ok](https://e.com/a|b?c=1&d=2) ``` fence';

/** Everything a careless or hostile event can put in a message at once. */
export function hostileMessage(): Message {
  const base = sampleMessage();
  return {
    ...base,
    title: `${MENTIONS} ${UNICODE} `.repeat(60).slice(0, 10_000),
    body: `${MARKDOWN}\n\n${MENTIONS}\n\n${UNICODE}\n\n${'A very long line without breaks '.repeat(2_000)}\n\n${'x'.repeat(20_000)}`,
    fields: Array.from({ length: 500 }, (_, i) => ({
      label: i % 7 === 0 ? '' : `${MENTIONS} field ${i} ${'*'.repeat(i % 5)}`,
      value: i % 11 === 0 ? '' : `${UNICODE} ${MARKDOWN} ${'v'.repeat(i * 10)}`,
    })),
    url: `https://panel.example.com/deploys/1?q=${'a|<>'.repeat(100)}`,
    event: { ...base.event, source: `${MENTIONS} ${UNICODE}`, data: { note: MENTIONS } },
  };
}

/** A message whose every text is empty. */
export function emptyMessage(): Message {
  const base = sampleMessage();
  return { ...base, title: '', body: '', fields: [{ label: '', value: '' }], url: '', event: { ...base.event, source: '' } };
}

/** A ChannelLogger that keeps every line, so tests can assert a secret never reached the logs. */
export function recordingLogger(): ChannelLogger & { text(): string } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return { info: at('info'), warn: at('warn'), error: at('error'), text: () => lines.join('\n') };
}

/** Tests talk to fakes on 127.0.0.1, which the production default refuses. */
export function testHttpClient(options: Parameters<typeof createHttpClient>[0] = {}): ClosableHttpClient {
  return createHttpClient({ allowPrivateNetworks: true, timeoutMs: 2000, ...options });
}

type Thrown = Error & { options: Record<string, unknown> };
/** The error a promise rejects with (or a stand-in that fails the assertions when it resolves). */
export const rejection = (promise: Promise<unknown>): Promise<Thrown> =>
  promise.then(
    () => Object.assign(new Error('expected a rejection'), { options: {} }),
    (error: unknown) => error as Thrown,
  );
