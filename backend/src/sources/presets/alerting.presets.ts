import { asObject, MappingError, optionalString, type MappedAlert, type SourcePreset } from './preset.types.js';

/**
 * Prometheus Alertmanager's webhook (payload version 4) and Grafana's alerting webhook share one shape: a group
 * with `alerts[]`, each `{status: firing|resolved, labels, annotations, startsAt, endsAt, fingerprint}`. Each alert
 * becomes one event carrying its status and fingerprint, so a later lifecycle step can pair firing with resolved.
 * The event id derives from fingerprint + status + startsAt: a redelivered notification (Alertmanager re-sends
 * the whole group) maps onto the same ids and is not run twice, while a new firing of the same alert is new.
 */
function mapGroup(body: unknown, prefix: string, extra: (alert: Record<string, unknown>) => Record<string, unknown>): MappedAlert[] {
  const group = asObject(body, 'body');
  if (!Array.isArray(group.alerts)) throw new MappingError('alerts', 'must be an array of alerts');
  return group.alerts.map((item, index): MappedAlert => {
    const alert = asObject(item, `alerts[${index}]`);
    const status = alert.status === 'resolved' ? 'resolved' : alert.status === 'firing' ? 'firing' : undefined;
    if (!status) throw new MappingError(`alerts[${index}].status`, 'must be "firing" or "resolved"');
    const labels = (typeof alert.labels === 'object' && alert.labels !== null ? alert.labels : {}) as Record<string, unknown>;
    const annotations = (typeof alert.annotations === 'object' && alert.annotations !== null ? alert.annotations : {}) as Record<string, unknown>;
    const alertname = optionalString(labels.alertname) ?? 'alert';
    const instance = optionalString(labels.instance) ?? optionalString(labels.job);
    const summary = optionalString(annotations.summary) ?? optionalString(annotations.description);
    const fingerprint = optionalString(alert.fingerprint);
    return {
      type: `${prefix}.alert`,
      severity: labels.severity,
      subject: `[${status.toUpperCase()}] ${alertname}${instance ? ` on ${instance}` : ''}${summary ? `: ${summary}` : ''}`,
      // A resolved alert happened when it ended; Alertmanager sends a zero-year endsAt while firing.
      timestamp: status === 'resolved' ? alert.endsAt : alert.startsAt,
      data: {
        status, alertname, fingerprint, labels, annotations, startsAt: alert.startsAt, endsAt: alert.endsAt, generatorURL: alert.generatorURL,
        groupKey: group.groupKey, receiver: group.receiver, externalURL: group.externalURL, ...extra(alert),
      },
      ...(fingerprint ? { deliveryKey: `${fingerprint}.${status}.${String(alert.startsAt ?? '')}` } : {}),
    };
  });
}

export const alertmanagerPreset: SourcePreset = {
  id: 'alertmanager',
  name: 'Prometheus Alertmanager',
  description: 'webhook_configs receiver (payload version 4): one event `alertmanager.alert` per alert, data.status firing/resolved, fingerprint kept. Authenticated by the token in the hook URL.',
  verification: 'path-token',
  map: (body) => mapGroup(body, 'alertmanager', () => ({})),
};

export const grafanaPreset: SourcePreset = {
  id: 'grafana',
  name: 'Grafana Alerting',
  description: 'Grafana webhook contact point: one event `grafana.alert` per alert, data.status firing/resolved, fingerprint, dashboard and panel links kept. Authenticated by the token in the hook URL.',
  verification: 'path-token',
  map: (body) =>
    mapGroup(body, 'grafana', (alert) => ({
      valueString: alert.valueString, values: alert.values, dashboardURL: alert.dashboardURL, panelURL: alert.panelURL, silenceURL: alert.silenceURL,
    })),
};
