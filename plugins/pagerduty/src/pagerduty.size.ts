import type { Message } from '@signalbox/plugin-sdk';
import type { PagerdutyEvent } from './pagerduty.format.js';
import { MAX_BODY_BYTES } from './pagerduty.version.js';

// Headroom under 512 KB for JSON escaping differences and the routing key; PagerDuty drops larger events.
const BUDGET = MAX_BODY_BYTES - 4 * 1024;
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')}…`);

/** Fields keyed by label; repeated labels get " (2)", " (3)" so none is lost. */
function fieldDetails(fields: Message['fields'], maxValue: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { label, value } of fields) {
    const base = label.trim() || 'Field';
    let key = base;
    for (let n = 2; key in out; n++) key = `${base} (${n})`;
    out[key] = cut(value, maxValue);
  }
  return out;
}

/**
 * custom_details: the message's fields plus the event (`event.data` is what responders most often need).
 * When the whole body would pass 512 KB, shrink step by step — the event data becomes a truncated JSON string,
 * then field values are cut, then fields are dropped — so the alert always goes out, with a note saying so.
 */
export function fitCustomDetails(event: PagerdutyEvent, message: Message): Record<string, unknown> {
  const { id, type, source, subject, timestamp, data } = message.event;
  const eventInfo = { id, type, source, ...(subject ? { subject } : {}), timestamp };
  const size = (details: Record<string, unknown>) => bytes({ ...event, payload: { ...event.payload, custom_details: details } });
  const attempts: Array<() => Record<string, unknown>> = [
    () => ({ ...fieldDetails(message.fields, Infinity), event: { ...eventInfo, data } }),
    () => ({ ...fieldDetails(message.fields, Infinity), event: { ...eventInfo, data: cut(JSON.stringify(data) ?? '', 64 * 1024) }, truncated: 'event data cut to fit PagerDuty\'s 512 KB limit' }),
    () => ({ ...fieldDetails(message.fields.slice(0, 200), 1024), event: { ...eventInfo, data: cut(JSON.stringify(data) ?? '', 16 * 1024) }, truncated: 'fields and event data cut to fit PagerDuty\'s 512 KB limit' }),
  ];
  for (const attempt of attempts) {
    const details = attempt();
    if (size(details) <= BUDGET) return details;
  }
  return { event: { id, type, source }, truncated: 'details dropped to fit PagerDuty\'s 512 KB limit' };
}
