import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource } from 'typeorm';
import { Route } from '@signalbox/db';
import { eventCatalogue, type Severity } from '@signalbox/route-model';
import { ChannelSecretsService } from '../channels/channel-secrets.service.js';
import { RoutePublishService } from '../routes/route-publish.service.js';
import { subscriptionGraph } from './subscription.graph.js';
import type { SaveSubscriptionsInput, Subscriptions } from './subscription.schemas.js';

/**
 * A channel's subscriptions are stored as one ordinary route per channel (marked with the channel's id), so
 * the engine, the editor, versions and the event log treat them like any other route.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly channels: ChannelSecretsService,
    private readonly publishing: RoutePublishService,
  ) {}

  async get(tenantId: string, channelId: string): Promise<Subscriptions> {
    const channel = await this.channels.find(tenantId, channelId);
    const route = await this.generatedRoute(tenantId, channel.id);
    const saved = route?.subscription ?? null;
    const ticked = new Set(saved?.eventTypes ?? []);
    const counts = await this.counts24h(tenantId);
    const groups = new Map<string, Subscriptions['groups'][number]>();
    for (const entry of eventCatalogue()) {
      const group = groups.get(entry.system) ?? { system: entry.system, types: [] };
      groups.set(entry.system, group);
      if (group.types.some((t) => t.type === entry.type)) continue; // one system may document a type twice (two samples)
      const byDefault = entry.subscribedByDefault === true;
      group.types.push({
        type: entry.type, description: entry.description, subscribedByDefault: byDefault,
        subscribed: saved ? ticked.has(entry.type) : byDefault, events24h: counts.get(entry.type) ?? 0,
      });
    }
    return {
      channelId: channel.id, channelName: channel.name, saved: saved !== null, minSeverity: (saved?.minSeverity ?? null) as Severity | null,
      routeId: route?.id ?? null, routeStatus: (route?.status ?? null) as Subscriptions['routeStatus'], groups: [...groups.values()],
    };
  }

  /** Writes the generated route's draft and publishes it, so events flow at once; nothing ticked disables it. */
  async save(tenantId: string, channelId: string, input: SaveSubscriptionsInput): Promise<Subscriptions> {
    const channel = await this.channels.find(tenantId, channelId);
    const subscription = { eventTypes: input.eventTypes, minSeverity: input.minSeverity ?? null };
    const repo = this.db.getRepository(Route);
    const existing = await this.generatedRoute(tenantId, channel.id);
    if (subscription.eventTypes.length === 0) {
      if (existing) {
        // The last graph stays as the draft (a trigger needs at least one type); the route just stops routing.
        await repo.update({ tenantId, id: existing.id }, { subscription });
        if (existing.status === 'published') await this.publishing.disable(tenantId, existing.id);
      }
      return this.get(tenantId, channel.id);
    }
    const fields = {
      name: `${channel.name} subscriptions`,
      description: `Generated from the subscriptions of channel "${channel.name}": edit them on the channel's Subscriptions page.`,
      draftGraph: subscriptionGraph(channel.id, subscription.eventTypes, subscription.minSeverity),
      subscription,
    };
    const route = existing
      ? await repo.save(Object.assign(existing, fields))
      : await repo.save({ tenantId, status: 'draft', subscriptionChannelId: channel.id, ...fields });
    await this.publishing.publish(tenantId, route.id, 'Saved from the channel\'s subscriptions');
    return this.get(tenantId, channel.id);
  }

  private generatedRoute(tenantId: string, channelId: string) {
    return this.db.getRepository(Route).findOneBy({ tenantId, subscriptionChannelId: channelId, status: Not('archived') });
  }

  /** Events per type over 24 h (events_tenant_type_received serves it). */
  private async counts24h(tenantId: string): Promise<Map<string, number>> {
    const rows: Array<{ type: string; n: string }> = await this.db.query(
      `SELECT type, count(*) AS n FROM events WHERE tenant_id = $1 AND received_at > now() - interval '24 hours' AND type = ANY($2) GROUP BY type`,
      [tenantId, [...new Set(eventCatalogue().map((entry) => entry.type))]],
    );
    return new Map(rows.map((row) => [row.type, Number(row.n)]));
  }
}
