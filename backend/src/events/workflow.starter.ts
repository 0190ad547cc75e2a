import { Inject, Injectable } from '@nestjs/common';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { ROUTE_EVENT_WORKFLOW, routeEventWorkflowId, type RouteEventInput, type SignalboxEvent } from '@signalbox/route-model';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { TEMPORAL_CLIENT } from '../temporal-client/temporal.tokens.js';

/** Workflow starts in flight at once per dispatch: enough to hide round trips, few enough to be polite to Temporal. */
const BATCH_START_PARALLELISM = 32;
/** A start that cannot finish in this long fails, and the outbox retries it: a dead Temporal must not stall dispatch. */
const START_DEADLINE_MS = 5_000;

/**
 * Starts the routing workflow (`ROUTE_EVENT_WORKFLOW`) for an accepted event. The workflow id is derived from the event, and a
 * duplicate start is rejected by Temporal, so calling this again for the same event is always safe.
 */
@Injectable()
export class WorkflowStarter {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async ensureStarted(input: RouteEventInput): Promise<void> {
    try {
      await this.client.connection.withDeadline(Date.now() + START_DEADLINE_MS, () =>
        this.client.workflow.start(ROUTE_EVENT_WORKFLOW, {
          workflowId: routeEventWorkflowId(input.tenantId, input.event.id),
          taskQueue: this.config.TEMPORAL_TASK_QUEUE,
          args: [input],
          workflowIdConflictPolicy: 'FAIL',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        }),
      );
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return; // a retry or a concurrent twin got there first
      throw error;
    }
  }

  /** Whether Temporal answers at all, within the start deadline. */
  async reachable(): Promise<boolean> {
    try {
      await this.client.connection.withDeadline(Date.now() + START_DEADLINE_MS, () => this.client.connection.workflowService.getSystemInfo({}));
      return true;
    } catch {
      return false;
    }
  }

  /** Starts many with bounded parallelism; each entry of the result is undefined on success or the error. */
  async ensureStartedAll(inputs: RouteEventInput[]): Promise<Array<unknown>> {
    const errors: unknown[] = new Array(inputs.length).fill(undefined);
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < inputs.length; i = next++) {
        await this.ensureStarted(inputs[i]!).catch((error: unknown) => (errors[i] = error ?? new Error('start failed')));
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_START_PARALLELISM, inputs.length) }, lane));
    return errors;
  }
}

export const toWorkflowInput = (tenantId: string, stored: { event: SignalboxEvent; receivedAt: string; routeVersionIds: string[] }): RouteEventInput => ({
  tenantId,
  event: stored.event,
  receivedAt: stored.receivedAt,
  routeVersionIds: stored.routeVersionIds,
});
