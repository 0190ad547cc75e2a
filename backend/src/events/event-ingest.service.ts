import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RouteEventInput, SignalboxEvent } from '@signalbox/route-model';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { RouteTriggerIndex } from '../route-index/route-trigger.index.js';
import type { IngestResult, MatchedRoute } from './event-ingest.types.js';
import { resolveEvent } from './event-input.resolve.js';
import { EventsStore, type StoredEvent } from './events.store.js';
import { WorkflowStarter } from './workflow.starter.js';

export const startFailedMessage = (id: string) =>
  `Event "${id}" was recorded, but its routing workflow could not be started (Temporal is unavailable). ` +
  'Send the same request again: it is idempotent and will resume routing this event.';

/**
 * `POST /v1/events`: validate, match, record once, start the workflow. A repeat of an id answers with the
 * stored first result and re-issues the (idempotent) workflow start, so a crash between the INSERT and the
 * start never strands an accepted event.
 */
@Injectable()
export class EventIngestService {
  private readonly logger = new Logger('EventIngest');

  constructor(
    private readonly store: EventsStore,
    private readonly index: RouteTriggerIndex,
    private readonly starter: WorkflowStarter,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async ingest(tenantId: string, body: unknown, idempotencyKey?: string): Promise<{ result: IngestResult; replayed: boolean }> {
    const resolved = resolveEvent(body, { maxEventBytes: this.config.MAX_EVENT_BYTES, idempotencyKey });
    if (!resolved.ok) throw new ApiError(resolved.status, resolved.message, resolved.issues);
    const { event } = resolved;

    const matched = await this.index.match(tenantId, event);
    const receivedAt = new Date();
    const routeVersionIds = matched.map((route) => route.routeVersionId);
    const inserted = await this.store.insertNew(tenantId, [{ event, idempotencyKey: resolved.idempotencyKey, receivedAt, routeVersionIds }]);

    if (inserted.has(event.id)) {
      const matchedRoutes = matched.map(({ routeId, routeVersionId, version }) => ({ routeId, routeVersionId, version }));
      await this.route(tenantId, { event, receivedAt: receivedAt.toISOString(), routeVersionIds, status: 'accepted' });
      return { result: answer(event.id, routeVersionIds.length > 0, matchedRoutes), replayed: false };
    }

    const stored = (await this.store.findExisting(tenantId, [event.id])).get(event.id);
    if (!stored) throw new Error(`event ${event.id} conflicted on insert but cannot be read back`);
    await this.route(tenantId, stored);
    const matchedRoutes = await this.store.describeVersions(tenantId, stored.routeVersionIds);
    return { result: answer(event.id, stored.routeVersionIds.length > 0, matchedRoutes), replayed: true };
  }

  /** Ensures the workflow exists for a recorded event (no-op for unmatched ones). */
  private async route(tenantId: string, stored: StoredEvent): Promise<void> {
    if (stored.routeVersionIds.length === 0) return;
    try {
      await this.starter.ensureStarted(toWorkflowInput(tenantId, stored));
    } catch (error) {
      this.logger.warn(`workflow start failed for event ${stored.event.id}: ${(error as Error).message}`);
      throw new ApiError(503, startFailedMessage(stored.event.id));
    }
    if (stored.status === 'accepted') await this.store.markRouted(tenantId, [stored.event.id]);
  }
}

export const answer = (id: string, routed: boolean, matchedRoutes: MatchedRoute[]): IngestResult => ({
  id,
  status: routed ? 'routed' : 'unmatched',
  matchedRoutes,
});

export const toWorkflowInput = (tenantId: string, stored: { event: SignalboxEvent; receivedAt: string; routeVersionIds: string[] }): RouteEventInput => ({
  tenantId,
  event: stored.event,
  receivedAt: stored.receivedAt,
  routeVersionIds: stored.routeVersionIds,
});
