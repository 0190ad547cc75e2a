import { routeGraphSchema, type RouteGraph } from '@signalbox/route-model';
import { ApplicationFailure } from '@temporalio/activity';
import type { DataSource } from 'typeorm';

export interface CachedVersion {
  tenantId: string;
  routeId: string;
  graph: RouteGraph;
}

/**
 * Route versions are immutable, so a graph loaded once is good for the worker's lifetime. Bounded so a
 * tenant publishing thousands of versions cannot grow the worker without limit (oldest evicted first).
 */
export class GraphCache {
  private readonly versions = new Map<string, CachedVersion>();

  constructor(private readonly dataSource: DataSource, private readonly maxEntries = 5_000) {}

  async get(tenantId: string, routeVersionId: string): Promise<CachedVersion> {
    const cached = this.versions.get(routeVersionId);
    // The tenant check keeps the cache from becoming a way around tenant scoping.
    if (cached) {
      if (cached.tenantId !== tenantId) throw notFound(routeVersionId);
      return cached;
    }
    const rows: Array<{ route_id: string; graph: unknown }> = await this.dataSource.query(
      'SELECT route_id, graph FROM route_versions WHERE tenant_id = $1 AND id = $2',
      [tenantId, routeVersionId],
    );
    const row = rows[0];
    if (!row) throw notFound(routeVersionId);
    // Parsing applies schema defaults (throttle key, limit, template fields) the editor may have omitted.
    const parsed = routeGraphSchema.safeParse(row.graph);
    if (!parsed.success) {
      throw ApplicationFailure.nonRetryable(`route version ${routeVersionId} has an invalid graph: ${parsed.error.message}`, 'InvalidGraph');
    }
    const version = { tenantId, routeId: row.route_id, graph: parsed.data };
    if (this.versions.size >= this.maxEntries) this.versions.delete(this.versions.keys().next().value!);
    this.versions.set(routeVersionId, version);
    return version;
  }
}

const notFound = (id: string) => ApplicationFailure.nonRetryable(`route version ${id} not found`, 'RouteVersionNotFound');
