import type { Message } from '@signalbox/route-model';
import type { AnyChannelDefinition, ChannelLogger, HttpClient } from '../channel.types.js';
import { PermanentError, RetryableError } from '../errors.js';
import { createMaskingLogger } from '../logging/masking.logger.js';
import { createSecretMasker, MASK } from '../logging/secret.mask.js';
import { maskCutTail, secretParts } from '../logging/secret.parts.js';
import { secretValues } from './channel-config.js';

export interface DeliverInput {
  message: Message;
  /** The full config (stored config merged with decrypted secrets); parsed again here, defaults applied. */
  config: Record<string, unknown>;
  idempotencyKey: string;
  attempt: number;
  isTest: boolean;
  http: HttpClient;
  logger: ChannelLogger;
  /**
   * The host's last step before the request leaves, after the payload is formatted (a pacing wait, say), so that
   * nothing slow sits between it and the send. Its failure is the host's and passes through as it is.
   */
  beforeSend?: () => Promise<void>;
}

export interface DeliveryOutcome {
  ok: true;
  statusCode?: number;
  responseExcerpt?: string;
  latencyMs: number;
}

/** Masks an error's text in place (message, stack, excerpt): it will end up in delivery logs and Temporal history. */
function scrub<E extends Error>(error: E, mask: (text: string) => string, maskExcerpt: (text: string) => string): E {
  error.message = mask(error.message);
  if (error.stack) error.stack = mask(error.stack);
  const options = (error as { options?: { responseExcerpt?: string } }).options;
  if (options?.responseExcerpt) options.responseExcerpt = maskExcerpt(options.responseExcerpt);
  return error;
}

/**
 * Runs one attempt: parse config → format → the host's beforeSend → send, with ctx.logger masking the channel's secrets.
 * RetryableError / PermanentError (and GoneError) pass through; anything else is a plugin bug or an
 * unexpected failure and becomes RetryableError (a bug fixed by a deploy then still delivers). Neither error
 * text nor the response excerpt (success or failure) contains a secret of this channel or a credential-bearing
 * part of one: they are stored in delivery_attempts, served by the API and kept in Temporal history, and a
 * receiver may echo the request it got. Masking here covers every channel, built-in or third-party.
 */
export async function deliverMessage(definition: AnyChannelDefinition, input: DeliverInput): Promise<DeliveryOutcome> {
  const parsed = definition.config.safeParse(input.config);
  const secrets = secretParts(secretValues(definition, parsed.success ? parsed.data : input.config));
  const mask = createSecretMasker(secrets);
  const maskExcerpt = (text: string) => maskCutTail(mask(text), secrets, MASK);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `config.${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new PermanentError(mask(`invalid ${definition.id} channel config: ${detail}`));
  }
  const logger = createMaskingLogger(input.logger, secrets);
  const ctx = { http: input.http, logger, idempotencyKey: input.idempotencyKey, attempt: input.attempt, isTest: input.isTest };
  let hostFailure: unknown;
  try {
    const payload = definition.format(input.message, parsed.data);
    await input.beforeSend?.().catch((error: unknown) => {
      hostFailure = error;
      throw error;
    });
    const started = performance.now();
    const result = await definition.send(payload, parsed.data, ctx);
    const responseExcerpt = result.responseExcerpt === undefined ? undefined : maskExcerpt(result.responseExcerpt);
    return { ok: true, statusCode: result.statusCode, responseExcerpt, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (hostFailure !== undefined && error === hostFailure) throw error;
    if (error instanceof RetryableError || error instanceof PermanentError) throw scrub(error, mask, maskExcerpt);
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new RetryableError(mask(`${definition.id} plugin failed unexpectedly: ${text}`));
  }
}
