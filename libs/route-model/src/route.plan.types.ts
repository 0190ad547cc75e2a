// The route interpreter's data: what planRoute (route.plan.ts) computes for one event on one route
// version, and what the walk (route.interpret.ts) produces. Types only: the worker's workflow bundle
// imports these, and Temporal records plans and walk results in workflow histories, so changing a shape
// here is changing recorded data (add optional fields; never rename or remove).
import type { GroupTiming } from './group.state.js';
import type { EscapeMode, Message } from './message.js';
import type { RouteNodeType } from './route.schema.js';
import type { NodeOutcome } from './workflow.contract.js';

export type PlanNode =
  | { type: 'trigger' }
  /** A filter that threw fails closed: `passed: false` with the error as its reason (its `else` edges run). */
  | { type: 'filter'; passed: boolean; reason: string }
  /** One rendering per escape mode used by a send node downstream; `error` when rendering failed. */
  | { type: 'template'; messages: Partial<Record<EscapeMode, Message>>; error?: string }
  | { type: 'throttle'; mode: 'rate_limit' | 'dedupe'; key: string; limit: number; windowSeconds: number; error?: string }
  /**
   * The event joins the aggregation group `key` (the rendered `groupBy`); `error` when the key failed to
   * render. What follows a group runs in the group's notifications, not per event: planRoute leaves the
   * templates after a group unrendered.
   */
  | { type: 'group'; key: string; timing: GroupTiming; error?: string }
  /** `error` when the send cannot even be attempted (channel missing, unknown plugin). */
  | { type: 'send'; channelId: string; escape: EscapeMode; error?: string; /** Why it is skipped (send_resolved off). */ skip?: string };

export type PlanNodeOf<T extends PlanNode['type']> = Extract<PlanNode, { type: T }>;

export interface PlanEdge {
  source: string;
  target: string;
  /** Followed only when the source filter failed. */
  isElse: boolean;
}

/** The pure part of a plan: everything about one event on one route version that needs no state. */
export interface RoutePlanGraph {
  triggerId: string;
  nodes: Record<string, PlanNode>;
  edges: PlanEdge[];
  /**
   * Present when some send node can be reached without passing a template node: the default message,
   * escaped for each such send's channel (like a template's `messages`).
   */
  defaultMessages?: Partial<Record<EscapeMode, Message>>;
}

export interface OutcomeEntry {
  nodeId: string;
  nodeType: RouteNodeType;
  outcome: NodeOutcome;
  reason?: string;
  detail?: Record<string, unknown>;
}

/**
 * A group port's answer: the event was handed to (or, in a dry run, described as joining) its group, or,
 * with `silenceId`, kept out of it because a silence matches the event (Alertmanager's silenced alert).
 */
export interface GroupDecision {
  reason: string;
  silenceId?: string;
}

export interface ThrottleDecision {
  allowed: boolean;
  reason: string;
}

/** A send the walk decided on; performing it is the caller's business (durable delivery, or a preview). */
export interface PendingSend {
  nodeId: string;
  channelId: string;
  message: Message;
}

export interface WalkResult {
  /** Everything decided without sending: filters, templates, throttles, unreachable nodes, unsendable sends. */
  outcomes: OutcomeEntry[];
  sends: PendingSend[];
}

/** How the planner learns a send's channel: its escaping, or why it cannot be sent to. */
export interface ChannelEscape {
  escape: EscapeMode;
  error?: string;
}
