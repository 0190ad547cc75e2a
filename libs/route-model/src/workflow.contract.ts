import type { SignalboxEvent } from './event.schema.js';

/** Input of the `routeEventV2` Temporal workflow: one per accepted event. Graphs are passed by version id. */
export interface RouteEventInput {
  tenantId: string;
  event: SignalboxEvent;
  receivedAt: string;
  routeVersionIds: string[];
}

/** Outcome of one node for one event on one route version, as recorded and shown by `GET /v1/events/:id`. */
export type NodeOutcome = 'passed' | 'filtered' | 'throttled' | 'rendered' | 'sent' | 'failed' | 'skipped' | 'silenced' | 'muted' | 'grouped';

/**
 * The workflow type the API starts for an event. `routeEvent`, the type before it, stays registered in the worker
 * so workflows started under it finish (temporal/src/workflows/generation.ts).
 */
export const ROUTE_EVENT_WORKFLOW = 'routeEventV2';
export const DEFAULT_TASK_QUEUE = 'signalbox-routes';
export const routeEventWorkflowId = (tenantId: string, eventId: string) => `evt:${tenantId}:${eventId}`;

/**
 * One per silence (`silenceRelease`): waits for the silence's end, then sends what it held back from alerts that
 * are still open. The API signals it (signal-with-start) whenever a silence is created, extended or expired.
 */
export const SILENCE_RELEASE_WORKFLOW = 'silenceRelease';
export const SILENCE_CHANGED_SIGNAL = 'silenceChanged';
export const silenceReleaseWorkflowId = (tenantId: string, silenceId: string) => `silence:${tenantId}:${silenceId}`;
export interface SilenceReleaseResult {
  /** Sends released as new deliveries (`<node>#resend-after-silence`). */
  released: number;
}
