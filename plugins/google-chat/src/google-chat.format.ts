import { createHash } from 'node:crypto';
import { cleanText, severityStyle, singleLine, truncateText, type Message } from '@signalbox/plugin-sdk';
import type { GoogleChatConfig } from './google-chat.config.js';
import { escapeHtml, fitRendered, markdownToChatHtml } from './google-chat.html.js';
import { GOOGLE_CHAT_LIMITS as L } from './google-chat.limits.js';

export type Widget =
  | { textParagraph: { text: string } }
  | { decoratedText: { topLabel: string; text: string; wrapText: true } }
  | { buttonList: { buttons: Array<{ text: string; onClick: { openLink: { url: string } } }> } };

export interface GoogleChatPayload {
  /** Shown in notifications and by clients that cannot render cards. */
  text: string;
  cardsV2: Array<{ cardId: string; card: { header: { title: string; subtitle: string }; sections: Array<{ header?: string; widgets: Widget[] }> } }>;
  thread?: { threadKey: string };
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** One thread per alert: a failure and its recovery share source and subject (or type when there is none). */
export function threadKey(message: Message): string {
  const key = `signalbox:${message.event.source}:${message.event.subject ?? message.event.type}`;
  // Keys are opaque to Chat; a long subject is hashed rather than cut, so two alerts never share a cut key.
  return key.length <= L.threadKey ? key : `signalbox:${createHash('sha256').update(key).digest('hex')}`;
}

function fieldWidgets(message: Message): Widget[] {
  return message.fields.slice(0, L.fields).map((field) => ({
    decoratedText: {
      topLabel: truncateText(escapeHtml(singleLine(cleanText(field.label))), L.label) || '-',
      text: fitRendered(cleanText(field.value), L.value, escapeHtml) || '-',
      wrapText: true,
    },
  }));
}

/**
 * A cardsV2 card: header (title, severity + source as subtitle), the body as a text paragraph, the fields as
 * decorated texts, an "Open" button for the event's link. Fields are dropped from the end, then the body
 * shortened, until the whole message fits 32,000 bytes.
 */
export function formatGoogleChat(message: Message, config: GoogleChatConfig): GoogleChatPayload {
  const style = severityStyle(message.severity);
  const title = truncateText(singleLine(cleanText(message.title)) || '(no title)', L.headerTitle);
  const subtitle = truncateText(singleLine(`${style.emoji} ${style.label} · ${cleanText(message.event.source)}`), L.headerSubtitle);
  const url = message.url && /^https?:\/\/\S+$/i.test(message.url) ? message.url : undefined;
  const body = cleanText(message.body).trim();
  let bodyText = body ? fitRendered(body, L.text, markdownToChatHtml) : '';
  const fields = fieldWidgets(message);
  const build = (): GoogleChatPayload => {
    const sections: GoogleChatPayload['cardsV2'][number]['card']['sections'] = [];
    if (bodyText) sections.push({ widgets: [{ textParagraph: { text: bodyText } }] });
    if (fields.length) sections.push({ header: 'Details', widgets: fields });
    if (url) sections.push({ widgets: [{ buttonList: { buttons: [{ text: 'Open', onClick: { openLink: { url } } }] } }] });
    return {
      text: truncateText(`${style.emoji} ${style.label}: ${title}`, L.text),
      cardsV2: [{ cardId: 'signalbox-alert', card: { header: { title, subtitle }, sections } }],
      ...(config.threadPerAlert ? { thread: { threadKey: threadKey(message) } } : {}),
    };
  };
  let payload = build();
  while (bytes(payload) > L.messageBytes && fields.length > 0) {
    fields.pop();
    payload = build();
  }
  while (bytes(payload) > L.messageBytes && bodyText) {
    bodyText = fitRendered(body, Math.floor(bodyText.length / 2), markdownToChatHtml);
    payload = build();
  }
  return payload;
}
