import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventTypeDescription } from '@signalbox/db';
import { EVENT_TYPE_PATTERN, eventCatalogue, fieldPaths, type CatalogueEntry, type Severity } from '@signalbox/route-model';
import { ApiError } from '../common/api-error.js';
import { querySeenTypes, SEEN_COUNT_LIMIT, type SeenTypeRow } from './seen-types.query.js';

/** A catalogue entry as eventTypeSchema answers it: where it comes from and, for a seen type, when and how often. */
type EventTypeItem = CatalogueEntry & { source: 'built-in' | 'seen'; adminDescription?: string; lastSeenAt?: string; count?: number; countLimit?: number };

function seenItem(row: SeenTypeRow): EventTypeItem {
  const severity = row.severity as Severity; // stored only after the event schema accepted it
  const sample = {
    id: row.id, type: row.type, source: row.source, severity, timestamp: new Date(row.timestamp).toISOString(),
    ...(row.subject ? { subject: row.subject } : {}), data: row.data,
  };
  return {
    source: 'seen', system: row.source, type: row.type, description: '', sample, severities: [severity], variants: [],
    fields: fieldPaths(row.data), lastSeenAt: new Date(row.received_at).toISOString(), count: row.count, countLimit: SEEN_COUNT_LIMIT,
  };
}

/** The catalogue as one tenant sees it: the built-in types, the types of its own traffic, and its admins' notes. */
@Injectable()
export class EventTypesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(tenantId: string): Promise<{ items: EventTypeItem[] }> {
    const [seen, notes] = await Promise.all([
      querySeenTypes(this.db, tenantId),
      this.db.getRepository(EventTypeDescription).find({ where: { tenantId } }),
    ]);
    const noteByType = new Map(notes.map((note) => [note.type, note.description]));
    const builtIn = eventCatalogue().map((entry): EventTypeItem => ({ source: 'built-in', ...entry }));
    const items = [...builtIn, ...seen.map(seenItem)].map((item) => {
      const note = noteByType.get(item.type);
      return note ? { ...item, adminDescription: note } : item;
    });
    return { items };
  }

  /** An empty description removes the note. Any well-formed type may be described, even before it is seen. */
  async describe(tenantId: string, type: string, description: string): Promise<{ type: string; description: string }> {
    if (!EVENT_TYPE_PATTERN.test(type)) {
      throw ApiError.badRequest('Invalid event type', [{ path: 'type', message: 'must be 1-200 characters of letters, digits, "_", ".", ":" or "-"' }]);
    }
    const repository = this.db.getRepository(EventTypeDescription);
    if (description === '') await repository.delete({ tenantId, type });
    else await repository.upsert({ tenantId, type, description }, ['tenantId', 'type']);
    return { type, description };
  }
}
