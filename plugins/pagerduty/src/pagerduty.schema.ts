import { MAX_BODY_BYTES, MAX_DEDUP_KEY, MAX_SUMMARY } from './pagerduty.version.js';

/**
 * The Events API v2 request schema as PagerDuty documents it ("Send an Alert Event"), as a list of problems
 * worded like PagerDuty's own 400 `errors`. Used by validatePayload and by the tests' fake PagerDuty.
 */
const TOP_LEVEL = new Set(['routing_key', 'event_action', 'dedup_key', 'payload', 'images', 'links', 'client', 'client_url']);
const PAYLOAD = new Set(['summary', 'source', 'severity', 'timestamp', 'component', 'group', 'class', 'custom_details']);
const SEVERITIES = ['critical', 'error', 'warning', 'info'];
const ACTIONS = ['trigger', 'acknowledge', 'resolve'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

function payloadProblems(payload: unknown): string[] {
  if (!isObject(payload)) return ["'payload' is missing or not an object"];
  const problems = Object.keys(payload).filter((key) => !PAYLOAD.has(key)).map((key) => `'payload.${key}' is not a recognised field`);
  if (typeof payload.summary !== 'string' || payload.summary.trim() === '') problems.push("'payload.summary' is missing or blank");
  else if (payload.summary.length > MAX_SUMMARY) problems.push(`'payload.summary' is longer than ${MAX_SUMMARY} characters`);
  if (typeof payload.source !== 'string' || payload.source.trim() === '') problems.push("'payload.source' is missing or blank");
  if (!SEVERITIES.includes(payload.severity as string)) problems.push(`'payload.severity' must be one of ${SEVERITIES.join(', ')}`);
  if (payload.timestamp !== undefined && (typeof payload.timestamp !== 'string' || Number.isNaN(Date.parse(payload.timestamp)))) problems.push("'payload.timestamp' is not an ISO 8601 timestamp");
  for (const key of ['component', 'group', 'class'] as const) if (!optionalString(payload[key])) problems.push(`'payload.${key}' must be a string`);
  if (payload.custom_details !== undefined && !isObject(payload.custom_details)) problems.push("'payload.custom_details' must be an object");
  return problems;
}

function linkProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (body.links !== undefined && (!Array.isArray(body.links) || body.links.some((link) => !isObject(link) || typeof link.href !== 'string' || !optionalString(link.text)))) problems.push("'links' must be a list of {href, text?}");
  if (body.images !== undefined && (!Array.isArray(body.images) || body.images.some((image) => !isObject(image) || typeof image.src !== 'string'))) problems.push("'images' must be a list of {src, href?, alt?}");
  if (!optionalString(body.client) || !optionalString(body.client_url)) problems.push("'client' and 'client_url' must be strings");
  return problems;
}

export function validateEvent(body: unknown, options: { dedupKeyRequired?: boolean } = {}): string[] {
  if (!isObject(body)) return ['Event object is not a JSON object'];
  const problems = Object.keys(body).filter((key) => !TOP_LEVEL.has(key)).map((key) => `'${key}' is not a recognised field`);
  if (typeof body.routing_key !== 'string' || body.routing_key.length !== 32) problems.push("Length of 'routing_key' is incorrect (should be 32 characters)");
  if (!ACTIONS.includes(body.event_action as string)) problems.push("'event_action' is missing or invalid (trigger, acknowledge or resolve)");
  const dedup = body.dedup_key;
  if (dedup !== undefined && (typeof dedup !== 'string' || dedup.length > MAX_DEDUP_KEY)) problems.push(`'dedup_key' must be a string of at most ${MAX_DEDUP_KEY} characters`);
  const needsKey = body.event_action === 'acknowledge' || body.event_action === 'resolve';
  if (needsKey && (options.dedupKeyRequired ?? true) && (typeof dedup !== 'string' || dedup === '')) problems.push(`'dedup_key' is required for ${String(body.event_action)} events`);
  if (body.event_action === 'trigger') problems.push(...payloadProblems(body.payload));
  problems.push(...linkProblems(body));
  const size = Buffer.byteLength(JSON.stringify(body), 'utf8');
  if (size > MAX_BODY_BYTES) problems.push(`Event object is ${size} bytes, over the 512 KB limit`);
  return problems;
}
