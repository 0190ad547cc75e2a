import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';

export interface CheckResult {
  ok: boolean;
  error?: string;
  [detail: string]: unknown;
}

/** Readiness must answer fast even when a dependency hangs (half-open TCP, paused container). */
export const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * gRPC calls a check gave up on keep running: the Temporal client retries UNAVAILABLE with backoff until the
 * call's deadline, and a retry timer that fires after the connection was closed throws "Channel has been
 * shut down" as an uncaught exception. So every call is tracked, and shutdown waits for them to settle
 * (the deadline bounds that: one backoff step past it, at most 5 s plus jitter).
 */
const inFlight = new Set<Promise<void>>();
const SETTLE_LIMIT_MS = CHECK_TIMEOUT_MS + 7_000;

function tracked<T>(work: Promise<T>): Promise<T> {
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
  return work;
}

/** How many dependency calls a check started are still running. */
export const pendingChecks = (): number => inFlight.size;

/** Resolves when no check's call is running any more (bounded); call before closing the Temporal connection. */
export async function readinessChecksSettled(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_LIMIT_MS)));
  await Promise.race([Promise.all(inFlight), limit]).finally(() => clearTimeout(timer));
}

const failure = (error: unknown): CheckResult => ({ ok: false, error: error instanceof Error ? error.message : String(error) });

export async function checkPostgres(dataSource: DataSource | undefined): Promise<CheckResult> {
  if (!dataSource) return { ok: false, error: 'no database connection is configured' };
  try {
    if (!dataSource.isInitialized) return { ok: false, error: 'database connection not initialised' };
    await withTimeout(tracked(dataSource.query('SELECT 1')), 'Postgres');
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function checkTemporal(client: Client | undefined): Promise<CheckResult> {
  if (!client) return { ok: false, error: 'no Temporal client is configured' };
  try {
    const deadline = Date.now() + CHECK_TIMEOUT_MS;
    // The lazy connection dials on first use; the deadline bounds both the dial and the call.
    await withTimeout(
      tracked(client.connection.withDeadline(deadline, () => client.workflowService.getSystemInfo({}))),
      'Temporal',
    );
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/**
 * Informational: whether any worker polls the task queue. Not part of readiness, since the API
 * accepts events while workers restart (Temporal keeps them queued).
 */
export async function checkWorkers(client: Client | undefined, namespace: string, taskQueue: string): Promise<CheckResult> {
  if (!client) return { ok: false, error: 'no Temporal client is configured' };
  try {
    const { pollers } = await withTimeout(
      tracked(
        client.connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () =>
          // The unspecified task queue type means workflow pollers, which every worker has.
          client.workflowService.describeTaskQueue({ namespace, taskQueue: { name: taskQueue } }),
        ),
      ),
      'Temporal',
    );
    const count = pollers?.length ?? 0;
    return count > 0 ? { ok: true, pollers: count } : { ok: false, pollers: 0, error: `no worker polls task queue ${taskQueue}` };
  } catch (error) {
    return failure(error);
  }
}
