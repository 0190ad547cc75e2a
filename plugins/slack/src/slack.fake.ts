import { startTestReceiver, type ReceivedRequest, type ReceiverReply, type TestReceiver } from '@signalbox/plugin-sdk/testing';
import { validateSlackPayload } from './slack.validate.js';

/**
 * A local stand-in for hooks.slack.com that enforces the documented incoming-webhook contract and answers the
 * way Slack does: 200 `ok`, or a status with a plain-text error code (`invalid_payload`, `no_text`,
 * `invalid_blocks`, `no_service`). `override` makes it answer something else (429, 5xx, 410 ...).
 */
export interface FakeSlack {
  /** The only URL that is a live webhook; any other path answers 404 `no_service`. */
  webhookUrl: string;
  receiver: TestReceiver;
  /** Payloads Slack would have posted. */
  accepted: unknown[];
  /** Why the last payload was refused, for assertion messages. */
  violations: string[];
  override(reply?: ReceiverReply): void;
  close(): Promise<void>;
}

export const FAKE_SLACK_PATH = '/services/T00000000/B00000000/XXXXS3cr3tT0k3nXXXX';

/** Slack's answer to one request, plus the reasons for a refusal. */
export function judgeSlackRequest(request: ReceivedRequest): { reply: ReceiverReply; problems: string[]; payload?: unknown } {
  const text = (status: number, body: string, problems: string[] = []) => ({ reply: { status, headers: { 'content-type': 'text/plain' }, body }, problems });
  if (request.method !== 'POST') return text(405, 'invalid_request');
  if (request.path !== FAKE_SLACK_PATH) return text(404, 'no_service');
  let payload: unknown;
  try {
    payload = JSON.parse(request.body);
  } catch {
    return text(400, 'invalid_payload');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return text(400, 'invalid_payload');
  const { text: fallback, blocks } = payload as { text?: unknown; blocks?: unknown };
  if ((typeof fallback !== 'string' || fallback.trim() === '') && blocks === undefined) return text(400, 'no_text');
  const problems = validateSlackPayload(payload);
  if (problems.length > 0) return text(400, 'invalid_blocks', problems);
  return { ...text(200, 'ok'), payload };
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const receiver = await startTestReceiver();
  const fake: FakeSlack = {
    webhookUrl: `${receiver.url}${FAKE_SLACK_PATH}`,
    receiver,
    accepted: [],
    violations: [],
    override(reply) {
      receiver.reply(reply ?? contract);
    },
    close: () => receiver.close(),
  };
  const contract = (request: ReceivedRequest): ReceiverReply => {
    const verdict = judgeSlackRequest(request);
    fake.violations = verdict.problems;
    if (verdict.payload !== undefined) fake.accepted.push(verdict.payload);
    return verdict.reply;
  };
  receiver.reply(contract);
  return fake;
}
