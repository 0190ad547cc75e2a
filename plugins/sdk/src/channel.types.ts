// CONTRACT — the SDK work completes it (and may extend it), but keeps these names and shapes.
import type { EscapeMode, Message } from '@signalbox/route-model';
import type { z } from 'zod';

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** Body text, truncated at the client's response size cap. */
  body: string;
}

/** The host's HTTP client: timeouts, response size cap and the host's address policy. Plugins use only this. */
export interface HttpClient {
  request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number }): Promise<HttpResponse>;
}

export interface ChannelLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface ChannelContext {
  http: HttpClient;
  logger: ChannelLogger;
  /** Stable per delivery across retries: send it as the platform's idempotency key. */
  idempotencyKey: string;
  attempt: number;
  /** True for `POST /v1/channels/:id/test` messages. */
  isTest: boolean;
}

export interface SendResult {
  statusCode?: number;
  responseExcerpt?: string;
}

export interface ChannelLimits {
  /** Pacing the host applies per channel (destination). */
  ratePerSecond?: number;
  /** Largest payload the platform accepts, in bytes. */
  maxPayloadBytes?: number;
}

export interface ChannelDefinition<Config extends Record<string, unknown> = Record<string, unknown>, Payload = unknown> {
  id: string;
  name: string;
  version: string;
  description?: string;
  icon?: string;
  config: z.ZodType<Config>;
  /** Config keys that are encrypted at rest and masked in the API and logs. */
  secrets: ReadonlyArray<keyof Config & string>;
  limits?: ChannelLimits;
  /** How template values are escaped for this platform. */
  escape: EscapeMode;
  format(message: Message, config: Config): Payload;
  send(payload: Payload, config: Config, ctx: ChannelContext): Promise<SendResult>;
}
