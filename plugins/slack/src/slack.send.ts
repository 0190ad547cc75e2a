import { classifyHttpResponse, GoneError, responseExcerpt, type ChannelContext, type SendResult } from '@signalbox/plugin-sdk';
import type { SlackConfig } from './slack.config.js';
import type { SlackPayload } from './slack.payload.js';
import { SLACK_CHANNEL_VERSION } from './slack.version.js';

/** Slack answers errors with a bare code as plain text; these tell an admin what to do about the common ones. */
const HINTS: Record<string, string> = {
  invalid_payload: 'the message was not valid JSON for Slack',
  invalid_blocks: 'Slack rejected the Block Kit layout',
  no_text: 'the message had no text',
  no_service: 'the webhook was removed or its Slack app uninstalled; create a new incoming webhook',
  no_service_id: 'the webhook URL is incomplete; copy it again from the Slack app settings',
  no_team: 'the Slack workspace no longer exists or the URL is incomplete',
  team_disabled: 'the Slack workspace is disabled',
  invalid_token: 'the webhook URL is no longer valid; create a new incoming webhook',
  action_prohibited: 'a Slack admin has restricted posting to this channel',
  channel_not_found: 'the channel was deleted or the app removed from it',
  channel_is_archived: 'the channel is archived; unarchive it or create a webhook for another channel',
  posting_to_general_channel_denied: 'only admins may post to this channel',
  too_many_attachments: 'the message had too many attachments',
};

/**
 * One POST to the incoming webhook. Slack's own taxonomy on top of the SDK's: 404 (`no_service`) and 410
 * (`channel_is_archived`) mean the destination is gone, so the channel is disabled rather than retried forever.
 */
export async function sendSlack(payload: SlackPayload, config: SlackConfig, ctx: ChannelContext): Promise<SendResult> {
  const body = JSON.stringify(payload);
  ctx.logger.info('slack delivery', { blocks: payload.blocks.length, bytes: Buffer.byteLength(body), attempt: ctx.attempt, test: ctx.isTest });
  const res = await ctx.http.request(config.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': `Signalbox-Slack/${SLACK_CHANNEL_VERSION}` },
    body,
  });
  const code = res.body.trim();
  const hint = HINTS[code];
  // The webhook URL is the credential: messages name the platform only, never the URL.
  if (res.status === 404 || res.status === 410) {
    const excerpt = responseExcerpt(res.body);
    throw new GoneError(`Slack responded ${res.status}: ${responseExcerpt(code, 200)}${hint ? ` (${hint})` : ''}`, { statusCode: res.status, responseExcerpt: excerpt });
  }
  try {
    return classifyHttpResponse(res, { platform: 'Slack' });
  } catch (error) {
    if (hint && error instanceof Error) error.message = `${error.message} (${hint})`;
    throw error;
  }
}
