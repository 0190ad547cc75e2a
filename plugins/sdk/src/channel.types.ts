// CONTRACT — the SDK work completes it (and may extend it), but keeps these names and shapes.
import type { EscapeMode, Message } from '@signalbox/route-model';
import type { z } from 'zod';

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** Body text, truncated at the client's response size cap. */
  body: string;
  /** True when the body was cut at the cap (the rest was never read). */
  truncated?: boolean;
}

/** The host's HTTP client: timeouts, response size cap and the host's address policy. Plugins use only this. */
/** The host's network access for plugins, under its address policy (no loopback or private networks in production). */
export interface HttpClient {
  request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number }): Promise<HttpResponse>;
  /**
   * For transports that are not HTTP (SMTP, raw TCP): the address to connect to for `host`, checked against the
   * same policy (PermanentError when not allowed, RetryableError when it does not resolve). Connect to the address
   * it returns, not to the name, so a second DNS answer cannot redirect the socket.
   */
  resolveAddress(host: string): Promise<string>;
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
  /** Largest payload the platform accepts, in bytes (UTF-8 of a string payload, else of its JSON). */
  maxPayloadBytes?: number;
}

/**
 * A config key, or `key.child` for one level of nesting (e.g. `signing.secret`), so a plugin can keep a
 * secret inside a group of settings without making the whole group write-only.
 */
export type SecretPath<Config> = {
  [K in keyof Config & string]: K | (NonNullable<Config[K]> extends Record<string, unknown> ? `${K}.${keyof NonNullable<Config[K]> & string}` : never);
}[keyof Config & string];

export interface ChannelDefinition<Config extends Record<string, unknown> = Record<string, unknown>, Payload = unknown> {
  id: string;
  name: string;
  version: string;
  description?: string;
  icon?: string;
  config: z.ZodType<Config>;
  /** Config keys (or `group.key` paths) that are encrypted at rest and masked in the API and logs. */
  secrets: ReadonlyArray<SecretPath<Config>>;
  limits?: ChannelLimits;
  /** How template values are escaped for this platform. */
  escape: EscapeMode;
  format(message: Message, config: Config): Payload;
  /**
   * The platform's documented per-field limits as code (Slack: ≤50 blocks, section text ≤3000; Discord: embeds
   * ≤6000 chars in total ...): returns one line per violation, empty when the payload is acceptable. The
   * contract kit runs it on every payload `format()` builds from hostile input; `limits.maxPayloadBytes` is
   * checked separately. Optional, but a plugin with per-field limits should declare them here.
   */
  validatePayload?(payload: Payload): string[];
  send(payload: Payload, config: Config, ctx: ChannelContext): Promise<SendResult>;
  /**
   * What the HTTP request for this payload will look like besides what format() returns (method, headers,
   * the exact body bytes), for the editor's dry-run preview. Values that exist only at send time (signatures,
   * timestamps, the delivery id) are described, never computed; secret values are left out or masked.
   */
  describeRequest?(payload: Payload, config: Config): RequestPreview;
  /**
   * Where this channel points, masked, for the channel list: `hooks.slack.com/…/AbCd`, `o***@example.com`,
   * `routing key …1a2b`. Runs on the server with the full config; use the SDK's maskUrl / maskEmail / maskTail
   * and never return a whole secret (the host drops an answer that contains one). Optional: without it the host
   * shows the masked host of a non-secret URL field, or nothing.
   */
  describeDestination?(config: Config): string;
}

/** One header of a previewed request: its value, or a description of a value only known at send time. */
export interface RequestPreviewHeader {
  name: string;
  value: string;
  /** Why the value is a placeholder (computed per attempt, a secret, ...). */
  note?: string;
}

export interface RequestPreview {
  method: string;
  headers: RequestPreviewHeader[];
  /** The exact body bytes sent, when they differ from the JSON of the payload. */
  body?: string;
}

/**
 * Any plugin, whatever its config and payload types: what the host's registry and deliverMessage accept.
 * `any` is deliberate — ChannelDefinition is invariant in Config (zod schemas both produce and accept it), so
 * no concrete type would admit every plugin; each config is validated against its own schema at runtime.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChannelDefinition = ChannelDefinition<any, any>;
