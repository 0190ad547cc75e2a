import { startTestReceiver, type ReceivedRequest, type ReceiverReply, type TestReceiver } from '@signalbox/plugin-sdk/testing';

/**
 * A local stand-in for chat.googleapis.com's spaces.messages.create as an incoming webhook, written from
 * Google's docs (developers.google.com/workspace/chat/quickstart/webhooks, /api/reference/rest/v1/cards,
 * limits: text ≤ 4,096 characters, message ≤ 32,000 bytes) rather than from the plugin. Checks key and token,
 * the message reply option, the cardsV2 shape (one widget kind per widget), text sizes; threads replies by
 * threadKey. Answers 200 with the created message, or Google's `{error: {code, message, status}}`.
 */
export const FAKE_SPACE = 'AAAAfakeSpace';
export const FAKE_KEY = 'AIzaSyFakeKey-webhooks0000000000000';
export const FAKE_TOKEN = 'fakeT0kenS3cret_0123456789abcdefghijklmnop';

export interface FakeGoogleChat {
  webhookUrl: string;
  receiver: TestReceiver;
  messages: Array<{ body: Record<string, unknown>; thread: string }>;
  violations: string[];
  override(reply?: ReceiverReply): void;
  close(): Promise<void>;
}

const REPLY_OPTIONS = ['MESSAGE_REPLY_OPTION_UNSPECIFIED', 'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD', 'REPLY_MESSAGE_OR_FAIL'];
const WIDGETS = ['textParagraph', 'decoratedText', 'buttonList', 'image', 'divider', 'columns', 'grid', 'selectionInput', 'textInput', 'dateTimePicker', 'chipList'];

function widgetProblems(widget: Record<string, unknown>, at: string): string[] {
  const kinds = Object.keys(widget ?? {}).filter((k) => WIDGETS.includes(k));
  if (kinds.length !== 1) return [`${at}: exactly one widget kind expected, got ${kinds.length}`];
  const inner = widget[kinds[0]!] as Record<string, unknown>;
  const problems: string[] = [];
  if (kinds[0] === 'textParagraph' || kinds[0] === 'decoratedText') {
    if (typeof inner?.text !== 'string') problems.push(`${at}.${kinds[0]}.text is required`);
    else if (inner.text.length > 4096) problems.push(`${at}.${kinds[0]}.text: ${inner.text.length} characters, more than 4096`);
  }
  if (kinds[0] === 'buttonList') {
    for (const [i, b] of ((inner?.buttons as Array<Record<string, any>>) ?? []).entries()) {  // eslint-disable-line @typescript-eslint/no-explicit-any
      if (typeof b.text !== 'string' || !/^https?:\/\//.test(String(b.onClick?.openLink?.url))) problems.push(`${at}.buttonList.buttons[${i}] needs text and onClick.openLink.url`);
    }
  }
  return problems;
}

function messageProblems(message: Record<string, any>): string[] {  // eslint-disable-line @typescript-eslint/no-explicit-any
  const problems: string[] = [];
  const cards = message.cardsV2 ?? [];
  if (typeof message.text !== 'string' && cards.length === 0) problems.push('a message needs text or cardsV2');
  if (typeof message.text === 'string' && message.text.length > 4096) problems.push(`text: ${message.text.length} characters, more than 4096`);
  if (!Array.isArray(cards)) return [...problems, 'cardsV2 is not an array'];
  cards.forEach((entry, c) => {
    if (typeof entry?.cardId !== 'string' || typeof entry?.card !== 'object') return problems.push(`cardsV2[${c}] needs cardId and card`);
    if (entry.card.header && typeof entry.card.header.title !== 'string') problems.push(`cardsV2[${c}].card.header.title is required`);
    (entry.card.sections ?? []).forEach((section: Record<string, any>, s: number) => {  // eslint-disable-line @typescript-eslint/no-explicit-any
      if (!Array.isArray(section.widgets) || section.widgets.length === 0) problems.push(`cardsV2[${c}].card.sections[${s}] has no widgets`);
      (section.widgets ?? []).forEach((w: Record<string, unknown>, i: number) => problems.push(...widgetProblems(w, `cardsV2[${c}].card.sections[${s}].widgets[${i}]`)));
    });
  });
  if (message.thread !== undefined && typeof message.thread?.threadKey !== 'string') problems.push('thread.threadKey is not a string');
  return problems;
}

export async function startFakeGoogleChat(): Promise<FakeGoogleChat> {
  const receiver = await startTestReceiver();
  const threads = new Map<string, string>();
  const error = (code: number, status: string, message: string): ReceiverReply => ({ status: code, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code, message, status } }) });
  const fake: FakeGoogleChat = {
    webhookUrl: `${receiver.url}/v1/spaces/${FAKE_SPACE}/messages?key=${FAKE_KEY}&token=${FAKE_TOKEN}`,
    receiver,
    messages: [],
    violations: [],
    override: (reply) => receiver.reply(reply ?? contract),
    close: () => receiver.close(),
  };
  const contract = (request: ReceivedRequest): ReceiverReply => {
    fake.violations = [];
    const url = new URL(request.path, 'http://fake');
    if (request.method !== 'POST') return error(405, 'INVALID_ARGUMENT', 'Method not allowed');
    if (url.pathname !== `/v1/spaces/${FAKE_SPACE}/messages`) return error(404, 'NOT_FOUND', 'Requested entity was not found.');
    if (url.searchParams.get('key') !== FAKE_KEY) return error(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.');
    if (url.searchParams.get('token') !== FAKE_TOKEN) return error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
    const option = url.searchParams.get('messageReplyOption');
    if (option !== null && !REPLY_OPTIONS.includes(option)) return error(400, 'INVALID_ARGUMENT', `Invalid value at 'message_reply_option' (${option})`);
    if (Buffer.byteLength(request.body) > 32_000) {
      fake.violations = [`message: ${Buffer.byteLength(request.body)} bytes, more than 32000`];
      return error(400, 'INVALID_ARGUMENT', 'Message too large');
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      return error(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
    }
    fake.violations = messageProblems(body);
    if (fake.violations.length) return error(400, 'INVALID_ARGUMENT', `Invalid message: ${fake.violations[0]}`);
    const key = (body.thread as { threadKey?: string } | undefined)?.threadKey;
    // Without a reply option Chat ignores the key and starts a new thread (the documented default).
    const replying = option === 'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD' || option === 'REPLY_MESSAGE_OR_FAIL';
    const thread = (replying && key && threads.get(key)) || `spaces/${FAKE_SPACE}/threads/t${fake.messages.length + 1}`;
    if (replying && key) threads.set(key, thread);
    const name = `spaces/${FAKE_SPACE}/messages/m${fake.messages.length + 1}`;
    fake.messages.push({ body, thread });
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, thread: { name: thread }, createTime: '2026-03-29T14:31:00Z' }) };
  };
  receiver.reply(contract);
  return fake;
}
