import type { HttpClient } from '@signalbox/plugin-sdk';
import type { SecretsCipher } from '@signalbox/db';
import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type { DeliverInput, DeliverResult } from '../route-plan.types.js';
import { deliveryIdempotencyKey } from './idempotency.key.js';
import { finishAttempt, openDelivery } from './delivery.store.js';
import { invokePlugin } from './plugin.invoke.js';
import { findPlugin, type PluginLookup } from './plugin.lookup.js';
import { disableChannel, disabledMessage, goneReason } from './channel.disable.js';
import { classifySendError, excerpt, toFailure, type ClassifiedError } from './send.errors.js';

export interface DeliverDeps {
  dataSource: DataSource;
  plugins: PluginLookup;
  cipher: SecretsCipher;
  http: HttpClient;
}

/**
 * One attempt of one send node: record the delivery, call the channel plugin with the stable
 * idempotency key, record the attempt. Temporal owns the retry schedule; this maps the plugin's
 * errors onto it (Retry-After → next retry delay, permanent → non-retryable).
 */
export function createDeliver(deps: DeliverDeps) {
  return async function deliver(input: DeliverInput): Promise<DeliverResult> {
    const attempt = (input.attemptOffset ?? 0) + Context.current().info.attempt;
    const key = deliveryIdempotencyKey(input.tenantId, input.eventId, input.routeVersionId, input.nodeId);
    const opened = await openDelivery(deps.dataSource, input, key);
    // An earlier attempt delivered but its completion never reached Temporal (crash): do not send twice.
    if (opened.status === 'delivered') return { deliveryId: opened.id, alreadyDelivered: true };
    // Settles the delivery before anything was sent (no channel, paused, no plugin, unreadable secrets).
    const stopWith = async (c: ClassifiedError, outcome: 'failed' | 'skipped' = 'failed') => {
      await finishAttempt(deps.dataSource, { tenantId: input.tenantId, deliveryId: opened.id, attempt, startedAt: new Date(), latencyMs: 0, error: c, status: 'failed', nodeOutcome: outcome, input });
      return toFailure(c);
    };
    const channel = opened.channel;
    if (!channel) throw await stopWith({ kind: 'permanent', message: `channel ${input.channelId} not found` });
    if (channel.disabledAt) throw await stopWith({ kind: 'permanent', message: disabledMessage(channel.name, channel.disabledReason) });
    if (channel.paused) throw await stopWith({ kind: 'permanent', message: `channel "${channel.name}" is paused` }, 'skipped');
    const plugin = findPlugin(deps.plugins, channel.pluginId);
    if (!plugin) throw await stopWith({ kind: 'permanent', message: `channel plugin "${channel.pluginId}" is not installed on this worker` });
    let secrets: Record<string, unknown> = {};
    try {
      if (channel.secretsCiphertext) secrets = deps.cipher.decrypt(channel.secretsCiphertext);
    } catch {
      throw await stopWith({ kind: 'permanent', message: 'channel secrets cannot be decrypted (was SIGNALBOX_SECRET_KEY changed?)' });
    }

    const startedAt = new Date();
    const t0 = performance.now();
    try {
      const result = await invokePlugin(plugin, {
        message: input.message,
        config: channel.config,
        secrets,
        idempotencyKey: key,
        attempt,
        http: deps.http,
        logger: Context.current().log,
      });
      await finishAttempt(deps.dataSource, {
        tenantId: input.tenantId, deliveryId: opened.id, attempt, startedAt, latencyMs: result.latencyMs, status: 'delivered', nodeOutcome: 'sent', input,
        statusCode: result.statusCode, responseExcerpt: excerpt(result.responseExcerpt),
      });
      return { deliveryId: opened.id, ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}) };
    } catch (err) {
      const latencyMs = Math.round(performance.now() - t0);
      const c = classifySendError(err);
      if (c.kind === 'gone') await disableChannel(deps.dataSource, input.tenantId, input.channelId, goneReason(c.message));
      const last = c.kind !== 'retryable' || attempt >= input.maximumAttempts;
      await finishAttempt(deps.dataSource, {
        tenantId: input.tenantId, deliveryId: opened.id, attempt, startedAt, latencyMs, error: c, input,
        status: last ? 'failed' : 'retrying', nodeOutcome: last ? 'failed' : undefined,
      });
      throw toFailure(c);
    }
  };
}
