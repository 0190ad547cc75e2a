/**
 * The ONE definition of an event's outcome, as SQL so the feed can filter and page on it in the database.
 * Both `GET /v1/events` and `GET /v1/events/:id` select it; nothing else derives an outcome.
 *
 * Facts per event (`e` = the events row), all read through the (tenant_id, event_id, …) unique indexes:
 * - expected: nodes in the matched route versions' graphs. The worker records one node outcome per node
 *   (a send's only when its delivery settles), so fewer recorded than expected = still walking/sending.
 * - per send node, its deliveries including manual resends (`<node>#resend-…`): delivered if any attempt
 *   series delivered; so a failed send that a resend delivered no longer counts as failed.
 * - failed: a node recorded `failed` (template/throttle error, a send that could not start) or a send whose
 *   deliveries failed and none delivered (this also covers a send the worker recorded as `skipped` with a
 *   failed delivery row, e.g. to a paused channel). Counted twice for one send at worst: only `> 0` matters.
 *
 * Precedence (first that holds):
 *   unmatched           no published route matched at ingest
 *   held                a delivery waits for a paused channel
 *   in_progress         not dispatched yet, a delivery pending/retrying, or nodes not yet recorded
 *   partially_delivered something was delivered and something failed
 *   delivered           something was delivered, nothing failed
 *   failed              something failed (a send, or a template/throttle error), nothing delivered
 *   silenced            nothing sent because a silence or mute timing stopped a send (delivery `silenced`/`muted`),
 *                       or a silence kept the event out of its group (the group node recorded `silenced`)
 *   grouped             nothing sent for this event itself: a group node took it (its group's notifications
 *                       send; their deliveries hang off the group's first event, which then reads delivered)
 *   throttled           nothing sent because a throttle stopped it
 *   filtered            nothing sent otherwise (a filter failed, or no send was reachable)
 */
export const EVENT_OUTCOMES = [
  'unmatched', 'filtered', 'throttled', 'held', 'in_progress', 'delivered', 'partially_delivered', 'failed', 'silenced', 'grouped',
] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

/** A SQL expression for the outcome of the events row aliased `e`. */
export const eventOutcomeSql = (e = 'e') => `(
  SELECT CASE
    WHEN ${e}.status = 'unmatched' THEN 'unmatched'
    WHEN f.held > 0 THEN 'held'
    WHEN ${e}.status = 'accepted' OR f.active > 0 OR f.recorded < f.expected THEN 'in_progress'
    WHEN f.delivered > 0 AND f.failed > 0 THEN 'partially_delivered'
    WHEN f.delivered > 0 THEN 'delivered'
    WHEN f.failed > 0 THEN 'failed'
    WHEN f.silenced > 0 THEN 'silenced'
    WHEN f.grouped > 0 THEN 'grouped'
    WHEN f.throttled > 0 THEN 'throttled'
    ELSE 'filtered'
  END
  FROM (SELECT
    (SELECT coalesce(sum(jsonb_array_length(v.graph -> 'nodes')), 0) FROM route_versions v
      WHERE v.tenant_id = ${e}.tenant_id AND v.id = ANY(${e}.route_version_ids)) AS expected,
    o.recorded, o.throttled, o.grouped, o.failed + d.failed AS failed, d.delivered, d.active, d.held, o.silenced + d.silenced AS silenced
    FROM (SELECT count(*) AS recorded,
                 count(*) FILTER (WHERE outcome = 'throttled') AS throttled,
                 count(*) FILTER (WHERE outcome = 'grouped') AS grouped,
                 count(*) FILTER (WHERE outcome = 'silenced' AND node_type = 'group') AS silenced,
                 count(*) FILTER (WHERE outcome = 'failed' AND NOT EXISTS (
                   SELECT 1 FROM deliveries r WHERE r.tenant_id = n.tenant_id AND r.event_id = n.event_id
                      AND r.route_version_id = n.route_version_id AND split_part(r.node_id, '#', 1) = n.node_id AND r.status = 'delivered')) AS failed
            FROM node_outcomes n WHERE n.tenant_id = ${e}.tenant_id AND n.event_id = ${e}.id AND position('#' in n.node_id) = 0) o,
         (SELECT count(*) FILTER (WHERE delivered) AS delivered,
                 count(*) FILTER (WHERE failed AND NOT delivered) AS failed,
                 coalesce(sum(active), 0) AS active, coalesce(sum(held), 0) AS held,
                 count(*) FILTER (WHERE suppressed AND NOT delivered) AS silenced
            FROM (SELECT bool_or(status = 'delivered') AS delivered, bool_or(status = 'failed') AS failed,
                         bool_or(status IN ('silenced', 'muted')) AS suppressed,
                         count(*) FILTER (WHERE status IN ('pending', 'retrying')) AS active, count(*) FILTER (WHERE status = 'held') AS held
                    FROM deliveries WHERE tenant_id = ${e}.tenant_id AND event_id = ${e}.id
                   GROUP BY route_version_id, split_part(node_id, '#', 1)) per_send) d
  ) f
)`;

/**
 * Conditions every event with this outcome meets, cheap to check through the partial indexes
 * (node_outcomes_tenant_stopped, deliveries_tenant_unsent): they narrow the rows whose outcome must be
 * computed. Necessary, not sufficient — the outcome itself still decides.
 */
export function outcomePrefilter(outcome: EventOutcome, tenantParam: string, e = 'e'): string[] {
  // Uncorrelated sets, so the planner can read each partial index once and hash-join it.
  const stopped = (what: string) => `SELECT s.event_id FROM node_outcomes s WHERE s.tenant_id = ${tenantParam} AND s.outcome IN (${what})`;
  const unsent = (what: string) => `SELECT s.event_id FROM deliveries s WHERE s.tenant_id = ${tenantParam} AND s.status IN (${what})`;
  switch (outcome) {
    case 'unmatched': return [`${e}.status = 'unmatched'`];
    case 'throttled': return [`${e}.id IN (${stopped(`'throttled'`)})`];
    // Not in the partial index (no migration for it yet): correct, read through the (tenant_id, event_id, …) index.
    case 'grouped': return [`${e}.id IN (${stopped(`'grouped'`)})`];
    case 'held': return [`${e}.id IN (${unsent(`'held'`)})`];
    // A silenced send is a delivery row; a silenced event kept out of its group is only the group node's outcome.
    case 'silenced': return [`${e}.id IN (${unsent(`'silenced', 'muted'`)} UNION ALL ${stopped(`'silenced'`)})`];
    case 'failed':
    case 'partially_delivered': return [`${e}.id IN (${stopped(`'failed'`)} UNION ALL ${unsent(`'failed'`)})`];
    default: return [`${e}.status <> 'unmatched'`];
  }
}
