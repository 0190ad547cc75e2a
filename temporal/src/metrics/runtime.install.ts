import { Runtime } from '@temporalio/worker';
import type { Logger } from 'pino';
import { PinoTemporalLogger } from '../logging/worker.logger.js';

/**
 * Installs the Temporal SDK runtime: we own the signals (shut the worker down, then close the pool, then
 * exit 0); the SDK and its core (forwarded) log through pino; its worker metrics go to a Prometheus exporter
 * on `sdkMetricsAddress`. A taken address is logged and the worker runs without SDK metrics rather than
 * not at all. Returns whether the exporter runs.
 */
export function installRuntime(logger: Logger, sdkMetricsAddress: string | undefined): boolean {
  const base = { shutdownSignals: [] as NodeJS.Signals[], logger: new PinoTemporalLogger(logger) };
  const logging = { forward: {}, filter: 'WARN' };
  if (sdkMetricsAddress) {
    try {
      Runtime.install({ ...base, telemetryOptions: { logging, metrics: { prometheus: { bindAddress: sdkMetricsAddress } } } });
      return true;
    } catch (error) {
      logger.error({ err: error, address: sdkMetricsAddress }, 'Temporal SDK metrics exporter not started');
    }
  }
  Runtime.install({ ...base, telemetryOptions: { logging } });
  return false;
}
