import type { HttpClient } from '@signalbox/plugin-sdk';
import type { SecretsCipher } from '@signalbox/db';
import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type { AttemptInput, AttemptResult, RetrySchedule } from '../route-plan.types.js';
import { dropInFlight, markHeld, markInFlight, openAttempt, recordAttempt } from './attempt.store.js';
import { deliveryIdempotencyKey } from './idempotency.key.js';
import { claimSendTime, reserveSlot } from './pacing.store.js';
import { invokePlugin } from './plugin.invoke.js';
import { findPlugin, type PluginLookup } from './plugin.lookup.js';
import { maxAttemptsOf, nextDelayMs, scheduleFor } from './retry.schedule.js';
import { disableChannel, disabledMessage, goneReason } from './channel.disable.js';
import { channelHealthPolicyFromEnv, recordChannelFailure, recordChannelSuccess, type ChannelHealthPolicy } from './channel.health.js';
import { emitInternalEvent } from './internal-event.emit.js';
import { classifySendError, excerpt, type ClassifiedError } from './send.errors.js';

export interface AttemptDeps {
  dataSource: DataSource;
  plugins: PluginLookup;
  cipher: SecretsCipher;
  http: HttpClient;
  retrySchedule: RetrySchedule;
  /** Failing-streak threshold and auto-disable period; from the environment when absent. */
  channelHealth?: ChannelHealthPolicy;
}

/**
 * A slot this close is waited for in the activity itself (a timer is precise to the millisecond; a
 * workflow timer plus a new task is not), so paced sends keep their spacing.
 */
export const PACE_INLINE_MS = 1_000;

/**
 * One logical attempt of one send. Unlike `deliver`, it returns what happened instead of throwing, and the
 * WORKFLOW owns the schedule: it sleeps the returned delay on a durable timer, holds on a paused channel,
 * waits for a pacing slot. It throws only when its own infrastructure fails (Postgres down, worker gone);
 * Temporal retries that without using up a delivery attempt, because attempts are numbered by the workflow
 * and an attempt counts only once its request is about to leave (the `in_flight` row).
 */
export function createAttemptDelivery(deps: AttemptDeps) {
  const health = deps.channelHealth ?? channelHealthPolicyFromEnv();
  return async function attemptDelivery(input: AttemptInput): Promise<AttemptResult> {
    const key = deliveryIdempotencyKey(input.tenantId, input.eventId, input.routeVersionId, input.nodeId);
    const opened = await openAttempt(deps.dataSource, input, key, Context.current().info.workflowExecution?.workflowId ?? null);
    const deliveryId = opened.id;
    if (opened.status === 'delivered') return { kind: 'delivered', deliveryId, attempt: opened.lastAttempt };
    const attempt = Math.max(input.attempt, opened.lastAttempt + 1);
    const channel = opened.channel;
    const schedule = scheduleFor(channel?.retryPolicy, deps.retrySchedule);
    const maxAttempts = maxAttemptsOf(schedule);
    // Settles the delivery before anything was sent (no channel, no plugin, unreadable secrets).
    const stop = async (c: ClassifiedError): Promise<AttemptResult> => {
      await recordAttempt(deps.dataSource, { tenantId: input.tenantId, deliveryId, attempt, maxAttempts, startedAt: new Date(), latencyMs: 0, error: c, status: 'failed', input });
      return { kind: 'failed', deliveryId, reason: c.message };
    };
    if (!channel) return stop({ kind: 'permanent', message: `channel ${input.channelId} not found` });
    // An internal event about this channel (it failed, it was disabled) must not go to it: it would not arrive.
    if (opened.event.source === 'signalbox' && opened.event.aboutChannelId === input.channelId) return stop({ kind: 'permanent', message: SELF_GUARD });
    // Disabled wins over paused: holding would only delay the same failure; the reason says what to do.
    if (channel.disabledAt) return stop({ kind: 'permanent', message: disabledMessage(channel.name, channel.disabledReason) });
    if (channel.paused) {
      await markHeld(deps.dataSource, input.tenantId, deliveryId, `held: channel "${channel.name}" is paused (sent when it resumes; fails after ${hours(input.holdTimeoutMs)})`);
      return { kind: 'held', deliveryId, channelName: channel.name };
    }
    const plugin = findPlugin(deps.plugins, channel.pluginId);
    if (!plugin) return stop({ kind: 'permanent', message: `channel plugin "${channel.pluginId}" is not installed on this worker` });
    let secrets: Record<string, unknown> = {};
    try {
      if (channel.secretsCiphertext) secrets = deps.cipher.decrypt(channel.secretsCiphertext);
    } catch {
      return stop({ kind: 'permanent', message: 'channel secrets cannot be decrypted (was SIGNALBOX_SECRET_KEY changed?)' });
    }

    const rate = channel.ratePerSecond ?? plugin.limits?.ratePerSecond;
    // A slot comes from this destination's pacing, or from a resume releasing a held backlog in event order.
    if ((rate && rate > 0) || input.slotAt !== undefined) {
      const slotAt = input.slotAt ?? (await reserveSlot(deps.dataSource, input.tenantId, input.channelId, rate!));
      const wait = slotAt - Date.now();
      if (wait > PACE_INLINE_MS) {
        if (opened.inFlightWritten) await dropInFlight(deps.dataSource, deliveryId, attempt);
        return { kind: 'paced', deliveryId, slotAt };
      }
      if (wait > 0) await delay(wait);
    }

    if (!opened.inFlightWritten) await markInFlight(deps.dataSource, input.tenantId, deliveryId, attempt, maxAttempts);
    // The send time is claimed after the payload is formatted, right before the request leaves: nothing slow may
    // sit between the claimed time and the send, or two sends could arrive closer together than the rate allows.
    // The attempt's start and latency are the request's own, not the pacing wait's.
    let startedAt = new Date();
    let t0 = performance.now();
    const beforeSend = async () => {
      if (rate && rate > 0) await delay(await claimSendTime(deps.dataSource, input.channelId, rate));
      startedAt = new Date();
      t0 = performance.now();
    };
    try {
      const result = await invokePlugin(plugin, {
        message: input.message, config: channel.config, secrets, idempotencyKey: key, attempt, http: deps.http, logger: Context.current().log, beforeSend,
      });
      await recordAttempt(deps.dataSource, {
        tenantId: input.tenantId, deliveryId, attempt, maxAttempts, startedAt, latencyMs: result.latencyMs, status: 'delivered', input,
        ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}), ...(result.responseExcerpt !== undefined ? { responseExcerpt: excerpt(result.responseExcerpt)! } : {}),
      });
      // Most sends go to a healthy channel: no streak to end, no write. (A failure racing this success may then
      // stay counted; the next success ends it.)
      if (channel.consecutiveFailures > 0) await recordChannelSuccess(deps.dataSource, { tenantId: input.tenantId, channelId: input.channelId, name: channel.name });
      return { kind: 'delivered', deliveryId, attempt };
    } catch (err) {
      const latencyMs = Math.round(performance.now() - t0);
      const c = classifySendError(err);
      if (c.kind === 'gone') await disableChannel(deps.dataSource, input.tenantId, input.channelId, goneReason(c.message));
      const last = c.kind !== 'retryable' || attempt >= maxAttempts;
      const delayMs = last ? 0 : nextDelayMs(schedule, attempt, c.retryAfterMs);
      await recordAttempt(deps.dataSource, {
        tenantId: input.tenantId, deliveryId, attempt, maxAttempts, startedAt, latencyMs, error: c, input,
        status: last ? 'failed' : 'retrying', ...(last ? {} : { nextAttemptAt: new Date(Date.now() + delayMs) }),
      });
      if (last) await recordChannelFailure(deps.dataSource, { tenantId: input.tenantId, channelId: input.channelId, name: channel.name }, c.message, health);
      // A failed signalbox.* event is not announced again (no feedback loop).
      if (last && opened.event.source !== 'signalbox') {
        await emitInternalEvent(deps.dataSource, input.tenantId, {
          key: `delivery.failed:${deliveryId}`, type: 'signalbox.delivery.failed', severity: 'high', subject: `Delivery to ${channel.name} failed`,
          data: {
            deliveryId, eventId: input.eventId, eventType: opened.event.type, routeId: input.routeId, nodeId: input.nodeId,
            channelId: input.channelId, channelName: channel.name, pluginId: channel.pluginId, attempts: attempt, reason: c.message,
            ...(c.statusCode !== undefined ? { statusCode: c.statusCode } : {}),
          },
        });
      }
      return last ? { kind: 'failed', deliveryId, reason: c.message } : { kind: 'retry', deliveryId, attempt, delayMs };
    }
  };
}

/** The reason a send of an internal event to the channel it is about records. */
export const SELF_GUARD = 'internal event about this channel';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hours = (ms: number) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : `${Math.round(ms / 1000)} s`);
