import { asObject, optionalString, requireString, type MappedAlert, type SourcePreset } from './preset.types.js';

/** The five products of the shared seed fixtures, verified and mapped exactly as their documentation describes. */

// NestAI and AI Admin Panel put the event type in `event`; its payload is the event's data as sent.
const byEventField = (body: unknown): MappedAlert[] => {
  const object = asObject(body, 'body');
  return [{ type: requireString(object, 'event'), subject: object.message, timestamp: object.timestamp, data: object }];
};

// NestAI carries no severity; its errors and failed payments are the ones worth waking someone for.
const nestAiSeverity = (body: Record<string, unknown>): string | undefined => {
  if (body.server_status === 'error') return 'high';
  const metadata = body.metadata as Record<string, unknown> | undefined;
  if (body.event === 'billing_alert' && metadata?.status === 'failed') return 'warning';
  return undefined;
};

export const nestAiPreset: SourcePreset = {
  id: 'nestai',
  name: 'NestAI',
  description: 'NestAI team webhooks (server status, models, usage, members, billing). NestAI does not sign: the hook URL carries a secret token.',
  verification: 'path-token',
  map: (body) => byEventField(body).map((alert) => ({ ...alert, severity: nestAiSeverity(alert.data) })),
};

export const aiAdminPanelPreset: SourcePreset = {
  id: 'ai-admin-panel',
  name: 'AI Admin Panel',
  description: 'Deployments, health, backups, quotas and certificates. Verified with X-Signature-256 (hex HMAC-SHA256 of the raw body).',
  verification: 'x-signature-256',
  map: (body) =>
    byEventField(body).map((alert) => ({ ...alert, severity: /\.(failure|down|exceeded)$/.test(alert.type) ? 'high' : /\.(warning|expiring|stopped)$/.test(alert.type) ? 'warning' : undefined })),
};

export const astraNetmonPreset: SourcePreset = {
  id: 'astra-netmon',
  name: 'AstraNetmon',
  description: 'Agents, speed tests, traceroutes, service tests and thresholds. Verified with X-Webhook-Signature (hex HMAC-SHA256 of the JSON body).',
  verification: 'x-webhook-signature',
  map: (body) => {
    const object = asObject(body, 'body');
    const type = requireString(object, 'event');
    const data = (typeof object.data === 'object' && object.data !== null ? object.data : {}) as Record<string, unknown>;
    const host = optionalString(data.hostname) ?? optionalString(data.agent_id);
    const severity = data.current_status === 'offline' || /\.(failed|alert)$/.test(type) ? 'warning' : data.severity;
    return [{ type, severity, subject: host ? `${host}: ${type}` : type, timestamp: object.timestamp, data: object }];
  },
};

export const serverScoutPreset: SourcePreset = {
  id: 'server-scout',
  name: 'Server Scout',
  description: 'Service down / warning / recovered alerts. Server Scout does not sign: the hook URL carries a secret token.',
  verification: 'path-token',
  map: (body) => {
    const object = asObject(body, 'body');
    requireString(object, 'status');
    const subject = [object.server_name, object.service, object.status].filter((part) => typeof part === 'string').join(' ');
    return [{ type: 'alert', severity: object.severity, subject: optionalString(object.message) ? `${subject}: ${String(object.message)}` : subject, timestamp: object.timestamp, data: object }];
  },
};

// Nemo Router's payload names no event type; its titles are fixed per type (seed fixtures), so the title decides.
const NEMO_TYPES: Array<[RegExp, string]> = [
  [/balance below|depletion/i, 'balance.low'],
  [/budget \d+% used/i, 'budget.threshold'],
  [/rate limit/i, 'rate_limit.hit'],
  [/guardrail/i, 'guardrail.blocked'],
  [/cost leak/i, 'cost_leak.detected'],
  [/api key|member|admin/i, 'admin.action'],
];

export const nemoRouterPreset: SourcePreset = {
  id: 'nemo-router',
  name: 'Nemo Router',
  description: 'Budget, rate-limit, guardrail, cost-leak and admin alerts. Verified with X-Nemo-Signature (sha256=<hex HMAC-SHA256> of canonical JSON).',
  verification: 'x-nemo-signature',
  map: (body) => {
    const object = asObject(body, 'body');
    const title = requireString(object, 'title');
    const type = NEMO_TYPES.find(([pattern]) => pattern.test(title))?.[1] ?? 'nemo.alert';
    return [{ type, severity: object.severity, subject: title, data: object }];
  },
};
