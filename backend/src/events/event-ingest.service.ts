import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { RouteTriggerIndex } from '../route-index/route-trigger.index.js';
import { EventDispatcher } from './event.dispatcher.js';
import type { IngestResult, MatchedRoute } from './event-ingest.types.js';
import { resolveEvent } from './event-input.resolve.js';
import { EventsStore } from './events.store.js';

/**
 * `POST /v1/events`: validate, match, record once, answer. The committed row is the promise: the
 * EventDispatcher starts its workflow right after (and again after any failure), so the request never waits
 * on Temporal and an accepted event survives a Temporal outage. A repeat of an id answers the stored first
 * result.
 */
@Injectable()
export class EventIngestService {
  constructor(
    private readonly store: EventsStore,
    private readonly index: RouteTriggerIndex,
    private readonly dispatcher: EventDispatcher,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async ingest(tenantId: string, body: unknown, idempotencyKey?: string): Promise<{ result: IngestResult; replayed: boolean }> {
    const resolved = resolveEvent(body, { maxEventBytes: this.config.MAX_EVENT_BYTES, idempotencyKey });
    if (!resolved.ok) throw new ApiError(resolved.status, resolved.message, resolved.issues);
    const { event } = resolved;

    const matched = await this.index.match(tenantId, event);
    const routeVersionIds = matched.map((route) => route.routeVersionId);
    const inserted = await this.store.insertNew(tenantId, [{ event, idempotencyKey: resolved.idempotencyKey, receivedAt: new Date(), routeVersionIds }]);

    if (inserted.has(event.id)) {
      if (routeVersionIds.length > 0) this.dispatcher.wake();
      const matchedRoutes = matched.map(({ routeId, routeVersionId, version }) => ({ routeId, routeVersionId, version }));
      return { result: answer(event.id, routeVersionIds.length > 0, matchedRoutes), replayed: false };
    }

    const stored = (await this.store.findExisting(tenantId, [event.id])).get(event.id);
    if (!stored) throw new Error(`event ${event.id} conflicted on insert but cannot be read back`);
    const matchedRoutes = await this.store.describeVersions(tenantId, stored.routeVersionIds);
    return { result: answer(event.id, stored.routeVersionIds.length > 0, matchedRoutes), replayed: true };
  }
}

export const answer = (id: string, routed: boolean, matchedRoutes: MatchedRoute[]): IngestResult => ({
  id,
  status: routed ? 'routed' : 'unmatched',
  matchedRoutes,
});
