import type { Message } from '@signalbox/plugin-sdk';
import type { EmailConfig } from './email.config.js';
import { renderEmailHtml } from './email.html.js';
import { markdown, markdownToText, plain } from './email.text.js';

/** What send() hands to nodemailer (plus Message-ID and headers, which need the delivery context). */
export interface EmailPayload {
  subject: string;
  html: string;
  text: string;
  eventId: string;
  priority: 'high' | 'normal';
}

// Generous for mail, but bounded: a 10k title or 500 fields must not produce an unreadable message.
const MAX_SUBJECT = 200;
const MAX_TITLE = 500;
const MAX_FIELDS = 50;
const MAX_LABEL = 100;
const MAX_VALUE = 2000;
const MAX_BODY = 100_000;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function formatEmail(message: Message, config: EmailConfig): EmailPayload {
  const severity = message.severity;
  const title = cut(oneLine(plain(message.title)), MAX_TITLE) || `${message.event.type} from ${message.event.source}`;
  const body = cut(message.body, MAX_BODY);
  const fields = message.fields
    .slice(0, MAX_FIELDS)
    .map((field) => ({ label: cut(oneLine(plain(field.label)), MAX_LABEL), value: cut(plain(field.value).trim(), MAX_VALUE) }))
    .filter((field) => field.label || field.value);
  const hiddenFields = Math.max(0, message.fields.length - MAX_FIELDS);
  const url = message.url && /^https?:\/\/\S+$/i.test(message.url) ? message.url : undefined;
  const bodyText = markdownToText(body);
  const footer = `${message.event.source} · ${message.event.type} · ${message.event.timestamp} · event ${message.event.id}`;
  const subject = cut(oneLine(`${config.subjectPrefix} [${severity.toUpperCase()}] ${title}`), MAX_SUBJECT);
  const html = renderEmailHtml({ severity, title, bodyHtml: body.trim() ? markdown.render(body) : '', fields, hiddenFields, url, preheader: cut(oneLine(bodyText) || title, 150), footer });
  const text = [
    `[${severity.toUpperCase()}] ${title}`,
    bodyText,
    fields.map(({ label, value }) => `${label}: ${value}`).join('\n') + (hiddenFields ? `\n… and ${hiddenFields} more` : ''),
    url ? `Open details: ${url}` : '',
    `--\n${footer}`,
  ]
    .filter((part) => part.trim() !== '')
    .join('\n\n');
  return { subject, html, text, eventId: message.event.id, priority: severity === 'critical' ? 'high' : 'normal' };
}
