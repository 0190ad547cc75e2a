import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Route } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { RouteChangesNotifier } from '../route-index/route-changes.notifier.js';
import { UUID_PATTERN, type CreateRouteInput, type UpdateRouteInput } from './route.schemas.js';
import { findChannelIssues } from './route-channel-issues.query.js';
import { routeView } from './route.view.js';

interface RouteStatsRow {
  id: string;
  name: string;
  description: string;
  status: Route['status'];
  published_version: number | null;
  published_version_id: string | null;
  draft_graph: Route['draftGraph'];
  subscription_channel_id: string | null;
  created_at: Date;
  updated_at: Date;
  events_24h: string | null;
  delivered_24h: string | null;
  finished_24h: string | null;
}

/** Route drafts: create, read, edit, delete. Every query carries the tenant. */
@Injectable()
export class RoutesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifier: RouteChangesNotifier,
  ) {}

  async find(tenantId: string, id: string): Promise<Route> {
    const route = UUID_PATTERN.test(id) ? await this.db.getRepository(Route).findOneBy({ tenantId, id }) : null;
    if (!route || route.status === 'archived') throw ApiError.notFound('Route', id);
    return route;
  }

  /** One route as `GET /v1/routes/:id` shows it: the draft plus its live version's channel problems. */
  async detail(tenantId: string, id: string) {
    const route = await this.find(tenantId, id);
    const channelIssues = await findChannelIssues(this.db, tenantId, [route.id]);
    return { ...routeView(route), channelIssues: channelIssues.get(route.id) ?? [] };
  }

  async create(tenantId: string, input: CreateRouteInput) {
    const route = await this.db.getRepository(Route).save({ tenantId, name: input.name, description: input.description, status: 'draft', draftGraph: input.graph });
    return routeView(route);
  }

  async update(tenantId: string, id: string, input: UpdateRouteInput) {
    const route = await this.find(tenantId, id);
    if (input.name !== undefined) route.name = input.name;
    if (input.description !== undefined) route.description = input.description;
    if (input.graph !== undefined) route.draftGraph = input.graph;
    // Only the draft changes: the published version keeps routing until the next publish.
    return routeView(await this.db.getRepository(Route).save(route));
  }

  /**
   * A route that was ever published is archived, not deleted: events in flight and the event log still
   * reference its versions. A draft that never ran is deleted outright.
   */
  async remove(tenantId: string, id: string): Promise<void> {
    const route = await this.find(tenantId, id);
    if (route.publishedVersion === null) await this.db.getRepository(Route).delete({ tenantId, id: route.id });
    else await this.db.getRepository(Route).update({ tenantId, id: route.id }, { status: 'archived' });
    if (route.status === 'published') await this.notifier.routesChanged(tenantId);
  }

  /** Every route with its last-24h activity, from one aggregate query. */
  async list(tenantId: string) {
    const rows: RouteStatsRow[] = await this.db.query(
      `WITH matched AS (
         SELECT v.route_id, count(*) AS n
           FROM events e CROSS JOIN LATERAL unnest(e.route_version_ids) AS vid(id)
           JOIN route_versions v ON v.id = vid.id AND v.tenant_id = e.tenant_id
          WHERE e.tenant_id = $1 AND e.received_at > now() - interval '24 hours'
          GROUP BY v.route_id),
       sent AS (
         SELECT route_id, count(*) FILTER (WHERE status = 'delivered') AS delivered,
                count(*) FILTER (WHERE status IN ('delivered', 'failed')) AS finished
           FROM deliveries WHERE tenant_id = $1 AND created_at > now() - interval '24 hours'
          GROUP BY route_id)
       SELECT r.id, r.name, r.description, r.status, r.published_version, r.published_version_id, r.draft_graph, r.subscription_channel_id,
              r.created_at, r.updated_at, matched.n AS events_24h, sent.delivered AS delivered_24h, sent.finished AS finished_24h
         FROM routes r LEFT JOIN matched ON matched.route_id = r.id LEFT JOIN sent ON sent.route_id = r.id
        WHERE r.tenant_id = $1 AND r.status <> 'archived'
        ORDER BY r.updated_at DESC`,
      [tenantId],
    );
    const channelIssues = await findChannelIssues(this.db, tenantId);
    return {
      items: rows.map((row) => {
        const route = Object.assign(new Route(), {
          id: row.id, tenantId, name: row.name, description: row.description, status: row.status, publishedVersion: row.published_version,
          publishedVersionId: row.published_version_id, draftGraph: row.draft_graph, subscriptionChannelId: row.subscription_channel_id, createdAt: row.created_at, updatedAt: row.updated_at,
        });
        const finished = Number(row.finished_24h ?? 0);
        const { graph: _graph, ...summary } = routeView(route);
        return {
          ...summary,
          channelIssues: channelIssues.get(route.id) ?? [],
          nodeCount: route.draftGraph.nodes.length,
          eventsMatched24h: Number(row.events_24h ?? 0),
          deliverySuccessRate24h: finished ? Number(row.delivered_24h ?? 0) / finished : null,
        };
      }),
    };
  }
}
