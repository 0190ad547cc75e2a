import { classifyHttpResponse, PermanentError, responseExcerpt, type ChannelContext, type HttpResponse } from '@signalbox/plugin-sdk';
import type { JiraConfig } from './jira.config.js';

/** Jira errors: `{errorMessages: [...], errors: {field: reason}}`, which name the field an admin must fix. */
export function jiraReason(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { errorMessages?: unknown; errors?: unknown };
    const messages = Array.isArray(parsed.errorMessages) ? parsed.errorMessages.map(String) : [];
    const fields = parsed.errors && typeof parsed.errors === 'object' ? Object.entries(parsed.errors).map(([k, v]) => `${k}: ${String(v)}`) : [];
    const all = [...messages, ...fields];
    return all.length ? all.join('; ') : undefined;
  } catch {
    return undefined;
  }
}

export const basicAuth = (config: JiraConfig) => `Basic ${Buffer.from(`${config.email}:${config.apiToken}`).toString('base64')}`;

/** The host masks the token itself; its base64 form inside the Authorization header is hidden here, in case an error page echoes it. */
function masked<E>(error: E, hidden: string): E {
  if (!(error instanceof Error)) return error;
  const hide = (text: string) => text.split(hidden).join('***');
  error.message = hide(error.message);
  if (error.stack) error.stack = hide(error.stack);
  const options = (error as { options?: { responseExcerpt?: string } }).options;
  if (options?.responseExcerpt) options.responseExcerpt = hide(options.responseExcerpt);
  return error;
}

/**
 * One Jira REST call. 2xx → the response; 400 → PermanentError with Jira's errorMessages/errors; 401/403/404 →
 * permanent; 429 → retryable honouring Retry-After; 5xx → retryable (classifyHttpResponse's table).
 */
export async function jiraCall(ctx: ChannelContext, config: JiraConfig, method: 'GET' | 'POST', path: string, body?: unknown): Promise<HttpResponse> {
  const auth = basicAuth(config);
  const url = `${config.siteUrl.replace(/\/+$/, '')}${path}`;
  try {
    const res = await ctx.http.request(url, {
      method,
      headers: { accept: 'application/json', authorization: auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (res.status >= 200 && res.status < 300) return res;
    const reason = jiraReason(res.body) ?? responseExcerpt(res.body, 200);
    if (res.status === 400) throw new PermanentError(`Jira refused ${method} ${path.split('?')[0]} (400): ${reason}`, { statusCode: 400, responseExcerpt: responseExcerpt(res.body) });
    try {
      classifyHttpResponse(res, { platform: 'Jira' });
    } catch (error) {
      if (error instanceof Error && reason && !error.message.includes(reason)) error.message = `${error.message}: ${reason}`;
      throw error;
    }
    return res;
  } catch (error) {
    throw masked(masked(error, auth.slice('Basic '.length)), auth);
  }
}
