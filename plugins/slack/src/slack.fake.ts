import { startTestReceiver, type ReceivedRequest, type ReceiverReply, type TestReceiver } from '@signalbox/plugin-sdk/testing';
import { SLACK_LIMITS as L } from './slack.payload.js';

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

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(where: string, value: unknown, max: number, types: string[], problems: string[]): void {
  if (!isObject(value) || !types.includes(value.type as string)) return void problems.push(`${where}: must be a ${types.join('/')} text object`);
  if (typeof value.text !== 'string' || value.text.length === 0) return void problems.push(`${where}.text: must be a non-empty string`);
  if (value.text.length > max) problems.push(`${where}.text: ${value.text.length} characters, more than ${max}`);
}

function checkBlock(block: unknown, i: number, problems: string[]): void {
  const at = `blocks[${i}]`;
  if (!isObject(block)) return void problems.push(`${at}: not an object`);
  if (block.type === 'header') return checkText(`${at}.text`, block.text, L.headerText, ['plain_text'], problems);
  if (block.type === 'section') {
    if (block.text === undefined && block.fields === undefined) problems.push(`${at}: needs text or fields`);
    if (block.text !== undefined) checkText(`${at}.text`, block.text, L.sectionText, ['plain_text', 'mrkdwn'], problems);
    if (block.fields === undefined) return;
    if (!Array.isArray(block.fields) || block.fields.length === 0 || block.fields.length > L.sectionFields) return void problems.push(`${at}.fields: 1 to ${L.sectionFields} items`);
    return block.fields.forEach((field, f) => checkText(`${at}.fields[${f}]`, field, L.fieldText, ['plain_text', 'mrkdwn'], problems));
  }
  if (block.type === 'context') {
    if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > L.contextElements) return void problems.push(`${at}.elements: 1 to ${L.contextElements} items`);
    return block.elements.forEach((element, e) => checkText(`${at}.elements[${e}]`, element, L.contextText, ['plain_text', 'mrkdwn'], problems));
  }
  if (block.type === 'actions') {
    if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 25) return void problems.push(`${at}.elements: 1 to 25 items`);
    return block.elements.forEach((element: unknown, e) => {
      if (!isObject(element) || element.type !== 'button') return void problems.push(`${at}.elements[${e}]: only buttons are expected`);
      checkText(`${at}.elements[${e}].text`, element.text, L.buttonText, ['plain_text'], problems);
      if (typeof element.url !== 'string' || element.url.length > L.buttonUrl || !/^https?:\/\//.test(element.url)) problems.push(`${at}.elements[${e}].url: invalid`);
      if (typeof element.action_id === 'string' && element.action_id.length > L.actionId) problems.push(`${at}.elements[${e}].action_id: too long`);
    });
  }
  if (block.type !== 'divider') problems.push(`${at}: unknown block type ${String(block.type)}`);
}

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
  if (!isObject(payload)) return text(400, 'invalid_payload');
  const hasText = typeof payload.text === 'string' && payload.text.trim() !== '';
  if (!hasText && payload.blocks === undefined) return text(400, 'no_text');
  const problems: string[] = [];
  if (payload.blocks !== undefined) {
    if (!Array.isArray(payload.blocks) || payload.blocks.length > L.blocks) problems.push(`blocks: at most ${L.blocks}`);
    else payload.blocks.forEach((block, i) => checkBlock(block, i, problems));
  }
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
