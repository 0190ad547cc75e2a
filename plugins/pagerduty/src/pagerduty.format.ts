import { createHash } from 'node:crypto';
import { renderTemplate, type Message, type Severity } from '@signalbox/plugin-sdk';
import { eventAction, type EventAction } from './pagerduty.action.js';
import type { PagerdutyConfig } from './pagerduty.config.js';
import { fitCustomDetails } from './pagerduty.size.js';
import { MAX_DEDUP_KEY, MAX_SUMMARY } from './pagerduty.version.js';

export type PagerdutySeverity = 'critical' | 'error' | 'warning' | 'info';

export interface TriggerPayload {
  summary: string;
  source: string;
  severity: PagerdutySeverity;
  timestamp?: string;
  component?: string;
  group?: string;
  class?: string;
  custom_details: Record<string, unknown>;
}

/** The Events API v2 body. `dedup_key` is empty when the template rendered nothing: send() fills in ctx.idempotencyKey. */
export interface PagerdutyEvent {
  routing_key: string;
  event_action: EventAction;
  dedup_key: string;
  payload?: TriggerPayload;
  client?: string;
  client_url?: string;
  links?: Array<{ href: string; text: string }>;
}

const SEVERITY: Record<Severity, PagerdutySeverity> = { critical: 'critical', high: 'error', warning: 'warning', info: 'info' };

/**
 * At most `max` UTF-16 units, ellipsis included, never ending in half an emoji. UTF-16 units, not code points:
 * they are what a JavaScript or Java validator counts, and never fewer than the characters a person sees.
 */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * The alert's fingerprint when the event opens or closes one (the worker's alert state), else the rendered
 * dedup key template. A key over 255 characters keeps its first 200 and a hash of the whole, so two long
 * keys that share a prefix still name different alerts (truncating alone would merge them).
 */
export function dedupKey(message: Message, config: PagerdutyConfig): string {
  // The alert's fingerprint is shared by its problem and its recovery, so the resolve closes the trigger's alert.
  const key = message.event.alert?.fingerprint ?? renderTemplate(config.dedupKeyTemplate, message.event, { escape: 'none' }).trim();
  if (key.length <= MAX_DEDUP_KEY) return key;
  return `${key.slice(0, 200).replace(/[\uD800-\uDBFF]$/, '')}…${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

/** The affected system as PagerDuty means "source": a host name from the event when it has one, else the sender. */
function source(message: Message): string {
  const data = message.event.data ?? {};
  const host = [data.hostname, data.host, data.server_name].find((value) => typeof value === 'string' && value.trim() !== '') as string | undefined;
  return cut((host ?? message.event.source).trim() || 'signalbox', 255);
}

const isoTimestamp = (value: string) => (Number.isNaN(Date.parse(value)) ? undefined : new Date(value).toISOString());

export function formatPagerduty(message: Message, config: PagerdutyConfig): PagerdutyEvent {
  const action = eventAction(message.event);
  const base = { routing_key: config.routingKey, event_action: action, dedup_key: dedupKey(message, config) };
  // acknowledge and resolve address an existing alert by dedup_key; anything more is ignored by PagerDuty.
  if (action !== 'trigger') return base;
  const title = message.title.replace(/\s+/g, ' ').trim();
  const timestamp = isoTimestamp(message.event.timestamp);
  const payload: TriggerPayload = {
    summary: cut(title || message.event.type, MAX_SUMMARY),
    source: source(message),
    severity: SEVERITY[message.severity] ?? 'error',
    ...(timestamp ? { timestamp } : {}),
    ...(config.component ? { component: config.component } : {}),
    ...(config.group ? { group: config.group } : {}),
    ...(config.class ? { class: config.class } : {}),
    custom_details: {},
  };
  // A URL PagerDuty would not render (huge, or not http) is left out rather than risk rejecting the alert.
  const url = message.url && message.url.length <= 2048 && /^https?:\/\//i.test(message.url) ? message.url : undefined;
  const links = url ? [{ href: url, text: `Open in ${message.event.source}` }] : [];
  const event: PagerdutyEvent = { ...base, payload, client: 'Signalbox', ...(url ? { client_url: url } : {}), ...(links.length ? { links } : {}) };
  payload.custom_details = fitCustomDetails(event, message);
  return event;
}
