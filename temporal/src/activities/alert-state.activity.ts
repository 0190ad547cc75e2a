import { alertFingerprint, alertRuleFor, durationText, type AlertContext, type SignalboxEvent } from '@signalbox/route-model';
import type { DataSource } from 'typeorm';
import { returned } from './channel.disable.js';

export interface AlertStateInput {
  tenantId: string;
  event: SignalboxEvent;
}

interface AlertRow {
  id: string;
  fingerprint: string;
  status: 'open' | 'resolved';
  opened_at: Date;
  resolved_at: Date | null;
  count: number;
}

const RETURNING = 'RETURNING id, fingerprint, status, opened_at, resolved_at, count';

/**
 * Opens, repeats or closes the event's alert in Postgres, in single atomic statements, so any number of
 * workers agree without in-process state: the partial unique index (one open alert per fingerprint) makes
 * concurrent problems meet in ON CONFLICT, and only one recovery's UPDATE finds the open row.
 * Idempotent for a retried activity: a repeated problem is not counted twice, a repeated recovery finds the
 * alert it closed. Returns null for events outside the catalogue's problem / recovery pairs.
 */
export function createUpdateAlertState(dataSource: DataSource) {
  return async function updateAlertState(input: AlertStateInput): Promise<AlertContext | null> {
    const { tenantId, event } = input;
    const match = alertRuleFor(event);
    if (!match) return null;
    const fingerprint = alertFingerprint(event, match.rule);
    const at = new Date(event.timestamp);
    if (match.kind === 'problem') {
      // 1. The open alert for this fingerprint, created or joined (concurrent problems meet in ON CONFLICT).
      const [opened] = (await dataSource.query(
        `INSERT INTO alerts (tenant_id, fingerprint, status, type, source, severity, subject, opened_at,
                             problem_event_id, last_event_id, last_event_at, count)
         VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8, $8, $7, 0)
         ON CONFLICT (tenant_id, fingerprint) WHERE status = 'open' DO UPDATE SET
           -- Problems racing on several workers may commit out of order: the alert opened with the earliest.
           opened_at = LEAST(alerts.opened_at, EXCLUDED.opened_at),
           last_event_id = EXCLUDED.last_event_id, last_event_at = GREATEST(alerts.last_event_at, EXCLUDED.last_event_at),
           severity = EXCLUDED.severity, updated_at = now()
         RETURNING id`,
        [tenantId, fingerprint, event.type, event.source, event.severity, event.subject ?? null, at, event.id],
      )) as Array<{ id: string }>;
      // 2. Counted once per event: a retried activity or a replayed event finds its row in alert_events.
      //    A recovery processed before this problem (recovered at or after it) closes the alert in the same statement.
      const [row] = returned<AlertRow>(await dataSource.query(
        `WITH counted AS (INSERT INTO alert_events (tenant_id, alert_id, event_id) VALUES ($3, $1, $2) ON CONFLICT DO NOTHING RETURNING 1),
         early AS (
           DELETE FROM alert_early_recoveries WHERE (tenant_id, fingerprint, recovery_event_id) IN (
             SELECT tenant_id, fingerprint, recovery_event_id FROM alert_early_recoveries
              WHERE tenant_id = $3 AND fingerprint = $4 AND recovered_at >= $5
                AND EXISTS (SELECT 1 FROM alerts WHERE id = $1 AND status = 'open')
              ORDER BY recovered_at LIMIT 1)
           RETURNING recovery_event_id, recovered_at)
         UPDATE alerts SET count = count + (SELECT count(*) FROM counted)::int,
                status = CASE WHEN EXISTS (SELECT 1 FROM early) THEN 'resolved' ELSE status END,
                resolved_at = COALESCE((SELECT GREATEST(recovered_at, alerts.opened_at) FROM early), resolved_at),
                recovery_event_id = COALESCE((SELECT recovery_event_id FROM early), recovery_event_id),
                last_event_at = GREATEST(last_event_at, (SELECT recovered_at FROM early))
          WHERE id = $1
         ${RETURNING}`,
        [opened!.id, event.id, tenantId, fingerprint, at],
      ));
      return context('problem', row!);
    }
    const [row] = returned<AlertRow>(await dataSource.query(
      `UPDATE alerts SET status = 'resolved', resolved_at = GREATEST($3::timestamptz, opened_at), recovery_event_id = $4,
              last_event_id = $4, last_event_at = GREATEST(last_event_at, $3::timestamptz), updated_at = now()
        WHERE tenant_id = $1 AND fingerprint = $2 AND status = 'open'
       ${RETURNING}`,
      [tenantId, fingerprint, at, event.id],
    ));
    if (row) return context('recovery', row);
    // A retried activity whose first try committed: the alert this recovery already closed.
    const [again] = (await dataSource.query(
      `SELECT id, fingerprint, status, opened_at, resolved_at, count FROM alerts WHERE tenant_id = $1 AND recovery_event_id = $2 LIMIT 1`,
      [tenantId, event.id],
    )) as AlertRow[];
    if (again) return context('recovery', again);
    const late = await keepEarlyRecovery(dataSource, tenantId, fingerprint, event.id, at);
    // No open alert (its problem was never seen, or another recovery closed it): still a recovery, no duration.
    return late ? context('recovery', late) : { kind: 'recovery', status: 'resolved', fingerprint, resolvedAt: at.toISOString(), count: 0 };
  };
}

/**
 * A recovery that found no open alert is kept, so that its problem, if it is processed later (another worker, a
 * retry, a backlog), opens its alert already resolved. A problem that committed between the caller's UPDATE and
 * this insert did not see the row: the second statement closes that alert, and consumes the row when it does.
 */
async function keepEarlyRecovery(dataSource: DataSource, tenantId: string, fingerprint: string, eventId: string, at: Date): Promise<AlertRow | undefined> {
  await dataSource.query(
    `INSERT INTO alert_early_recoveries (tenant_id, fingerprint, recovery_event_id, recovered_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [tenantId, fingerprint, eventId, at],
  );
  const [late] = (await dataSource.query(
    `WITH closed AS (
       UPDATE alerts SET status = 'resolved', resolved_at = GREATEST($4::timestamptz, opened_at), recovery_event_id = $3,
              last_event_id = $3, last_event_at = GREATEST(last_event_at, $4::timestamptz), updated_at = now()
        WHERE tenant_id = $1 AND fingerprint = $2 AND status = 'open' AND opened_at <= $4::timestamptz
       ${RETURNING}),
     consumed AS (DELETE FROM alert_early_recoveries WHERE tenant_id = $1 AND fingerprint = $2 AND recovery_event_id = $3 AND EXISTS (SELECT 1 FROM closed))
     SELECT * FROM closed`,
    [tenantId, fingerprint, eventId, at],
  )) as AlertRow[];
  return late;
}

function context(kind: AlertContext['kind'], row: AlertRow): AlertContext {
  const openedAt = new Date(row.opened_at);
  const resolvedAt = row.resolved_at ? new Date(row.resolved_at) : undefined;
  const durationMs = resolvedAt ? resolvedAt.getTime() - openedAt.getTime() : undefined;
  return {
    kind, status: row.status, fingerprint: row.fingerprint, id: row.id, count: Number(row.count),
    openedAt: openedAt.toISOString(),
    ...(resolvedAt && durationMs !== undefined ? { resolvedAt: resolvedAt.toISOString(), durationMs, durationText: durationText(durationMs) } : {}),
  };
}
