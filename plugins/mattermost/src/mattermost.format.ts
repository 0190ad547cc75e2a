import { cleanText, severityStyle, singleLine, truncateText, type Message } from '@signalbox/plugin-sdk';
import type { MattermostConfig } from './mattermost.config.js';
import { MATTERMOST_LIMITS as L } from './mattermost.limits.js';

export interface MattermostField {
  title: string;
  value: string;
  short: boolean;
}

/** Slack-compatible message attachment, the subset Mattermost renders. */
export interface MattermostAttachment {
  fallback: string;
  color: string;
  title: string;
  title_link?: string;
  text: string;
  fields: MattermostField[];
  footer: string;
}

export interface MattermostPayload {
  text: string;
  attachments: MattermostAttachment[];
  username?: string;
  icon_url?: string;
  channel?: string;
}

/** Short values sit two to a row; longer ones (or multi-line) take the whole width. */
const SHORT_FIELD = 40;

/**
 * One attachment coloured by severity: title (linked to the event when it has a URL), the markdown body
 * (Mattermost renders markdown natively) and the fields. `text` carries a one-line summary so notifications
 * and clients without attachment support still say what happened.
 */
export function formatMattermost(message: Message, config: MattermostConfig): MattermostPayload {
  const style = severityStyle(message.severity);
  const title = truncateText(singleLine(cleanText(message.title)) || '(no title)', L.title);
  const summary = `**${style.label}**: ${title}`;
  const attachment: MattermostAttachment = {
    fallback: truncateText(`${style.label}: ${title}`, L.fallback),
    color: style.color,
    title,
    text: truncateText(cleanText(message.body), L.attachmentText),
    fields: message.fields.slice(0, L.fields).map((field) => {
      const value = truncateText(cleanText(field.value), L.fieldValue) || '-';
      return { title: truncateText(singleLine(cleanText(field.label)), L.fieldTitle) || '-', value, short: value.length <= SHORT_FIELD && !value.includes('\n') };
    }),
    footer: truncateText(`Signalbox · ${singleLine(cleanText(`${message.event.source} ${message.event.type}`))}`, L.fieldTitle),
  };
  if (message.url && /^https?:\/\//.test(message.url)) attachment.title_link = message.url;
  return {
    text: truncateText(summary, L.text),
    attachments: [attachment],
    ...(config.username ? { username: config.username } : {}),
    ...(config.iconUrl ? { icon_url: config.iconUrl } : {}),
    ...(config.channel ? { channel: config.channel } : {}),
  };
}
