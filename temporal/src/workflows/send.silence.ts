// Silences and mute timings, checked right before a send. Workflow code: deterministic, activities as types only.
import { proxyLocalActivities } from '@temporalio/workflow';
import type { PendingSend, RouteEventInput } from '@signalbox/route-model';
import type { Activities } from '../activities/index.js';
import type { RoutePlan } from '../route-plan.types.js';
import type { Generation } from './generation.js';
import { deliverSend } from './send.deliver.js';
import type { SendControl } from './send.signals.js';

/** The patch id guarding the check (see temporal/README.md, "Changing workflow code"). */
export const SILENCES_PATCH = 'silences';

const check = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '30s' },
});

/** `true` delivered, `false` failed, `'suppressed'` silenced or muted (recorded by the check itself, nothing sent). */
export type SendResult = boolean | 'suppressed';

/**
 * The verdict is a local activity, so it lands in history: a replay takes the recorded answer, and a silence
 * created or expired meanwhile changes nothing for a send already decided. Workflows that started before the
 * patch replay straight into deliverSend, as they did.
 */
export async function deliverUnlessSilenced(input: RouteEventInput, plan: RoutePlan, send: PendingSend, control: SendControl, generation: Generation): Promise<SendResult> {
  // A plan that says nothing could silence it (most events: no silence active) saves an activity per send.
  if (plan.silencesMayApply !== false && generation.has(SILENCES_PATCH)) {
    const verdict = await check.checkSilences({
      tenantId: input.tenantId, eventId: input.event.id, event: input.event, routeId: plan.routeId, routeVersionId: plan.routeVersionId,
      nodeId: send.nodeId, channelId: send.channelId, message: send.message,
    });
    if (verdict.kind !== 'send') return 'suppressed';
  }
  return deliverSend(input, plan, send, control, generation);
}
