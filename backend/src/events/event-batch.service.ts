import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { RouteTriggerIndex } from '../route-index/route-trigger.index.js';
import { EventDispatcher } from './event.dispatcher.js';
import { answer } from './event-ingest.service.js';
import type { BatchItemResult, BatchResult, MatchedRoute } from './event-ingest.types.js';
import { resolveEvent } from './event-input.resolve.js';
import { EventsStore, type NewEventRow, type StoredEvent } from './events.store.js';

/**
 * `POST /v1/events/batch`: each item succeeds or fails on its own. Valid items are recorded with one
 * multi-row INSERT, and the EventDispatcher starts their workflows; a bad item only rejects itself.
 */
@Injectable()
export class EventBatchService {
  constructor(
    private readonly store: EventsStore,
    private readonly index: RouteTriggerIndex,
    private readonly dispatcher: EventDispatcher,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async ingest(tenantId: string, items: unknown[]): Promise<BatchResult> {
    const results: BatchItemResult[] = new Array(items.length);
    const receivedAt = new Date();
    const fresh: Array<NewEventRow & { index: number; matchedRoutes: MatchedRoute[] }> = [];
    const repeats: Array<{ index: number; id: string }> = [];
    const seen = new Set<string>();

    for (const [index, raw] of items.entries()) {
      const resolved = resolveEvent(raw, { maxEventBytes: this.config.MAX_EVENT_BYTES, at: ['events', index], now: receivedAt });
      if (!resolved.ok) {
        const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
        results[index] = { index, result: 'rejected', ...(id ? { id } : {}), message: resolved.message, issues: resolved.issues };
        continue;
      }
      const { event } = resolved;
      // The same id twice in one batch: the later copy is a duplicate of the first, like a retried POST.
      if (seen.has(event.id)) {
        repeats.push({ index, id: event.id });
        continue;
      }
      seen.add(event.id);
      const matched = await this.index.match(tenantId, event);
      const matchedRoutes = matched.map(({ routeId, routeVersionId, version }) => ({ routeId, routeVersionId, version }));
      fresh.push({ index, event, idempotencyKey: null, receivedAt, routeVersionIds: matched.map((m) => m.routeVersionId), matchedRoutes });
    }

    const inserted = await this.store.insertNew(tenantId, fresh);
    const conflicted = fresh.filter((row) => !inserted.has(row.event.id));
    const existing = await this.store.findExisting(tenantId, [...conflicted.map((row) => row.event.id), ...repeats.map((r) => r.id)]);

    if (fresh.some((row) => inserted.has(row.event.id) && row.routeVersionIds.length > 0)) this.dispatcher.wake();

    const described = await this.describeRepeats(tenantId, existing);
    const settle = (index: number, id: string, fresh: boolean, matchedRoutes: MatchedRoute[], routed: boolean): BatchItemResult => ({
      index,
      result: fresh ? 'accepted' : 'duplicate',
      ...answer(id, routed, matchedRoutes),
    });
    for (const row of fresh) {
      const id = row.event.id;
      if (inserted.has(id)) results[row.index] = settle(row.index, id, true, row.matchedRoutes, row.routeVersionIds.length > 0);
      else results[row.index] = settle(row.index, id, false, described.get(id) ?? [], (existing.get(id)?.routeVersionIds.length ?? 0) > 0);
    }
    const freshById = new Map(fresh.map((row) => [row.event.id, row]));
    for (const { index, id } of repeats) {
      const first = freshById.get(id)!;
      const matchedRoutes = inserted.has(id) ? first.matchedRoutes : (described.get(id) ?? []);
      const routed = inserted.has(id) ? first.routeVersionIds.length > 0 : (existing.get(id)?.routeVersionIds.length ?? 0) > 0;
      results[index] = settle(index, id, false, matchedRoutes, routed);
    }
    return summarize(results);
  }

  private async describeRepeats(tenantId: string, existing: Map<string, StoredEvent>): Promise<Map<string, MatchedRoute[]>> {
    const versionIds = [...new Set([...existing.values()].flatMap((stored) => stored.routeVersionIds))];
    const all = new Map((await this.store.describeVersions(tenantId, versionIds)).map((m) => [m.routeVersionId, m]));
    return new Map([...existing].map(([id, stored]) => [id, stored.routeVersionIds.flatMap((v) => (all.has(v) ? [all.get(v)!] : []))]));
  }
}

function summarize(results: BatchItemResult[]): BatchResult {
  const count = (kind: BatchItemResult['result']) => results.filter((r) => r.result === kind).length;
  return { accepted: count('accepted'), duplicates: count('duplicate'), rejected: count('rejected'), results };
}
