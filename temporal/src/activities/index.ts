import { SecretsCipher } from '@signalbox/db';
import type { HttpClient } from '@signalbox/plugin-sdk';
import type { DataSource } from 'typeorm';
import type { DeliveryRetry, RetrySchedule } from '../route-plan.types.js';
import { createUpdateAlertState } from './alert-state.activity.js';
import { createAttemptDelivery } from './attempt.activity.js';
import { createDeliver } from './deliver.activity.js';
import { GraphCache } from './graph.cache.js';
import { createRecordDeliveryFailure, createRecordOutcomes } from './outcomes.activity.js';
import { createJoinGroup, createRenderGroupFlush } from './group.activity.js';
import { createPlanAndAttempt } from './plan-and-attempt.activity.js';
import { createPlanRoute } from './plan-route.activity.js';
import type { PluginLookup } from './plugin.lookup.js';
import { DEFAULT_RETRY_SCHEDULE } from './retry.schedule.js';
import { createCheckSilences } from './silence.check.activity.js';
import { createSilenceRelease } from './silence.release.activity.js';
import { createCheckThrottle } from './throttle.activity.js';

export type { PluginLookup } from './plugin.lookup.js';

/** 1s, 2s, 4s ... capped at 5 min; 12 attempts span roughly 20 minutes before a delivery is declared failed. */
export const DEFAULT_DELIVERY_RETRY: DeliveryRetry = {
  initialIntervalMs: 1_000,
  backoffCoefficient: 2,
  maximumIntervalMs: 5 * 60_000,
  maximumAttempts: 12,
  attemptTimeoutMs: 30_000,
};

export interface ActivityDeps {
  dataSource: DataSource;
  plugins: PluginLookup;
  /** SIGNALBOX_SECRET_KEY: decrypts channel secrets. */
  secretKey: string;
  http: HttpClient;
  /** Overrides for the deliver retry policy (tests shorten it). */
  deliveryRetry?: Partial<DeliveryRetry>;
  /** The default retry schedule of workflow-driven sends (a channel's `retry_policy` overrides it). */
  retrySchedule?: RetrySchedule;
  /** How long a send to a paused channel is held before it fails. */
  holdTimeoutMs?: number;
}

/** A paused channel holds its sends for a day, then they fail saying so. */
export const DEFAULT_HOLD_TIMEOUT_MS = 24 * 3_600_000;

/** Every activity the routeEvent workflow calls, bound to injected dependencies. */
export function createActivities(deps: ActivityDeps) {
  const graphs = new GraphCache(deps.dataSource);
  const deliveryRetry = { ...DEFAULT_DELIVERY_RETRY, ...deps.deliveryRetry };
  const recordOutcomes = createRecordOutcomes(deps.dataSource);
  const cipher = new SecretsCipher(deps.secretKey);
  const holdTimeoutMs = deps.holdTimeoutMs ?? DEFAULT_HOLD_TIMEOUT_MS;
  const planRoute = createPlanRoute({ dataSource: deps.dataSource, graphs, plugins: deps.plugins, deliveryRetry, holdTimeoutMs, recordOutcomes });
  const attemptDelivery = createAttemptDelivery({ dataSource: deps.dataSource, plugins: deps.plugins, cipher, http: deps.http, retrySchedule: deps.retrySchedule ?? DEFAULT_RETRY_SCHEDULE });
  return {
    planRoute,
    planAndAttempt: createPlanAndAttempt({ planRoute, attemptDelivery, holdTimeoutMs }),
    checkThrottle: createCheckThrottle(deps.dataSource),
    updateAlertState: createUpdateAlertState(deps.dataSource),
    checkSilences: createCheckSilences(deps.dataSource, graphs),
    recordOutcomes,
    recordDeliveryFailure: createRecordDeliveryFailure(deps.dataSource),
    // Kept for workflows recorded before the durable send loop (they still call it on replay and retry).
    deliver: createDeliver({ dataSource: deps.dataSource, plugins: deps.plugins, cipher, http: deps.http }),
    joinGroup: createJoinGroup(deps.dataSource),
    renderGroupFlush: createRenderGroupFlush({ dataSource: deps.dataSource, graphs, plugins: deps.plugins }),
    attemptDelivery,
    ...createSilenceRelease(deps.dataSource),
  };
}

export type Activities = ReturnType<typeof createActivities>;
