import type { DataSource } from 'typeorm';

/** A live route's send whose channel cannot deliver: what the routes list and the editor flag on load. */
export interface ChannelIssue {
  nodeId: string;
  channelId: string;
  channelName: string | null;
  problem: 'missing' | 'paused' | 'disabled';
  message: string;
}

interface Row { route_id: string; node_id: string; channel_id: string; channel_name: string | null; problem: ChannelIssue['problem'] }

const MESSAGES: Record<ChannelIssue['problem'], (name: string) => string> = {
  missing: () => 'sends to a channel that no longer exists: events fail at this step',
  paused: (name) => `sends to "${name}", which is paused: deliveries wait until it is resumed`,
  disabled: (name) => `sends to "${name}", which is disabled: deliveries fail until it is re-enabled`,
};

/**
 * Channel problems of the PUBLISHED version of each live (published, enabled) route — the graph events
 * actually run — keyed by route id. "Disabled" is read through to_jsonb so this query keeps working whether
 * or not the channels table has the auto-disable column (`disabled_at`) yet.
 */
export async function findChannelIssues(db: DataSource, tenantId: string, routeIds?: string[]): Promise<Map<string, ChannelIssue[]>> {
  const rows: Row[] = await db.query(
    `SELECT r.id AS route_id, n ->> 'id' AS node_id, n -> 'config' ->> 'channelId' AS channel_id, c.name AS channel_name,
            CASE WHEN c.id IS NULL THEN 'missing' WHEN to_jsonb(c) ->> 'disabled_at' IS NOT NULL THEN 'disabled' ELSE 'paused' END AS problem
       FROM routes r
       JOIN route_versions v ON v.tenant_id = r.tenant_id AND v.id = r.published_version_id
       CROSS JOIN LATERAL jsonb_array_elements(v.graph -> 'nodes') AS n
       LEFT JOIN channels c ON c.tenant_id = r.tenant_id AND c.id::text = n -> 'config' ->> 'channelId'
      WHERE r.tenant_id = $1 AND r.status = 'published' AND n ->> 'type' = 'send'
        AND ($2::uuid[] IS NULL OR r.id = ANY($2::uuid[]))
        AND (c.id IS NULL OR c.paused OR to_jsonb(c) ->> 'disabled_at' IS NOT NULL)
      ORDER BY r.id, n ->> 'id'`,
    [tenantId, routeIds ?? null],
  );
  const byRoute = new Map<string, ChannelIssue[]>();
  for (const row of rows) {
    const issue: ChannelIssue = {
      nodeId: row.node_id, channelId: row.channel_id, channelName: row.channel_name, problem: row.problem,
      message: MESSAGES[row.problem](row.channel_name ?? row.channel_id),
    };
    byRoute.set(row.route_id, [...(byRoute.get(row.route_id) ?? []), issue]);
  }
  return byRoute;
}
