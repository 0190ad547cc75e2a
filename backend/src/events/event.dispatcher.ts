import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { routeEventWorkflowId } from '@signalbox/route-model';
import { RouteTriggerIndex } from '../route-index/route-trigger.index.js';
import { toStored, type EventRow } from './events.store.js';
import { toWorkflowInput, WorkflowStarter } from './workflow.starter.js';

/** Rows claimed per transaction. */
const BATCH = 200;
/** How often the outbox is swept for rows no request woke us for (a crashed replica, a Temporal outage). */
const SWEEP_MS = 2_000;

/**
 * The outbox behind `POST /v1/events`: ingest answers 202 once the event row is committed, and this starts
 * its workflow right after, off the request path. Rows are claimed with FOR UPDATE SKIP LOCKED, so any
 * number of API replicas share the work (and a start is idempotent anyway); an event whose start fails
 * stays `accepted` and is retried by the sweep, so nothing accepted is lost while Temporal is down.
 * It works across tenants on purpose — it is the system's own queue — but only on this deployment's task queue.
 */
@Injectable()
export class EventDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventDispatch');
  private running: Promise<void> | undefined;
  private wokenWhileRunning = false;
  private sweep: NodeJS.Timeout | undefined;
  private stopped = false;
  /**
   * Until Temporal has answered (and after any failed start), probe it before claiming rows: a replica that
   * cannot reach Temporal must not hold row locks that healthy replicas would otherwise take.
   */
  private temporalSuspect = true;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly starter: WorkflowStarter,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    private readonly index: RouteTriggerIndex,
  ) {}

  onApplicationBootstrap(): void {
    this.sweep = setInterval(() => this.wake(), SWEEP_MS).unref();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweep);
    await this.running;
  }

  /** Dispatches soon; wakes while a drain runs coalesce into one more drain. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.wokenWhileRunning) {
        this.wokenWhileRunning = false;
        this.wake();
      }
    });
  }

  /**
   * Resolves once every event accepted before the call has had a dispatch attempt: the running drain may
   * have claimed its rows before they were committed, the one chained after it has not.
   */
  async idle(): Promise<void> {
    for (let drains = 0; drains < 2 && this.running; drains++) await this.running;
  }

  /** Never rejects: a Postgres or Temporal outage pauses dispatch until the next sweep, it never crashes the API. */
  private async drain(): Promise<void> {
    try {
      if (this.temporalSuspect && !(await this.starter.reachable())) return;
      this.temporalSuspect = false;
      while (!this.stopped && (await this.dataSource.transaction((tx) => this.dispatchBatch(tx))) === BATCH);
    } catch (error) {
      this.temporalSuspect = true;
      this.logger.warn(`dispatch paused, retried within ${SWEEP_MS} ms: ${(error as Error).message}`);
    }
  }

  /**
   * Events the worker emitted (`signalbox.*`, status `matching`) are matched here, against the same route
   * index ingest uses, so which routes an internal event reaches has one truth; then they dispatch like any.
   */
  private async matchInternal(tx: EntityManager): Promise<void> {
    const rows: Array<{ tenant_id: string; id: string; type: string; source: string }> = await tx.query(
      `SELECT tenant_id, id, type, source FROM events WHERE status = 'matching' AND task_queue = $1
        ORDER BY received_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      [this.config.TEMPORAL_TASK_QUEUE],
    );
    for (const row of rows) {
      const ids = (await this.index.match(row.tenant_id, row)).map((route) => route.routeVersionId);
      await tx.query(
        `UPDATE events SET route_version_ids = $3::uuid[], status = $4, workflow_id = $5 WHERE tenant_id = $1 AND id = $2`,
        [row.tenant_id, row.id, ids, ids.length ? 'accepted' : 'unmatched', ids.length ? routeEventWorkflowId(row.tenant_id, row.id) : null],
      );
    }
  }

  /** Starts the workflows of up to BATCH accepted events; returns how many were started. */
  private async dispatchBatch(tx: EntityManager): Promise<number> {
    await this.matchInternal(tx);
    const rows: Array<EventRow & { tenant_id: string }> = await tx.query(
      `SELECT tenant_id, id, type, source, severity, subject, "timestamp", data, received_at, route_version_ids, status
         FROM events WHERE status = 'accepted' AND task_queue = $1
        ORDER BY received_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      [this.config.TEMPORAL_TASK_QUEUE],
    );
    if (rows.length === 0) return 0;
    const errors = await this.starter.ensureStartedAll(rows.map((row) => toWorkflowInput(row.tenant_id, toStored(row))));
    const started = rows.filter((_, i) => errors[i] === undefined);
    if (started.length > 0) {
      await tx.query(
        `UPDATE events SET status = 'routed' FROM unnest($1::uuid[], $2::text[]) AS s(tenant_id, id)
          WHERE events.tenant_id = s.tenant_id AND events.id = s.id`,
        [started.map((row) => row.tenant_id), started.map((row) => row.id)],
      );
    }
    if (started.length < rows.length) {
      const reason = (errors.find((error) => error !== undefined) as Error).message;
      this.logger.warn(`${rows.length - started.length} workflow start(s) failed, retried within ${SWEEP_MS} ms: ${reason}`);
      this.temporalSuspect = true;
      return 0;
    }
    return started.length;
  }
}
