// Types shared by the workflow and its activities. Types only: the workflow bundle imports this file,
// so it must never gain runtime code that pulls in Node or I/O.
import type { GroupTiming, Message, OutcomeEntry, PendingSend, RoutePlanGraph, SignalboxEvent } from '@signalbox/route-model';

// The interpreter's own shapes live in route-model (route.plan.types.ts); re-exported for the worker's files.
export type { OutcomeEntry, PendingSend, PlanEdge, PlanNode, ThrottleDecision } from '@signalbox/route-model';

/** The deliver activity's retry policy, chosen by the worker (tests shorten it) and carried in the plan. */
export interface DeliveryRetry {
  initialIntervalMs: number;
  backoffCoefficient: number;
  maximumIntervalMs: number;
  maximumAttempts: number;
  /** One attempt's budget: connect + send + the plugin's own timeouts. */
  attemptTimeoutMs: number;
}

/** Everything pure about one event on one route version, computed by the `planRoute` local activity. */
export interface RoutePlan extends RoutePlanGraph {
  routeId: string;
  routeVersionId: string;
  deliveryRetry: DeliveryRetry;
  /** How long a send to a paused channel is held before it fails (absent in plans recorded before holds). */
  holdTimeoutMs?: number;
  /**
   * Set when the route has no throttle node: nothing effectful stands between trigger and sends, so the
   * activity walked the plan and recorded the outcomes itself (saves the workflow two activations).
   */
  walked?: { outcomes: OutcomeEntry[]; sends: PendingSend[] };
  /**
   * False when no silence or mute timing could stop a send of this plan (none active, none named): the sends
   * skip the checkSilences activity. Absent in plans recorded before it: those check, as they did.
   */
  silencesMayApply?: boolean;
  /**
   * From planAndAttempt only, for a walked plan that nothing could silence: each send's first attempt, in the
   * order of `walked.sends` (`null`: the attempt's own infrastructure failed before anything was sent).
   */
  firstAttempts?: Array<AttemptResult | null>;
}

export interface PlanRouteInput {
  tenantId: string;
  event: SignalboxEvent;
  routeVersionId: string;
}

export interface RecordOutcomesInput {
  tenantId: string;
  eventId: string;
  routeVersionId: string;
  outcomes: OutcomeEntry[];
}

export interface ThrottleInput {
  tenantId: string;
  eventId: string;
  routeId: string;
  nodeId: string;
  mode: 'rate_limit' | 'dedupe';
  key: string;
  limit: number;
  windowSeconds: number;
  /** The event's receipt time: windows are measured from it so a replay or retry decides the same way. */
  receivedAt: string;
}

/** An event joining a group node's aggregation group (the `joinGroup` activity signal-with-starts its entity workflow). */
export interface JoinGroupInput {
  tenantId: string;
  routeId: string;
  routeVersionId: string;
  nodeId: string;
  key: string;
  timing: GroupTiming;
  event: SignalboxEvent;
}

export interface DeliverInput {
  tenantId: string;
  eventId: string;
  routeId: string;
  routeVersionId: string;
  nodeId: string;
  channelId: string;
  message: Message;
  /** Lets the last attempt record `failed` itself instead of `retrying`. */
  maximumAttempts: number;
  /** Attempts already made before this activity (the first one runs as a local activity). */
  attemptOffset?: number;
}

export interface DeliverResult {
  deliveryId: string;
  statusCode?: number;
  /** True when an earlier attempt had already delivered (its completion was lost): nothing was sent again. */
  alreadyDelivered?: boolean;
}

export interface DeliveryFailureInput {
  tenantId: string;
  eventId: string;
  routeVersionId: string;
  nodeId: string;
  error: string;
  /** `skipped` for a paused channel, `failed` otherwise. */
  outcome: 'failed' | 'skipped';
}

export interface RouteSummary {
  routeVersionId: string;
  sent: number;
  failed: number;
  /** Sends a silence or mute timing stopped (since patch `silences`). */
  suppressed?: number;
  error?: string;
}

/**
 * A delivery's retry schedule (the worker's default, or the channel's `retry_policy`): the delay before
 * attempt n+1 is `delaysMs[n-1]` ± `jitter` (a fraction), so attempts = delays + 1. A Retry-After from
 * the receiver replaces the scheduled delay, capped at `maxRetryAfterMs`.
 */
export interface RetrySchedule {
  delaysMs: number[];
  jitter: number;
  maxRetryAfterMs: number;
}

/** One logical attempt, numbered by the workflow: an activity retried after an infrastructure failure keeps its number. */
export interface AttemptInput {
  tenantId: string;
  eventId: string;
  routeId: string;
  routeVersionId: string;
  nodeId: string;
  channelId: string;
  message: Message;
  attempt: number;
  /** A pacing slot (epoch ms) reserved by an earlier call: send at it, do not reserve another. */
  slotAt?: number;
  /** For the `held` reason the row shows. */
  holdTimeoutMs: number;
}

export type AttemptResult =
  | { kind: 'delivered'; deliveryId: string; attempt: number }
  /** Settled and recorded by the activity: permanent error, budget used up, channel missing, ... */
  | { kind: 'failed'; deliveryId: string; reason: string }
  /** Recorded as `retrying` with `next_attempt_at`; the workflow sleeps `delayMs` then makes attempt `attempt + 1`. */
  | { kind: 'retry'; deliveryId: string; attempt: number; delayMs: number }
  /** The channel is paused; the row says `held`; nothing was sent and no attempt was used. */
  | { kind: 'held'; deliveryId: string; channelName: string }
  /** The destination's pacing gave this send a later slot; nothing was sent. */
  | { kind: 'paced'; deliveryId: string; slotAt: number };
