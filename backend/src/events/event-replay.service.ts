import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Operation } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { RouteTriggerIndex } from '../route-index/route-trigger.index.js';
import { EventDispatcher } from './event.dispatcher.js';
import { EventQueryService } from './event-query.service.js';
import type { ReplayFilter } from './event-replay.types.js';
import { EventsStore } from './events.store.js';
import { OperationStore } from './operation.store.js';

/**
 * Replay = a NEW event derived from the original, through the normal ingest path (outbox → dispatcher →
 * routeEvent), matched against the CURRENT published route versions. Its own id (`<original>~r<hash>`, a
 * `~` no client id can contain) gives it its own outcomes and deliveries, and `replay_of` links the two.
 * The id is derived from the operation, so running the same operation again inserts nothing new.
 */
@Injectable()
export class EventReplayService {
  constructor(
    private readonly store: EventsStore,
    private readonly index: RouteTriggerIndex,
    private readonly dispatcher: EventDispatcher,
    private readonly queries: EventQueryService,
    private readonly operations: OperationStore,
  ) {}

  replayOne(tenantId: string, eventId: string, idempotencyKey: string | undefined, actor: string) {
    return this.operations.run(tenantId, {
      kind: 'replay', idempotencyKey, actor, request: { eventId },
      selectTargets: async () => {
        if (!(await this.store.findExisting(tenantId, [eventId])).has(eventId)) throw ApiError.notFound('Event', eventId);
        return [eventId];
      },
      work: (op) => this.replay(tenantId, op),
    });
  }

  replayMany(tenantId: string, filter: ReplayFilter, idempotencyKey: string | undefined, actor: string) {
    return this.operations.run(tenantId, {
      kind: 'replay', idempotencyKey, actor, request: { filter },
      selectTargets: async () => (await this.queries.list(tenantId, { ...filter, cursor: undefined })).items.map((e) => e.id),
      work: (op) => this.replay(tenantId, op),
    });
  }

  private async replay(tenantId: string, op: Operation) {
    const stored = await this.store.findExisting(tenantId, op.targets);
    const receivedAt = new Date();
    const rows = [];
    for (const id of op.targets) {
      const original = stored.get(id);
      if (!original) continue;
      const replayId = `${id}~r${createHash('sha256').update(`${op.id}:${id}`).digest('hex').slice(0, 12)}`;
      const event = { ...original.event, id: replayId };
      const matched = await this.index.match(tenantId, event);
      rows.push({ event, idempotencyKey: null, receivedAt, routeVersionIds: matched.map((m) => m.routeVersionId), replayOf: id });
    }
    const inserted = await this.store.insertNew(tenantId, rows);
    if (rows.some((r) => inserted.has(r.event.id) && r.routeVersionIds.length > 0)) this.dispatcher.wake();
    return {
      replays: rows.map((r) => ({ eventId: r.replayOf, replayId: r.event.id, matchedRouteCount: r.routeVersionIds.length })),
      missing: op.targets.filter((id) => !stored.has(id)),
    };
  }
}
