// What a silence held back, once it is over: Alertmanager notifies an alert that is still firing when its
// silence ends, so the send of each still-open alert that the silence suppressed goes out then, once.
import type { Message, SignalboxEvent } from '@signalbox/route-model';
import type { ResendDeliveryInput } from '../workflows/resend-delivery.workflow.js';
import type { DataSource } from 'typeorm';
import { activeSilence } from './silence.check.activity.js';

export interface SilenceRef {
  tenantId: string;
  silenceId: string;
}

/** A suppressed send to release: a resend of that delivery (its stored message, to the same channel). */
export type SilencedSend = Omit<ResendDeliveryInput, 'tenantId' | 'holdTimeoutMs'> & { deliveryId: string };

/** Node id of the released delivery: a resend (the log shows it as one) of the silenced send. */
export const releasedNodeId = (nodeId: string) => `${nodeId}#resend-after-silence`;

export function createSilenceRelease(dataSource: DataSource) {
  return {
    /** When the silence ends (its current end, read fresh: it may have been extended or expired), or null when it is gone. */
    async silenceEndsAt({ tenantId, silenceId }: SilenceRef): Promise<string | null> {
      const [row] = (await dataSource.query('SELECT ends_at FROM silences WHERE tenant_id = $1 AND id = $2', [tenantId, silenceId])) as Array<{ ends_at: Date }>;
      return row ? row.ends_at.toISOString() : null;
    },

    /**
     * The sends this silence suppressed whose alert is still open: the newest per alert, route and send node (a
     * flapping alert silenced twenty times is one notification, not twenty). A send that another silence matches
     * now is handed to that silence instead, so its end releases it.
     */
    async silencedToRelease({ tenantId, silenceId }: SilenceRef): Promise<SilencedSend[]> {
      const rows = (await dataSource.query(
        `SELECT DISTINCT ON (a.id, d.route_id, d.node_id)
                d.id, d.event_id, d.route_id, d.route_version_id, d.node_id, d.channel_id, d.message,
                e.type, e.source, e.severity, e.subject, e."timestamp", e.data
           FROM deliveries d
           JOIN alert_events ae ON ae.tenant_id = d.tenant_id AND ae.event_id = d.event_id
           JOIN alerts a ON a.id = ae.alert_id AND a.status = 'open'
           JOIN events e ON e.tenant_id = d.tenant_id AND e.id = d.event_id
          WHERE d.tenant_id = $1 AND d.silence_id = $2 AND d.status = 'silenced' AND d.message IS NOT NULL
          ORDER BY a.id, d.route_id, d.node_id, d.created_at DESC`,
        [tenantId, silenceId],
      )) as Array<SilencedRow>;
      const now = Date.now();
      const release: SilencedSend[] = [];
      for (const row of rows) {
        const still = await activeSilence(dataSource, tenantId, eventOf(row), now);
        if (still) {
          await dataSource.query('UPDATE deliveries SET silence_id = $3 WHERE tenant_id = $1 AND id = $2', [tenantId, row.id, still.id]);
          continue;
        }
        release.push({
          deliveryId: row.id, eventId: row.event_id, routeId: row.route_id, routeVersionId: row.route_version_id,
          nodeId: releasedNodeId(row.node_id), channelId: row.channel_id, message: row.message,
        });
      }
      return release;
    },
  };
}

interface SilencedRow {
  id: string;
  event_id: string;
  route_id: string;
  route_version_id: string;
  node_id: string;
  channel_id: string;
  message: Message;
  type: string;
  source: string;
  severity: SignalboxEvent['severity'];
  subject: string | null;
  timestamp: Date;
  data: Record<string, unknown>;
}

/** The event as silences match it (the fields their matchers name). */
const eventOf = (row: SilencedRow): SignalboxEvent => ({
  id: row.event_id, type: row.type, source: row.source, severity: row.severity, timestamp: row.timestamp.toISOString(), data: row.data,
  ...(row.subject ? { subject: row.subject } : {}),
}) as SignalboxEvent;
