import { classifyHttpResponse, type ChannelContext, type SendResult } from '@signalbox/plugin-sdk';
import type { TeamsPayload } from './teams.card.types.js';
import type { TeamsConfig } from './teams.config.js';
import { TEAMS_CHANNEL_VERSION } from './teams.version.js';

/**
 * One POST to the Workflows trigger. It answers 202 once the flow run is queued — a card the flow later fails
 * to post shows only in the flow's run history — so format() keeps every card valid and within 28 KB.
 * The SDK's taxonomy fits as is: 429 (Retry-After) and 5xx retry; 400, 401 (bad `sig`), 403 and 404 (flow
 * deleted or turned off: an owner can turn it back on, so not Gone) fail without retrying.
 */
export async function sendTeams(payload: TeamsPayload, config: TeamsConfig, ctx: ChannelContext): Promise<SendResult> {
  const body = JSON.stringify(payload);
  ctx.logger.info('teams delivery', { bytes: Buffer.byteLength(body), attempt: ctx.attempt, test: ctx.isTest });
  const res = await ctx.http.request(config.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': `Signalbox-Teams/${TEAMS_CHANNEL_VERSION}` },
    body,
  });
  // The URL's sig parameter is the credential: name the host only.
  return classifyHttpResponse(res, { platform: `Teams Workflows (${new URL(config.webhookUrl).host})` });
}
