import { throttleDecision } from '@signalbox/route-model';
import type { DataSource } from 'typeorm';
import type { ThrottleDecision, ThrottleInput } from '../route-plan.types.js';

/**
 * rate_limit: at most `limit` allowed events per key in the window; dedupe: the first event per key in
 * the window passes (rate_limit with a limit of one, with its own wording).
 *
 * Correct across any number of workers: a transaction-scoped advisory lock on (tenant, scope, key)
 * serialises deciders for one key, and the decision is stored under a unique (tenant, scope, key, event),
 * so a retried activity (or a replayed workflow) gets the stored answer instead of counting itself twice.
 */
export function createCheckThrottle(dataSource: DataSource) {
  return async function checkThrottle(input: ThrottleInput): Promise<ThrottleDecision> {
    // Scope is route + node, not version: publishing a new version must not reset the limit.
    const scope = `${input.routeId}:${input.nodeId}`;
    const limit = input.mode === 'dedupe' ? 1 : input.limit;
    return dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [JSON.stringify([input.tenantId, scope, input.key])]);
      const keyParams = [input.tenantId, scope, input.key];
      const stored: Array<{ allowed: boolean }> = await tx.query(
        'SELECT allowed FROM throttle_hits WHERE tenant_id = $1 AND scope = $2 AND throttle_key = $3 AND event_id = $4',
        [...keyParams, input.eventId],
      );
      const previous = stored[0];
      if (previous) return decide(input, previous.allowed, limit);
      // Window measured from the event's receipt, not the wall clock, so the decision is reproducible;
      // hits "after" this one (a later event decided first) count too, which only ever errs on blocking.
      const counted: Array<{ n: number }> = await tx.query(
        `SELECT count(*)::int AS n FROM throttle_hits
         WHERE tenant_id = $1 AND scope = $2 AND throttle_key = $3 AND allowed
           AND seen_at > $4::timestamptz - make_interval(secs => $5)`,
        [...keyParams, input.receivedAt, input.windowSeconds],
      );
      const allowed = (counted[0]?.n ?? 0) < limit;
      await tx.query(
        `INSERT INTO throttle_hits (tenant_id, scope, throttle_key, event_id, seen_at, allowed)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, scope, throttle_key, event_id) DO NOTHING`,
        [...keyParams, input.eventId, input.receivedAt, allowed],
      );
      return decide(input, allowed, limit);
    });
  };
}

function decide(input: ThrottleInput, allowed: boolean, limit: number): ThrottleDecision {
  return throttleDecision({ mode: input.mode, key: input.key, limit, windowSeconds: input.windowSeconds }, allowed);
}
