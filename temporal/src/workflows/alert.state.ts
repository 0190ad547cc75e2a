// Alert state at the start of routing an event. Workflow code: deterministic, activities as types only.
import { proxyLocalActivities } from '@temporalio/workflow';
import type { RouteEventInput } from '@signalbox/route-model';
// Deep import: pure rules and matching, none of the package's zod or Handlebars in the workflow bundle.
import { classifyAlert } from '@signalbox/route-model/alert-classify';
import type { Activities } from '../activities/index.js';
import type { Generation } from './generation.js';

/** Workflows that started routing before alert state existed replay without the activity. */
export const ALERT_STATE_PATCH = 'alert-state';

const local = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '30s' },
});

/**
 * Opens, repeats or closes the event's alert (one local activity, atomic in Postgres) and returns the input
 * with `event.alert` set, so templates (`{{alert.durationText}}`), the default message and plugins
 * (PagerDuty's dedup_key and resolve) see it. Events outside the catalogue's pairs pass unchanged.
 */
export async function withAlertState(input: RouteEventInput, generation: Generation): Promise<RouteEventInput> {
  // Most events belong to no pair: they cost no activity (and no marker). Should a later rule classify an event
  // this code skipped, its replay finds no marker, patched() answers false and the path is the same.
  if (classifyAlert(input.event) === 'none') return input;
  if (!generation.has(ALERT_STATE_PATCH)) return input;
  const alert = await local.updateAlertState({ tenantId: input.tenantId, event: input.event });
  return alert ? { ...input, event: { ...input.event, alert } } : input;
}
