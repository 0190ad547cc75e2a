import type { SignalboxEvent } from './event.schema.js';
import type { EscapeMode, Message } from './message.js';
import { escapeText } from './template.escape.js';
import { displayValue, humanize, truncateText } from './text.format.js';

const MAX_FIELDS = 10;
const MAX_FIELD_VALUE = 100;
// Keys that become the title/body/url, or repeat the event's own type and time, are not shown again as fields.
const NON_FIELD_KEYS = new Set(['message', 'description', 'title', 'summary', 'url', 'event', 'type', 'timestamp', 'severity']);

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The URL when it is an absolute http(s) URL, else undefined. */
export function messageUrl(candidate: unknown): string | undefined {
  return typeof candidate === 'string' && /^https?:\/\/\S+$/i.test(candidate) ? candidate : undefined;
}

/** Short scalars from `data`, then one level into nested objects (`details.error`), labelled for people. */
function dataFields(data: Record<string, unknown>): Array<{ label: string; value: string }> {
  const topLevel = Object.entries(data).filter(([key, value]) => !NON_FIELD_KEYS.has(key) && isScalar(value));
  const nested = Object.entries(data)
    .filter(([, value]) => isObject(value))
    .flatMap(([, value]) => Object.entries(value as Record<string, unknown>).filter(([, inner]) => isScalar(inner)));
  const seen = new Set<string>();
  return [...topLevel, ...nested]
    .map(([key, value]) => ({ label: humanize(key), value: displayValue(value) }))
    .filter((field) => field.value !== '' && field.value.length <= MAX_FIELD_VALUE)
    .filter((field) => !seen.has(field.label) && seen.add(field.label));
}

/** A recovery says how long its problem lasted (measured between the two events' own timestamps). */
function withAlertLine(event: SignalboxEvent, body: string | undefined): string | undefined {
  const alert = event.alert;
  if (alert?.kind !== 'recovery' || !alert.durationText) return body;
  const line = `Resolved after ${alert.durationText}.`;
  return body ? `${body}\n${line}` : line;
}

/**
 * The message sent when a route has no template node before a send node: title from the subject (or the
 * humanised type), body from `data.message`/`description`, Source and Severity plus short data scalars as
 * fields, url from `data.url`. `escape` applies to title, body and field values (default: none).
 */
export function defaultMessage(event: SignalboxEvent, options: { escape?: EscapeMode } = {}): Message {
  const escape = (value: string) => escapeText(value, options.escape ?? 'none');
  const data = isObject(event.data) ? event.data : {};
  const title = truncateText(text(event.subject) ?? text(data.title) ?? humanize(event.type), 250);
  const bodyText = withAlertLine(event, text(data.message) ?? text(data.description) ?? text(data.summary));
  const fields = [
    { label: 'Source', value: event.source },
    { label: 'Severity', value: event.severity },
    ...dataFields(data).filter((field) => field.label !== 'Source' && field.label !== 'Severity'),
  ].slice(0, MAX_FIELDS);
  const url = messageUrl(data.url);
  return {
    title: escape(title),
    body: bodyText && bodyText !== title ? escape(truncateText(bodyText, 4_000)) : '',
    severity: event.severity,
    fields: fields.map((field) => ({ label: field.label, value: escape(field.value) })),
    ...(url ? { url } : {}),
    event,
  };
}
