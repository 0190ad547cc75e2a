import { classifyHttpResponse, PermanentError, responseExcerpt, type ChannelContext, type SendResult } from '@signalbox/plugin-sdk';
import { opsgenieBaseUrl, type OpsgenieConfig } from './opsgenie.config.js';
import type { OpsgeniePayload } from './opsgenie.format.js';

/** Opsgenie errors: `{message, errors?: {field: reason}, took, requestId}`. */
function reason(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; errors?: Record<string, unknown> };
    if (typeof parsed.message !== 'string') return undefined;
    const fields = parsed.errors && typeof parsed.errors === 'object' ? Object.entries(parsed.errors).map(([k, v]) => `${k}: ${String(v)}`) : [];
    return fields.length ? `${parsed.message} (${fields.join('; ')})` : parsed.message;
  } catch {
    return undefined;
  }
}

/**
 * One request: create (`POST /v2/alerts`; Opsgenie de-duplicates open alerts by alias, so a retried delivery
 * bumps the count of the same alert instead of opening a second) or close by alias
 * (`POST /v2/alerts/{alias}/close?identifierType=alias`). 202 → accepted (processed asynchronously, the body
 * carries the requestId); 400/422 → permanent (the alert was refused); 401/403 → permanent (key lacks access);
 * 429 → retryable; 5xx → retryable.
 */
export async function sendOpsgenie(payload: OpsgeniePayload, config: OpsgenieConfig, ctx: ChannelContext): Promise<SendResult> {
  const base = opsgenieBaseUrl(config);
  const [url, body] =
    payload.action === 'create'
      ? [`${base}/v2/alerts`, payload.alert]
      : [`${base}/v2/alerts/${encodeURIComponent(payload.alias)}/close?identifierType=alias`, payload.body];
  const res = await ctx.http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `GenieKey ${config.apiKey}` },
    body: JSON.stringify(body),
  });
  ctx.logger.info('opsgenie request', { action: payload.action, status: res.status, attempt: ctx.attempt, test: ctx.isTest });
  if (res.status === 400 || res.status === 422) {
    throw new PermanentError(`Opsgenie refused the ${payload.action} (${res.status}): ${reason(res.body) ?? responseExcerpt(res.body, 200)}`, {
      statusCode: res.status,
      responseExcerpt: responseExcerpt(res.body),
    });
  }
  try {
    return classifyHttpResponse(res, { platform: 'Opsgenie' });
  } catch (error) {
    const why = reason(res.body);
    if (error instanceof Error && why && !error.message.includes(why)) error.message = `${error.message}: ${why}`;
    throw error;
  }
}
