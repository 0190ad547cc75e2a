import type { DataSource } from 'typeorm';

/**
 * channel id → plugin id, for metric labels. A channel keeps its plugin for life, so one primary-key
 * read per channel per worker is all it costs; unknown channels are labelled "unknown".
 */
export class ChannelTypeCache {
  private readonly known = new Map<string, Promise<string>>();

  constructor(private readonly dataSource: DataSource) {}

  typeOf(tenantId: string, channelId: string): Promise<string> {
    let type = this.known.get(channelId);
    if (!type) {
      type = this.dataSource
        .query('SELECT plugin_id FROM channels WHERE tenant_id = $1 AND id = $2', [tenantId, channelId])
        .then((rows: Array<{ plugin_id: string }>) => rows[0]?.plugin_id ?? 'unknown', () => 'unknown');
      // Only a found channel is remembered: a lookup that failed (Postgres restarting) is tried again.
      void type.then((t) => t === 'unknown' && this.known.delete(channelId));
      this.known.set(channelId, type);
    }
    return type;
  }
}
