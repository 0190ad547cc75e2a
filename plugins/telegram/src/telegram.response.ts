import { GoneError, MAX_RETRY_AFTER_MS, parseRetryAfter, PermanentError, responseExcerpt, RetryableError, type HttpResponse } from '@signalbox/plugin-sdk';

/** Every Bot API answer: `{ok: true, result}` or `{ok: false, error_code, description, parameters?}`. */
export interface TelegramReply {
  ok?: boolean;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export function parseReply(body: string): TelegramReply {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? (parsed as TelegramReply) : {};
  } catch {
    return {}; // a proxy's HTML error page, a truncated body: classify by status alone
  }
}

/** The new supergroup id when Telegram says the group was upgraded ("group chat was upgraded to a supergroup chat"). */
export function migratedChatId(res: HttpResponse, reply: TelegramReply): string | undefined {
  const id = reply.parameters?.migrate_to_chat_id;
  return res.status === 400 && typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : undefined;
}

/**
 * Throws the SDK error for a failed sendMessage:
 * 429 → retryable after `parameters.retry_after` seconds; 5xx (and 408/425, network) → retryable;
 * 403 (bot blocked by the user, kicked from the group, not a member of the channel) → GoneError: the chat is
 * unreachable until someone re-adds the bot, so the host should disable the channel;
 * 400 (chat not found, can't parse entities, ...), 401 (token revoked), 404 (malformed token) → permanent.
 */
export function throwTelegramError(res: HttpResponse, reply: TelegramReply): never {
  const statusCode = res.status;
  const excerpt = responseExcerpt(res.body);
  const description = typeof reply.description === 'string' ? reply.description.slice(0, 200) : responseExcerpt(res.body, 200);
  const message = `Telegram responded ${statusCode}${description ? `: ${description}` : ''}`;
  if (statusCode === 429 || statusCode === 408 || statusCode === 425 || statusCode >= 500) {
    const seconds = reply.parameters?.retry_after;
    const retryAfterMs = typeof seconds === 'number' && seconds >= 0 ? seconds * 1000 : parseRetryAfter(res.headers['retry-after']);
    throw new RetryableError(message, { statusCode, responseExcerpt: excerpt, ...(retryAfterMs === undefined ? {} : { retryAfterMs: Math.min(retryAfterMs, MAX_RETRY_AFTER_MS) }) });
  }
  if (statusCode === 403 || statusCode === 410) throw new GoneError(message, { statusCode, responseExcerpt: excerpt });
  if (/chat not found/i.test(description)) {
    throw new PermanentError(`${message} (check chatId, and that the bot has been added to the chat)`, { statusCode, responseExcerpt: excerpt });
  }
  throw new PermanentError(message, { statusCode, responseExcerpt: excerpt });
}
