import type { DataSource } from 'typeorm';

/** A live route that would lose its sends if the channel went away. */
export interface RouteUsingChannel {
  id: string;
  name: string;
}

/** Enabled published routes whose published version has a send node to this channel. */
export async function findLiveRoutesSendingTo(db: DataSource, tenantId: string, channelId: string): Promise<RouteUsingChannel[]> {
  return db.query(
    `SELECT r.id, r.name FROM routes r
       JOIN route_versions v ON v.tenant_id = r.tenant_id AND v.id = r.published_version_id
      WHERE r.tenant_id = $1 AND r.status = 'published'
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.graph -> 'nodes') AS n
                     WHERE n ->> 'type' = 'send' AND n -> 'config' ->> 'channelId' = $2)
      ORDER BY r.name, r.id`,
    [tenantId, channelId],
  );
}
