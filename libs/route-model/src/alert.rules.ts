// Problem / recovery pairs of the catalogue's products. Pure data and code, safe in the workflow sandbox.

/** An event is this side of a pair when its type matches and, if `field` is set, that field holds one of `values`. */
export interface AlertMatch {
  type: string;
  /** An event field path (`data.status`); its value is compared case-insensitively. */
  field?: string;
  values?: string[];
}

export interface AlertPairRule {
  /** The product, as named in the catalogue. */
  system: string;
  /** Names the pair in the fingerprint (`service.health`), so down and recovered share one. */
  family: string;
  problem: AlertMatch;
  recovery: AlertMatch;
  /**
   * Event field paths whose values, with source and family, identify one alert. When none of them is
   * present, the subject is used instead.
   */
  key: string[];
}

const aiAdmin = (family: string, problem: string, recovery: string): AlertPairRule => ({
  system: 'AI Admin Panel', family, problem: { type: problem }, recovery: { type: recovery }, key: ['data.customer', 'data.service'],
});

/**
 * The pairs the seed products document (see seed-events.json), plus Signalbox's own channel health and
 * the Alertmanager / Grafana sources (`data.status` firing / resolved, their own `data.fingerprint`).
 */
export const ALERT_RULES: readonly AlertPairRule[] = [
  aiAdmin('service.health', 'service.health.down', 'service.health.recovered'),
  aiAdmin('service.run', 'service.stopped', 'service.started'),
  aiAdmin('deploy', 'deploy.failure', 'deploy.success'),
  aiAdmin('backup', 'backup.failure', 'backup.success'),
  {
    system: 'Server Scout', family: 'server-scout.alert',
    problem: { type: 'alert', field: 'data.status', values: ['down', 'warning'] },
    recovery: { type: 'alert', field: 'data.status', values: ['recovered'] },
    key: ['data.server_name', 'data.service'],
  },
  {
    system: 'AstraNetmon', family: 'agent.status',
    problem: { type: 'agent.status_changed', field: 'data.data.current_status', values: ['offline'] },
    recovery: { type: 'agent.status_changed', field: 'data.data.current_status', values: ['online'] },
    key: ['data.data.agent_id'],
  },
  {
    system: 'NestAI', family: 'server.status',
    problem: { type: 'server_status', field: 'data.server_status', values: ['error'] },
    recovery: { type: 'server_status', field: 'data.server_status', values: ['running'] },
    key: ['data.team'],
  },
  {
    system: 'Signalbox', family: 'channel.health',
    problem: { type: 'signalbox.channel.failing' }, recovery: { type: 'signalbox.channel.recovered' }, key: ['data.channelId'],
  },
  ...['alertmanager', 'grafana'].map((tool): AlertPairRule => ({
    system: tool === 'grafana' ? 'Grafana' : 'Alertmanager', family: `${tool}.alert`,
    problem: { type: `${tool}.alert`, field: 'data.status', values: ['firing'] },
    recovery: { type: `${tool}.alert`, field: 'data.status', values: ['resolved'] },
    key: ['data.alertname', 'data.labels.instance'],
  })),
];

/**
 * Recovery types a trigger listing `type` also receives: a route that pages on `service.health.down` gets
 * `service.health.recovered` too, so the channels that got the problem get its resolution. Pairs whose
 * two sides share one type (Server Scout `alert`) need nothing.
 */
export function pairedRecoveryTypes(type: string): string[] {
  return ALERT_RULES.filter((rule) => rule.problem.type === type && rule.recovery.type !== type).map((rule) => rule.recovery.type);
}

