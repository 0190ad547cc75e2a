import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type DeliveryMetricStatus = 'delivered' | 'retrying' | 'failed' | 'held' | 'already_delivered';

/**
 * The worker's Prometheus registry. One per worker (not prom-client's global one) because tests run
 * the API and a worker in one process.
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly deliveries = new Counter({
    name: 'signalbox_delivery_attempts_total',
    help: 'Send attempts by channel type and result: delivered, retrying (will be retried), failed (gave up), held (channel paused), already_delivered',
    labelNames: ['channel_type', 'status'] as const,
    registers: [this.registry],
  });
  readonly retries = new Counter({
    name: 'signalbox_delivery_retries_total',
    help: 'Send attempts after the first one, by channel type',
    labelNames: ['channel_type'] as const,
    registers: [this.registry],
  });
  readonly held = new Counter({
    name: 'signalbox_deliveries_held_total',
    help: 'Sends that did not go out because their channel is paused, by channel type',
    labelNames: ['channel_type'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'signalbox_delivery_duration_seconds',
    help: 'Time one send attempt took (plugin call and its bookkeeping), by channel type and result',
    labelNames: ['channel_type', 'status'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }
}
