import type { DataSource } from 'typeorm';

/** At most this many distinct types are listed; a tenant with more has bigger problems than a long picker. */
export const SEEN_TYPES_LIMIT = 300;
/** Counting stops here per type, so a type with millions of events costs no more than one with ten thousand. */
export const SEEN_COUNT_LIMIT = 10_000;

export interface SeenTypeRow {
  id: string;
  type: string;
  source: string;
  severity: string;
  subject: string | null;
  timestamp: Date;
  data: Record<string, unknown>;
  received_at: Date;
  count: number;
}

/**
 * The event types in a tenant's own traffic, each with its latest event and a capped count — read from `events`
 * rather than kept in a summary table, so ingest (the hot path) writes nothing extra. Every step walks the
 * `events_tenant_type_received (tenant_id, type, received_at DESC)` index: the recursive part is a loose index scan
 * (one probe per distinct type, not a scan of all events), the latest event is the first entry of its type, and
 * the count reads at most SEEN_COUNT_LIMIT index entries per type.
 */
export const SEEN_TYPES_SQL = `
WITH RECURSIVE seen(type, depth) AS (
  (SELECT type, 1 FROM events WHERE tenant_id = $1 ORDER BY type LIMIT 1)
  UNION ALL
  SELECT (SELECT e.type FROM events e WHERE e.tenant_id = $1 AND e.type > seen.type ORDER BY e.type LIMIT 1), depth + 1
  FROM seen WHERE seen.type IS NOT NULL AND depth < $2
)
SELECT latest.*, counted.n AS count
FROM seen
CROSS JOIN LATERAL (
  SELECT e.id, e.type, e.source, e.severity, e.subject, e."timestamp", e.data, e.received_at
  FROM events e WHERE e.tenant_id = $1 AND e.type = seen.type ORDER BY e.received_at DESC LIMIT 1
) latest
CROSS JOIN LATERAL (
  SELECT count(*)::int AS n FROM (SELECT 1 FROM events e WHERE e.tenant_id = $1 AND e.type = seen.type LIMIT $3) capped
) counted
WHERE seen.type IS NOT NULL
ORDER BY latest.received_at DESC`;

export function querySeenTypes(db: DataSource, tenantId: string): Promise<SeenTypeRow[]> {
  return db.query(SEEN_TYPES_SQL, [tenantId, SEEN_TYPES_LIMIT, SEEN_COUNT_LIMIT]);
}
