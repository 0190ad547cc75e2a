import { responseExcerpt, type ChannelContext, type PermanentError, type RetryableError, type SendResult } from '@signalbox/plugin-sdk';
import type { TelegramConfig } from './telegram.config.js';
import type { TelegramPayload } from './telegram.format.js';
import { migratedChatId, parseReply, throwTelegramError } from './telegram.response.js';

/** What send() returns: the SDK's SendResult, plus the new chat id when the group was upgraded. */
export interface TelegramSendResult extends SendResult {
  /** Set when Telegram moved the chat (group → supergroup): the host should store it as the channel's chatId. */
  migratedToChatId?: string;
}

/** The token sits in the URL path, so it is masked out of any error text before it leaves this module. */
function masked(error: unknown, token: string): unknown {
  if (!(error instanceof Error)) return error;
  const hide = (value: string) => value.split(token).join('***');
  error.message = hide(error.message);
  if (error.stack) error.stack = hide(error.stack);
  const options = (error as RetryableError | PermanentError).options as { responseExcerpt?: string } | undefined;
  if (options?.responseExcerpt) options.responseExcerpt = hide(options.responseExcerpt);
  return error;
}

async function post(payload: TelegramPayload, config: TelegramConfig, ctx: ChannelContext) {
  const url = `${config.apiBaseUrl.replace(/\/+$/, '')}/bot${config.botToken}/sendMessage`;
  const res = await ctx.http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return { res, reply: parseReply(res.body) };
}

/**
 * One sendMessage attempt. When the group was upgraded to a supergroup, Telegram answers 400 with
 * `parameters.migrate_to_chat_id`: the message is re-sent once to the new id within this attempt (so the alert
 * is not lost), a warning is logged and the new id is returned as `migratedToChatId` and in the response excerpt.
 * Until the channel's chatId is updated every delivery pays that one extra request, and still arrives.
 */
export async function sendTelegram(payload: TelegramPayload, config: TelegramConfig, ctx: ChannelContext): Promise<TelegramSendResult> {
  try {
    let { res, reply } = await post(payload, config, ctx);
    const newChatId = migratedChatId(res, reply);
    if (newChatId !== undefined) {
      ctx.logger.warn('Telegram chat was upgraded to a supergroup: update this channel\'s chatId', { fromChatId: payload.chat_id, toChatId: newChatId });
      ({ res, reply } = await post({ ...payload, chat_id: newChatId }, config, ctx));
    }
    if (res.status < 200 || res.status >= 300) throwTelegramError(res, reply);
    const excerpt = responseExcerpt(res.body);
    if (newChatId === undefined) return { statusCode: res.status, responseExcerpt: excerpt };
    return { statusCode: res.status, responseExcerpt: responseExcerpt(`chat migrated to ${newChatId}: update the channel's chatId. ${res.body}`), migratedToChatId: newChatId };
  } catch (error) {
    throw masked(error, config.botToken);
  }
}
