import { createHash } from 'node:crypto';
import { cleanText, singleLine, truncateText, type Message } from '@signalbox/plugin-sdk';
import { blocks, bulletList, doc, inline, paragraph, type AdfDoc } from './jira.adf.js';
import type { JiraConfig } from './jira.config.js';
import { isResolution } from './jira.action.js';
import { JIRA_LIMITS as L } from './jira.limits.js';

export interface JiraIssueFields {
  project: { key: string };
  issuetype: { name: string };
  summary: string;
  description: AdfDoc;
  labels: string[];
  priority?: { name: string };
}

/**
 * create: a new issue (send() adds the delivery's idempotency label and searches for it first);
 * resolve: comment on (and optionally transition) the open issue carrying `alertLabel`.
 */
export type JiraPayload = { action: 'create'; alertLabel: string; fields: JiraIssueFields } | { action: 'resolve'; alertLabel: string; comment: AdfDoc };

const size = (value: unknown) => JSON.stringify(value).length;

/** The label naming one alert: failure and recovery share source, the type's family and the subject. */
export function alertLabel(message: Message): string {
  const { source, type, subject } = message.event;
  const family = type.includes('.') ? type.slice(0, type.lastIndexOf('.')) : type;
  return `signalbox-alert-${createHash('sha256').update([source, family, subject ?? ''].join('\n')).digest('hex').slice(0, 24)}`;
}

/**
 * Body, fields and link as ADF within Jira's rich-text limit. Fields are halved until they take at most half of
 * it; the body gets the rest, shrunk in proportion to the overshoot (cutting a long body between graphemes is
 * costly, so few cuts).
 */
export function description(message: Message, maxBody: number = L.richText): AdfDoc {
  const body = cleanText(message.body).trim();
  let fields = message.fields.slice(0, L.fields).map((f) => [
    { type: 'text' as const, text: `${truncateText(singleLine(cleanText(f.label)), 200) || '-'}: `, marks: [{ type: 'strong' as const }] },
    ...inline(truncateText(singleLine(cleanText(f.value)), L.fieldValue)),
  ]);
  const link = message.url && /^https?:\/\/\S+$/.test(message.url) ? [paragraph([{ type: 'text', text: 'Open in the source system', marks: [{ type: 'link', attrs: { href: message.url } }] }])] : [];
  const tail = () => [...(fields.length ? [bulletList(fields)] : []), ...link];
  while (size(doc(tail())) > L.richText / 2 && fields.length) fields = fields.slice(0, Math.floor(fields.length / 2));
  let budget = Math.max(0, Math.min(maxBody, L.richText - size(doc(tail()))));
  const build = () => doc([...blocks(truncateText(body, budget)), ...tail()]);
  let out = build();
  while (size(out) > L.richText && budget > 0) {
    budget = Math.floor((budget * L.richText * 0.9) / size(out));
    out = build();
  }
  return out;
}

const label = (value: string) => truncateText(value.replace(/\s+/g, '-'), L.label);

export function formatJira(message: Message, config: JiraConfig): JiraPayload {
  const alert = alertLabel(message);
  const title = singleLine(cleanText(message.title)) || '(no title)';
  if (isResolution(message.event)) {
    return { action: 'resolve', alertLabel: alert, comment: description({ ...message, body: `**${title}**\n${message.body}` }) };
  }
  return {
    action: 'create',
    alertLabel: alert,
    fields: {
      project: { key: config.projectKey },
      issuetype: { name: config.issueType },
      summary: truncateText(title, L.summary),
      description: description(message),
      labels: [...new Set([...config.labels, 'signalbox', alert].map(label))],
      ...(config.setPriority ? { priority: { name: config.priorities[message.severity] ?? config.priorities.warning } } : {}),
    },
  };
}
