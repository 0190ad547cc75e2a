import { type Message } from '@signalbox/plugin-sdk';
import { severityStyle } from '@signalbox/plugin-sdk';
import type { TelegramConfig } from './telegram.config.js';
import { markdownSegments } from './telegram.markdown.js';
import { plainText, renderHtml, text, truncateSegments, visibleLength, wrap, type Segment } from './telegram.segments.js';
import { TELEGRAM_MAX_TEXT } from './telegram.version.js';

/** The sendMessage body (Bot API field names). `chat_id` may be replaced by send() after a group migration. */
export interface TelegramPayload {
  chat_id: string;
  text: string;
  parse_mode: 'HTML';
  link_preview_options: { is_disabled: true } | { url: string; prefer_small_media?: true; prefer_large_media?: true };
  disable_notification?: boolean;
  message_thread_id?: number;
}

// Per-part caps keep one oversized part (a 10k title, 500 fields) from crowding out the rest.
const MAX_TITLE = 256;
const MAX_FIELDS = 25;
const MAX_LABEL = 64;
const MAX_VALUE = 512;

const line = (value: string, max: number): Segment[] => truncateSegments([text(plainText(value).replace(/\s*\n\s*/g, ' ').trim())], max);

function fieldLine({ label, value }: Message['fields'][number]): Segment[] {
  const name = line(label, MAX_LABEL);
  const body = truncateSegments([text(plainText(value).trim())], MAX_VALUE);
  return visibleLength(name) ? [...wrap('b', [...name, text(':')]), text(' '), ...body] : body;
}

function fieldSegments(fields: Message['fields']): Segment[] {
  const lines = fields.slice(0, MAX_FIELDS).map(fieldLine);
  const hidden = fields.length - MAX_FIELDS;
  if (hidden > 0) lines.push(wrap('i', [text(`… and ${hidden} more field${hidden === 1 ? '' : 's'}`)]));
  return lines.flatMap((segments, index) => (index === 0 ? segments : [text('\n'), ...segments]));
}

/** Body and fields share what header and link leave; the body keeps at least half when fields are many. */
function fit(body: Segment[], fields: Segment[], budget: number): [Segment[], Segment[]] {
  const fieldsBudget = Math.min(visibleLength(fields), Math.max(budget - visibleLength(body), Math.floor(budget / 2)));
  return [truncateSegments(body, budget - fieldsBudget), truncateSegments(fields, fieldsBudget)];
}

function linkPreview(config: TelegramConfig, url: string | undefined): TelegramPayload['link_preview_options'] {
  if (!url || config.linkPreview === 'off') return { is_disabled: true };
  return config.linkPreview === 'small' ? { url, prefer_small_media: true } : { url, prefer_large_media: true };
}

/**
 * 🔴 **Title**            (severity emoji, bold title)
 * body                    (markdown → Telegram HTML)
 * **Label:** value        (one line per field)
 * 🔗 Open                 (the message url; never truncated away)
 * Always at most 4096 visible characters, never an empty text, every tag balanced.
 */
export function formatTelegram(message: Message, config: TelegramConfig): TelegramPayload {
  const { emoji } = severityStyle(message.severity);
  const title = line(message.title, MAX_TITLE);
  const header = [text(`${emoji} `), ...(visibleLength(title) ? wrap('b', title) : [text(message.severity.toUpperCase())])];
  const url = message.url && /^https?:\/\/\S+$/i.test(message.url) ? message.url : undefined;
  const link = url ? [text('\n\n🔗 '), ...wrap('a', [text('Open')], url)] : [];
  const separator = (segments: Segment[]) => (segments.length ? [text('\n\n'), ...segments] : []);
  const budget = TELEGRAM_MAX_TEXT - visibleLength(header) - visibleLength(link);
  const [body, fields] = fit(separator(markdownSegments(message.body)), separator(fieldSegments(message.fields)), budget);
  const segments = [...header, ...body, ...fields, ...link];
  return {
    chat_id: config.chatId,
    text: renderHtml(segments),
    parse_mode: 'HTML',
    link_preview_options: linkPreview(config, url),
    ...(config.silentSeverities.includes(message.severity) ? { disable_notification: true } : {}),
    ...(config.messageThreadId ? { message_thread_id: config.messageThreadId } : {}),
  };
}
