import { startTestReceiver, type ReceivedRequest, type ReceiverReply, type TestReceiver } from '@signalbox/plugin-sdk/testing';

/**
 * A local stand-in for a Mattermost server's incoming-webhook endpoint, written from Mattermost's docs
 * (developers.mattermost.com/integrate/webhooks/incoming, message-attachments) rather than from the plugin:
 * POST /hooks/<id> with JSON; `text` or `attachments` required; text ≤ 16,383 characters; attachments are
 * Slack-compatible (colour #rrggbb or good/warning/danger, fields {title, value, short}) and live in the post
 * props, ≤ 800,000 characters. Answers 200 `ok`, or Mattermost's JSON error `{id, message, status_code}`.
 */
export const FAKE_HOOK_ID = 'fakehook8xq3p5s1kzr9w7t4y6mcde';

export interface FakeMattermost {
  webhookUrl: string;
  receiver: TestReceiver;
  /** Posts Mattermost would have created. */
  posts: Array<Record<string, unknown>>;
  violations: string[];
  override(reply?: ReceiverReply): void;
  close(): Promise<void>;
}

const COLOR = /^(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}|good|warning|danger)$/;

function attachmentProblems(attachments: unknown): string[] {
  if (attachments === undefined) return [];
  if (!Array.isArray(attachments)) return ['attachments is not an array'];
  const problems: string[] = [];
  attachments.forEach((a: Record<string, unknown>, i) => {
    if (typeof a !== 'object' || a === null) return problems.push(`attachments[${i}] is not an object`);
    for (const key of ['fallback', 'title', 'text', 'pretext', 'footer']) if (a[key] !== undefined && typeof a[key] !== 'string') problems.push(`attachments[${i}].${key} is not a string`);
    if (a.color !== undefined && !COLOR.test(String(a.color))) problems.push(`attachments[${i}].color ${String(a.color)}`);
    if (a.title_link !== undefined && !/^https?:\/\//.test(String(a.title_link))) problems.push(`attachments[${i}].title_link is not a URL`);
    const fields = a.fields ?? [];
    if (!Array.isArray(fields)) return problems.push(`attachments[${i}].fields is not an array`);
    fields.forEach((f: Record<string, unknown>, j) => {
      if (typeof f?.title !== 'string' || !['string', 'number'].includes(typeof f.value)) problems.push(`attachments[${i}].fields[${j}] needs a title and a value`);
      if (f?.short !== undefined && typeof f.short !== 'boolean') problems.push(`attachments[${i}].fields[${j}].short is not a boolean`);
    });
  });
  return problems;
}

export function judgeMattermostRequest(request: ReceivedRequest): { reply: ReceiverReply; problems: string[]; post?: Record<string, unknown> } {
  const error = (status: number, id: string, message: string, problems: string[] = []) => ({
    reply: { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, message, detailed_error: '', request_id: 'req1', status_code: status }) },
    problems,
  });
  if (request.method !== 'POST') return error(405, 'api.context.method.app_error', 'Method not allowed');
  if (request.path !== `/hooks/${FAKE_HOOK_ID}`) return error(404, 'web.incoming_webhook.invalid.app_error', 'Invalid webhook.');
  let post: Record<string, unknown>;
  try {
    post = JSON.parse(request.body) as Record<string, unknown>;
    if (typeof post !== 'object' || post === null || Array.isArray(post)) throw new Error('not an object');
  } catch {
    return error(400, 'web.incoming_webhook.parse.app_error', 'Unable to parse incoming data.');
  }
  const text = post.text ?? '';
  if (typeof text !== 'string') return error(400, 'web.incoming_webhook.parse.app_error', 'Unable to parse incoming data.', ['text is not a string']);
  const hasAttachments = Array.isArray(post.attachments) && post.attachments.length > 0;
  if (text.trim() === '' && !hasAttachments) return error(400, 'web.incoming_webhook.text.app_error', 'No text specified.', ['no text and no attachments']);
  const problems = attachmentProblems(post.attachments);
  const length = [...text].length;
  if (length > 16_383) problems.push(`text: ${length} characters, more than 16383`);
  const props = JSON.stringify({ attachments: post.attachments ?? [] }).length;
  if (props > 800_000) problems.push(`props: ${props} characters, more than 800000`);
  for (const key of ['username', 'icon_url', 'channel']) if (post[key] !== undefined && typeof post[key] !== 'string') problems.push(`${key} is not a string`);
  if (problems.length > 0) return error(400, 'model.post.is_valid.app_error', 'Invalid post.', problems);
  return { reply: { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' }, problems: [], post };
}

export async function startFakeMattermost(): Promise<FakeMattermost> {
  const receiver = await startTestReceiver();
  const fake: FakeMattermost = {
    webhookUrl: `${receiver.url}/hooks/${FAKE_HOOK_ID}`,
    receiver,
    posts: [],
    violations: [],
    override: (reply) => receiver.reply(reply ?? contract),
    close: () => receiver.close(),
  };
  const contract = (request: ReceivedRequest): ReceiverReply => {
    const verdict = judgeMattermostRequest(request);
    fake.violations = verdict.problems;
    if (verdict.post) fake.posts.push(verdict.post);
    return verdict.reply;
  };
  receiver.reply(contract);
  return fake;
}
