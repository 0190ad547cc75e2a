import { eventOutcomeSql } from '@signalbox/db';
import { SUMMARY_EVENT_TYPE, type SummaryChannelCount, type SummaryCount } from '@signalbox/route-model';
import type { DataSource } from 'typeorm';

export interface SummaryWindow {
  tenantId: string;
  /** Inclusive start and exclusive end, ISO times, compared with each event's `received_at`. */
  from: string;
  to: string;
  /** The trigger's `sources` (same wildcards: "*", "nestai", "grafana.*"): only their events count; none = all. */
  sources?: string[];
}

export interface WindowCounts {
  total: number;
  byType: SummaryCount[];
  bySeverity: SummaryCount[];
  byOutcome: SummaryCount[];
  byChannel: SummaryChannelCount[];
  topSources: SummaryCount[];
}

const TOP = 10;
const counts = (rows: Array<{ key: string; count: number }>): SummaryCount[] => rows.map((row) => ({ key: row.key, count: Number(row.count) }));

/**
 * Counts of one tenant's window, read through the (tenant_id, received_at) index. Outcomes come from the
 * same SQL the events feed uses, so a summary says what the feed shows. Summaries do not count themselves.
 */
export async function windowCounts(db: DataSource, w: SummaryWindow): Promise<WindowCounts> {
  const sources = w.sources ?? [];
  const anySource = sources.length === 0 || sources.includes('*');
  const exact = sources.filter((s) => !s.endsWith('.*'));
  const prefixes = sources.filter((s) => s.endsWith('.*')).map((s) => `${s.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}_%`);
  const ofSources = (e: string) => (anySource ? 'true' : `(${e}.source = ANY($4::text[]) OR ${e}.source LIKE ANY($5::text[]))`);
  const inWindow = `FROM events e WHERE e.tenant_id = $1 AND e.received_at >= $2 AND e.received_at < $3 AND e.type <> '${SUMMARY_EVENT_TYPE}' AND ${ofSources('e')}`;
  const args = anySource ? [w.tenantId, w.from, w.to] : [w.tenantId, w.from, w.to, exact, prefixes];
  const grouped = (column: string, limit = 100) =>
    db.query(`SELECT ${column} AS key, count(*)::int AS count ${inWindow} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`, args) as Promise<Array<{ key: string; count: number }>>;
  const [byType, bySeverity, byOutcome, topSources, byChannel] = await Promise.all([
    grouped('e.type'),
    grouped('e.severity'),
    grouped(eventOutcomeSql('e')),
    grouped('e.source', TOP),
    db.query(
      `SELECT d.channel_id AS "channelId", coalesce(c.name, d.channel_id::text) AS key, count(*)::int AS count,
              count(*) FILTER (WHERE d.status = 'delivered')::int AS delivered, count(*) FILTER (WHERE d.status = 'failed')::int AS failed
         FROM deliveries d LEFT JOIN channels c ON c.tenant_id = d.tenant_id AND c.id = d.channel_id
        WHERE d.tenant_id = $1 AND d.created_at >= $2 AND d.created_at < $3
          ${anySource ? '' : `AND EXISTS (SELECT 1 FROM events se WHERE se.tenant_id = d.tenant_id AND se.id = d.event_id AND ${ofSources('se')})`}
        GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 100`,
      args,
    ) as Promise<SummaryChannelCount[]>,
  ]);
  return {
    total: bySeverity.reduce((sum, row) => sum + Number(row.count), 0),
    byType: counts(byType),
    bySeverity: counts(bySeverity),
    byOutcome: counts(byOutcome),
    byChannel,
    topSources: counts(topSources),
  };
}

/**
 * Alerts open right now, where this installation keeps alert state (an `alerts` table with a `status`
 * column); null otherwise, so a summary works the same with or without it.
 */
export async function openAlertCount(db: DataSource, tenantId: string): Promise<{ count: number } | null> {
  const [table] = (await db.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'alerts' AND column_name = 'status'`,
  )) as unknown[];
  if (!table) return null;
  try {
    const [row] = (await db.query(`SELECT count(*)::int AS count FROM alerts WHERE tenant_id = $1 AND status = 'open'`, [tenantId])) as Array<{ count: number }>;
    return { count: Number(row?.count ?? 0) };
  } catch {
    return null; // a different alerts schema: leave the figure out rather than fail the summary
  }
}
