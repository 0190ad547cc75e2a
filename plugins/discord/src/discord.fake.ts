import { startTestReceiver, type ReceivedRequest, type ReceiverReply, type TestReceiver } from '@signalbox/plugin-sdk/testing';
import { validateDiscordPayload } from './discord.validate.js';

/**
 * A local stand-in for discord.com's execute-webhook endpoint that enforces the documented limits and answers
 * like Discord: `200` + the message with `?wait=true` (else 204), `400 {code: 50035, "Invalid Form Body"}`,
 * `404 {code: 10015, "Unknown Webhook"}` for any other URL. It also records whether a message would ping.
 */
export interface FakeDiscord {
  webhookUrl: string;
  receiver: TestReceiver;
  accepted: Array<{ payload: Record<string, unknown>; query: URLSearchParams; pings: string[] }>;
  violations: string[];
  override(reply?: ReceiverReply): void;
  close(): Promise<void>;
}

export const FAKE_DISCORD_PATH = '/api/webhooks/112233445566778899/Wh00kT0k3n-s3cret_Value';

const json = (status: number, body: unknown): ReceiverReply => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Discord's 429: seconds (fractional) in the body, rounded-up seconds in Retry-After. */
export const discordRateLimited = (seconds: number): ReceiverReply => ({
  status: 429,
  headers: { 'content-type': 'application/json', 'retry-after': String(Math.ceil(seconds)) },
  body: JSON.stringify({ message: 'You are being rate limited.', retry_after: seconds, global: false }),
});

/** Mentions in `content` that Discord would turn into notifications under `allowed_mentions`. */
function pings(payload: Record<string, unknown>): string[] {
  const content = typeof payload.content === 'string' ? payload.content : '';
  const allowed = (payload.allowed_mentions as { parse?: string[] } | undefined)?.parse ?? ['users', 'roles', 'everyone'];
  const found = [
    ...(allowed.includes('everyone') ? content.match(/@(everyone|here)/g) ?? [] : []),
    ...(allowed.includes('users') ? content.match(/<@!?\d+>/g) ?? [] : []),
    ...(allowed.includes('roles') ? content.match(/<@&\d+>/g) ?? [] : []),
  ];
  return found;
}

export function judgeDiscordRequest(request: ReceivedRequest): { reply: ReceiverReply; problems: string[]; accepted?: FakeDiscord['accepted'][number] } {
  const url = new URL(request.path, 'http://fake');
  if (request.method !== 'POST' || url.pathname !== FAKE_DISCORD_PATH) return { reply: json(404, { message: 'Unknown Webhook', code: 10015 }), problems: [] };
  let payload: unknown;
  try {
    payload = JSON.parse(request.body);
  } catch {
    return { reply: json(400, { message: 'Cannot send an empty message', code: 50006 }), problems: ['body is not JSON'] };
  }
  const problems = validateDiscordPayload(payload);
  if (problems.length > 0) return { reply: json(400, { message: 'Invalid Form Body', code: 50035, errors: problems }), problems };
  const body = payload as Record<string, unknown>;
  const accepted = { payload: body, query: url.searchParams, pings: pings(body) };
  const reply = url.searchParams.get('wait') === 'true' ? json(200, { id: '1234567890123456789', type: 0, content: body.content ?? '', embeds: body.embeds, webhook_id: '112233445566778899' }) : { status: 204 };
  return { reply, problems, accepted };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const receiver = await startTestReceiver();
  const fake: FakeDiscord = {
    webhookUrl: `${receiver.url}${FAKE_DISCORD_PATH}`,
    receiver,
    accepted: [],
    violations: [],
    override: (reply) => receiver.reply(reply ?? contract),
    close: () => receiver.close(),
  };
  const contract = (request: ReceivedRequest): ReceiverReply => {
    const verdict = judgeDiscordRequest(request);
    fake.violations = verdict.problems;
    if (verdict.accepted) fake.accepted.push(verdict.accepted);
    return verdict.reply;
  };
  receiver.reply(contract);
  return fake;
}
