import { createHash } from 'node:crypto';
import { cleanText, singleLine, truncateText, type Message, type Severity } from '@signalbox/plugin-sdk';
import { isResolution } from './opsgenie.action.js';
import type { OpsgenieConfig } from './opsgenie.config.js';
import { OPSGENIE_LIMITS as L } from './opsgenie.limits.js';

export interface OpsgenieCreate {
  message: string;
  alias: string;
  description: string;
  tags: string[];
  details: Record<string, string>;
  entity?: string;
  source: string;
  priority: 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
  responders?: Array<{ type: string; name: string }>;
}

/** What send() does: open (or, by alias, update) an alert, or close the one a failure opened. */
export type OpsgeniePayload = { action: 'create'; alert: OpsgenieCreate } | { action: 'close'; alias: string; body: { source: string; note: string } };

// Severity → Opsgenie priority. Info stays P5 so a "send test message" or a notice never pages anyone.
export const PRIORITY: Record<Severity, OpsgenieCreate['priority']> = { critical: 'P1', high: 'P2', warning: 'P3', info: 'P5' };

/**
 * One alert per failure: source, the type's family (`monitor.down` and `monitor.up` → `monitor`) and the subject,
 * so a recovery names the alert its failure opened. A key over 512 characters keeps a prefix and a hash of the
 * whole, so two long keys never merge.
 */
export function alertAlias(message: Message): string {
  const { source, type, subject } = message.event;
  const family = type.includes('.') ? type.slice(0, type.lastIndexOf('.')) : type;
  const alias = singleLine(cleanText([source, family, subject].filter(Boolean).join(':'))) || 'signalbox';
  return alias.length <= L.alias ? alias : `${alias.slice(0, 400)}#${createHash('sha256').update(alias).digest('hex')}`;
}

/** Tags may not hold spaces or commas in practice (Opsgenie splits on them in the UI); each ≤ 50 characters. */
const tag = (value: string) => truncateText(singleLine(value).replace(/[\s,]+/g, '-'), L.tag);

function details(message: Message): Record<string, string> {
  const out: Record<string, string> = {};
  let used = 0;
  for (const field of message.fields) {
    const key = truncateText(singleLine(cleanText(field.label)), 100) || '-';
    const value = truncateText(cleanText(field.value), 1000);
    if (key in out || used + key.length + value.length > L.detailsChars) continue;
    out[key] = value;
    used += key.length + value.length;
  }
  return out;
}

export function formatOpsgenie(message: Message, config: OpsgenieConfig): OpsgeniePayload {
  const alias = alertAlias(message);
  const source = truncateText(`Signalbox: ${singleLine(cleanText(message.event.source))}`, L.source);
  const title = singleLine(cleanText(message.title)) || '(no title)';
  if (isResolution(message.event)) return { action: 'close', alias, body: { source, note: truncateText(`${title}\n\n${cleanText(message.body)}`.trim(), L.note) } };
  const body = cleanText(message.body);
  const link = message.url && /^https?:\/\/\S+$/.test(message.url) ? `\n\n${message.url}` : '';
  const tags = [...new Set([...config.tags, 'signalbox', message.event.source, message.event.type].map(tag).filter(Boolean))].slice(0, L.tags);
  return {
    action: 'create',
    alert: {
      message: truncateText(title, L.message),
      alias,
      description: `${truncateText(body, L.description - link.length)}${link}`,
      tags,
      details: details(message),
      ...(message.event.subject ? { entity: truncateText(singleLine(cleanText(message.event.subject)), L.entity) } : {}),
      source,
      priority: PRIORITY[message.severity] ?? 'P3',
      ...(config.responders.length ? { responders: config.responders } : {}),
    },
  };
}
