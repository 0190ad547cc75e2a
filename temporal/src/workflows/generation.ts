// Which features of the workflow code an execution has. Workflow code: deterministic.
import { patched } from '@temporalio/workflow';

/**
 * routeEvent executions learn each feature from their history (`patched(id)`), so workflows started before the
 * feature replay as they ran. routeEventV2 executions have every feature from their first task and record no
 * patch markers: a marker is one more history event plus a search-attribute upsert on every event, which the
 * hot path should not pay (BENCHMARKS.md, "routeEventV2").
 */
export interface Generation {
  /** Whether this execution has the feature added under `patchId`. */
  has(patchId: string): boolean;
  /** The plan activity also makes each send's first delivery attempt (one local activity per event, not two). */
  firstAttemptInPlan: boolean;
}

/** The `routeEvent` workflow type: started by APIs before routeEventV2, kept so those workflows finish. */
export const recordedGeneration: Generation = { has: (patchId) => patched(patchId), firstAttemptInPlan: false };

/** The `routeEventV2` workflow type: every feature, no markers. */
export const currentGeneration: Generation = { has: () => true, firstAttemptInPlan: true };
