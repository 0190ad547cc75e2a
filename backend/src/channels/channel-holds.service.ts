import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { releaseHeldDeliveries } from '@signalbox/temporal';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { TEMPORAL_CLIENT } from '../temporal-client/temporal.tokens.js';

/** Held deliveries per channel (a paused channel holds its sends, bounded by the worker's hold timeout). */
@Injectable()
export class ChannelHoldsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  /** Adds `heldCount` to channel views, one query for any number of channels. */
  async withHeldCounts<T extends { id: string }>(tenantId: string, channels: T[]): Promise<Array<T & { heldCount: number }>> {
    const rows = (await this.db.query(
      `SELECT channel_id, count(*)::int AS n FROM deliveries WHERE tenant_id = $1 AND channel_id = ANY($2::uuid[]) AND status = 'held' GROUP BY channel_id`,
      [tenantId, channels.map((c) => c.id)],
    )) as Array<{ channel_id: string; n: number }>;
    const counts = new Map(rows.map((r) => [r.channel_id, r.n]));
    return channels.map((c) => ({ ...c, heldCount: counts.get(c.id) ?? 0 }));
  }

  async withHeldCount<T extends { id: string }>(tenantId: string, channel: T): Promise<T & { heldCount: number }> {
    return (await this.withHeldCounts(tenantId, [channel]))[0]!;
  }

  /** After a resume: wake every workflow holding a delivery for the channel, oldest event first (the worker paces them). */
  release(tenantId: string, channelId: string): Promise<number> {
    return releaseHeldDeliveries(this.db, this.client, tenantId, channelId);
  }
}
