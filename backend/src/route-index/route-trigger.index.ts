import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findTrigger, matchesTrigger, type RouteGraph, type SignalboxEvent, type TriggerConfig } from '@signalbox/route-model';

/** A published route version an event can match. */
export interface IndexedRoute {
  routeId: string;
  routeName: string;
  routeVersionId: string;
  version: number;
  trigger: TriggerConfig;
}

interface TenantEntry {
  routes: IndexedRoute[];
  loadedAt: number;
}

/** Safety net behind LISTEN/NOTIFY: even a missed notification is healed within this long. */
export const ROUTE_INDEX_TTL_MS = 30_000;

/**
 * Per-tenant in-memory list of published route versions and their triggers, on the ingest hot path.
 * Loaded lazily, dropped on publish/disable/delete (here and, via NOTIFY, on every other replica).
 */
@Injectable()
export class RouteTriggerIndex {
  private readonly tenants = new Map<string, TenantEntry>();
  private readonly loading = new Map<string, Promise<IndexedRoute[]>>();
  /** Bumped by every invalidation, so a load that raced with one is not cached. */
  private generation = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Matched routes in a stable order (route id), so repeats of an event give identical answers. */
  async match(tenantId: string, event: Pick<SignalboxEvent, 'type' | 'source'>): Promise<IndexedRoute[]> {
    const routes = await this.routesFor(tenantId);
    return routes.filter((route) => matchesTrigger(route.trigger, event));
  }

  async routesFor(tenantId: string): Promise<IndexedRoute[]> {
    const entry = this.tenants.get(tenantId);
    if (entry && Date.now() - entry.loadedAt < ROUTE_INDEX_TTL_MS) return entry.routes;
    let pending = this.loading.get(tenantId);
    if (!pending) {
      pending = this.load(tenantId).finally(() => this.loading.delete(tenantId));
      this.loading.set(tenantId, pending);
    }
    return pending;
  }

  invalidate(tenantId: string): void {
    this.generation++;
    this.tenants.delete(tenantId);
    this.loading.delete(tenantId);
  }

  invalidateAll(): void {
    this.generation++;
    this.tenants.clear();
    this.loading.clear();
  }

  private async load(tenantId: string): Promise<IndexedRoute[]> {
    const generation = this.generation;
    const rows: Array<{ route_id: string; name: string; version_id: string; version: number; graph: RouteGraph }> = await this.dataSource.query(
      `SELECT r.id AS route_id, r.name, v.id AS version_id, v.version, v.graph
         FROM routes r JOIN route_versions v ON v.id = r.published_version_id AND v.tenant_id = r.tenant_id
        WHERE r.tenant_id = $1 AND r.status = 'published'
        ORDER BY r.id`,
      [tenantId],
    );
    const routes = rows.flatMap((row) => {
      const trigger = findTrigger(row.graph);
      return trigger
        ? [{ routeId: row.route_id, routeName: row.name, routeVersionId: row.version_id, version: row.version, trigger: trigger.config }]
        : [];
    });
    if (generation === this.generation) this.tenants.set(tenantId, { routes, loadedAt: Date.now() });
    return routes;
  }
}
