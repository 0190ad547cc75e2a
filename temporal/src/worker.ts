import type { HttpClient } from '@signalbox/plugin-sdk';
import { DEFAULT_TASK_QUEUE } from '@signalbox/route-model';
import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createActivities, type PluginLookup } from './activities/index.js';
import { deliveryObserver, type DeliveryObserverDeps } from './metrics/delivery.metrics.interceptor.js';
import type { DeliveryRetry, RetrySchedule } from './route-plan.types.js';
import { createPurgeExpiredBatch } from './retention/retention.activity.js';
import { createEmitScheduledSummary } from './summary/summary.activity.js';
import { bundlerOptions, hasPrebuiltBundle, prebuiltBundlePath, workflowsEntry } from './workflow.bundle.js';

export interface SignalboxWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue?: string;
  dataSource: DataSource;
  plugins: PluginLookup;
  secretKey: string;
  http: HttpClient;
  deliveryRetry?: Partial<DeliveryRetry>;
  /** Default retry schedule of a send (default: Svix-like, 8 attempts over ~27 h); a channel's own policy wins. */
  retrySchedule?: RetrySchedule;
  /** How long a send to a paused channel is held (default 24 h). */
  holdTimeoutMs?: number;
  /**
   * A prebuilt workflow bundle to load. Default: the one `npm run build` writes next to dist/worker.js, else the
   * sources are bundled at start (webpack: seconds to a minute on a small machine, so tests share one per run).
   */
  workflowBundlePath?: string | undefined;
  /** Metrics and per-delivery log lines (worker/metrics/). */
  observe?: DeliveryObserverDeps;
  /** Escape hatch for tests and benchmarks (e.g. a different cache size); applied last. */
  overrides?: Partial<WorkerOptions>;
}

/**
 * The routeEvent worker. Tuned for many short workflows on a small (2-core) machine: a workflow is a
 * couple of workflow tasks plus one send, so keeping it in the sticky cache saves a history replay per
 * task; local activities and sends are I/O-bound (Postgres, HTTP), so their concurrency can be high.
 */
export async function createSignalboxWorker(options: SignalboxWorkerOptions): Promise<Worker> {
  const activities = createActivities({
    dataSource: options.dataSource,
    plugins: options.plugins,
    secretKey: options.secretKey,
    http: options.http,
    ...(options.deliveryRetry ? { deliveryRetry: options.deliveryRetry } : {}),
    ...(options.retrySchedule ? { retrySchedule: options.retrySchedule } : {}),
    ...(options.holdTimeoutMs !== undefined ? { holdTimeoutMs: options.holdTimeoutMs } : {}),
  });
  const bundlePath = options.workflowBundlePath ?? (hasPrebuiltBundle() ? prebuiltBundlePath() : undefined);
  const workflows = bundlePath ? { workflowBundle: { codePath: bundlePath } } : { workflowsPath: workflowsEntry(), bundlerOptions };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    ...workflows,
    activities: { ...activities, purgeExpiredBatch: createPurgeExpiredBatch(options.dataSource), emitScheduledSummary: createEmitScheduledSummary(options.dataSource) },
    ...(options.observe ? { interceptors: { activity: [deliveryObserver(options.observe)] } } : {}),
    maxCachedWorkflows: 2_000,
    maxConcurrentWorkflowTaskExecutions: 100,
    maxConcurrentLocalActivityExecutions: 200,
    maxConcurrentActivityTaskExecutions: 200,
    // The SDK's default is 10 workflow-task polls, of which only 2 poll the normal queue: every new event's
    // workflow waits there, while the sticky polls sit idle (most events finish in their first task). Poller
    // autoscaling (Temporal's recommended setting, server ≥ 1.28) follows the backlog instead. Measured in
    // alternating runs (BENCHMARKS.md): the empty-workflow floor doubles, end to end routing gains less.
    workflowTaskPollerBehavior: { type: 'autoscaling' },
    activityTaskPollerBehavior: { type: 'autoscaling' },
    ...options.overrides,
  });
}
