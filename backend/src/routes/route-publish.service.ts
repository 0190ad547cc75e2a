import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Channel, Route, RouteVersion } from '@signalbox/db';
import { eventCatalogue, findTrigger, templateBudgetIssues, validateRouteGraph, type GraphIssue, type RouteGraph } from '@signalbox/route-model';
import { ApiError } from '../common/api-error.js';
import { RouteChangesNotifier } from '../route-index/route-changes.notifier.js';
import { routeView, versionView } from './route.view.js';
import { RouteScheduleService } from './route-schedule.service.js';
import { RoutesService } from './routes.service.js';

/** Publishing freezes the draft into an immutable RouteVersion; events in flight keep the version they matched. */
@Injectable()
export class RoutePublishService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly routes: RoutesService,
    private readonly notifier: RouteChangesNotifier,
    private readonly schedules: RouteScheduleService,
  ) {}

  async publish(tenantId: string, id: string, note: string | null = null) {
    const route = await this.routes.find(tenantId, id);
    const validation = validateRouteGraph(route.draftGraph);
    const issues: GraphIssue[] = validation.ok
      ? [...templateBudgetIssues(validation.graph, eventCatalogue().map((entry) => entry.sample)), ...(await this.missingChannels(tenantId, validation.graph))]
      : validation.issues;
    if (!validation.ok || issues.length > 0) {
      const names = [...new Set(issues.map((i) => i.nodeId).filter(Boolean))];
      const where = names.length ? ` (nodes: ${names.join(', ')})` : '';
      throw ApiError.badRequest(`Route cannot be published: ${issues.length} problem(s)${where} — ${issues[0]!.message}`, issues);
    }
    const graph = validation.graph;
    const published = await this.db.transaction(async (tx) => {
      // The row lock serialises concurrent publishes of one route, so version numbers never collide.
      const locked = await tx.getRepository(Route).findOne({ where: { tenantId, id: route.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw ApiError.notFound('Route', id);
      const [{ max }] = (await tx.query(`SELECT coalesce(max(version), 0) AS max FROM route_versions WHERE tenant_id = $1 AND route_id = $2`, [tenantId, route.id])) as [{ max: number }];
      const version = await tx.getRepository(RouteVersion).save({
        tenantId, routeId: route.id, version: Number(max) + 1, graph, triggerTypes: findTrigger(graph)?.config.eventTypes ?? [], note,
      });
      Object.assign(locked, { status: 'published', publishedVersion: version.version, publishedVersionId: version.id });
      return { route: await tx.getRepository(Route).save(locked), version };
    });
    await this.notifier.routesChanged(tenantId);
    await this.schedules.sync(tenantId, route.id);
    return { ...routeView(published.route), publishedAt: published.version.createdAt.toISOString() };
  }

  async disable(tenantId: string, id: string) {
    const route = await this.routes.find(tenantId, id);
    route.status = 'disabled';
    const saved = await this.db.getRepository(Route).save(route);
    await this.notifier.routesChanged(tenantId);
    await this.schedules.sync(tenantId, route.id);
    return routeView(saved);
  }

  async enable(tenantId: string, id: string) {
    const route = await this.routes.find(tenantId, id);
    if (!route.publishedVersion) throw ApiError.badRequest('Route was never published: publish it to make it live');
    route.status = 'published';
    const saved = await this.db.getRepository(Route).save(route);
    await this.notifier.routesChanged(tenantId);
    await this.schedules.sync(tenantId, route.id);
    return routeView(saved);
  }

  async versions(tenantId: string, id: string) {
    const route = await this.routes.find(tenantId, id);
    const versions = await this.db.getRepository(RouteVersion).find({ where: { tenantId, routeId: route.id }, order: { version: 'DESC' } });
    return { items: versions.map((v) => versionView(v, false)) };
  }

  async version(tenantId: string, id: string, version: number): Promise<RouteVersion> {
    const route = await this.routes.find(tenantId, id);
    const found = await this.db.getRepository(RouteVersion).findOneBy({ tenantId, routeId: route.id, version });
    if (!found) throw ApiError.notFound(`Version ${version} of route`, id);
    return found;
  }

  /** Copies a version's graph into the draft; what is live does not change until the next publish. */
  async restore(tenantId: string, id: string, version: number) {
    const source = await this.version(tenantId, id, version);
    const route = await this.routes.find(tenantId, id);
    route.draftGraph = source.graph;
    return routeView(await this.db.getRepository(Route).save(route));
  }

  /** Send nodes must point at a channel of this tenant; a typo would otherwise fail only at delivery time. */
  private async missingChannels(tenantId: string, graph: RouteGraph): Promise<GraphIssue[]> {
    const sends = graph.nodes.map((node, index) => ({ node, index })).filter(({ node }) => node.type === 'send');
    const ids = [...new Set(sends.map(({ node }) => (node.config as { channelId: string }).channelId))];
    const validIds = ids.filter((channelId) => /^[0-9a-f-]{36}$/i.test(channelId));
    const found = validIds.length ? await this.db.getRepository(Channel).find({ where: validIds.map((channelId) => ({ tenantId, id: channelId })), select: { id: true } }) : [];
    const known = new Set(found.map((c) => c.id));
    return sends
      .filter(({ node }) => !known.has((node.config as { channelId: string }).channelId))
      .map(({ node, index }) => ({
        nodeId: node.id,
        path: `nodes[${index}].config.channelId`,
        message: `send node "${node.id}" uses channel "${(node.config as { channelId: string }).channelId}", which does not exist`,
      }));
  }
}
