import { SecretsCipher } from '@signalbox/db';
import type { HttpClient } from '@signalbox/plugin-sdk';
import type { DataSource } from 'typeorm';
import type { DeliveryRetry } from '../route-plan.types.js';
import { createDeliver } from './deliver.activity.js';
import { GraphCache } from './graph.cache.js';
import { createRecordDeliveryFailure, createRecordOutcomes } from './outcomes.activity.js';
import { createPlanRoute } from './plan-route.activity.js';
import type { PluginLookup } from './plugin.lookup.js';
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
}

/** Every activity the routeEvent workflow calls, bound to injected dependencies. */
export function createActivities(deps: ActivityDeps) {
  const graphs = new GraphCache(deps.dataSource);
  const deliveryRetry = { ...DEFAULT_DELIVERY_RETRY, ...deps.deliveryRetry };
  const recordOutcomes = createRecordOutcomes(deps.dataSource);
  return {
    planRoute: createPlanRoute({ dataSource: deps.dataSource, graphs, plugins: deps.plugins, deliveryRetry, recordOutcomes }),
    checkThrottle: createCheckThrottle(deps.dataSource),
    recordOutcomes,
    recordDeliveryFailure: createRecordDeliveryFailure(deps.dataSource),
    deliver: createDeliver({ dataSource: deps.dataSource, plugins: deps.plugins, cipher: new SecretsCipher(deps.secretKey), http: deps.http }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
