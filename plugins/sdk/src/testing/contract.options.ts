import type { ReceiverReply } from './http-receiver.js';

/** How the platform answers, so the kit can play it from a local receiver. Every field has a generic default. */
export interface ContractResponses {
  /** A successful delivery (default `200 ok`). */
  success?: ReceiverReply;
  /**
   * The platform's 429 asking to wait `retryAfterSeconds` (default: status 429 + `Retry-After` header).
   * Discord: `{ status: 429, body: JSON.stringify({ retry_after: s }) }`; Telegram: `parameters.retry_after`.
   */
  rateLimited?: (retryAfterSeconds: number) => ReceiverReply;
  /** false when the platform's 429 carries no delay (PagerDuty): only "retryable" is asserted. Default true. */
  rateLimitHasDelay?: boolean;
  /** Must become RetryableError (default 500, 502, 503). */
  serverErrors?: ReceiverReply[];
  /** Must become PermanentError (default 400, 401, 403, 404). */
  permanentErrors?: ReceiverReply[];
  /** Must become GoneError — the host disables the channel (default 410). */
  goneErrors?: ReceiverReply[];
}

export interface ContractOptions<Config = Record<string, unknown>> {
  /**
   * A config (input form, as the API would receive it) that sends to `receiverUrl`, a local HTTP receiver
   * (`http://127.0.0.1:<port>/<path>`). Put realistic secret values in it: the kit checks they never leak.
   */
  validConfig(receiverUrl: string): Config;
  /**
   * Strings that must never appear in logs or errors, besides the values at the plugin's `secrets` paths
   * (which the kit collects itself) — e.g. a token embedded in a URL you build in send().
   */
  secretValues?: string[];
  /** The platform's reply shapes (429, errors); generic HTTP defaults otherwise. */
  responses?: ContractResponses;
  /**
   * false for a channel that does not deliver over HTTP through ctx.http (SMTP): the kit then runs only the
   * schema and format checks, and the plugin tests its transport itself.
   */
  http?: boolean;
  /** Per-check budget for the send checks, ms (default 15 000). */
  timeoutMs?: number;
}

export const DEFAULT_RETRY_AFTER_SECONDS = 7;

export function withDefaults(responses: ContractResponses = {}): Required<ContractResponses> {
  const text = (status: number, body: string): ReceiverReply => ({ status, headers: { 'content-type': 'text/plain' }, body });
  return {
    success: responses.success ?? text(200, 'ok'),
    rateLimited: responses.rateLimited ?? ((seconds) => ({ status: 429, headers: { 'retry-after': String(seconds), 'content-type': 'text/plain' }, body: 'rate limited' })),
    rateLimitHasDelay: responses.rateLimitHasDelay ?? true,
    serverErrors: responses.serverErrors ?? [text(500, 'internal error'), text(502, 'bad gateway'), text(503, 'unavailable')],
    permanentErrors: responses.permanentErrors ?? [text(400, 'invalid_payload'), text(401, 'unauthorized'), text(403, 'forbidden'), text(404, 'no_such_webhook')],
    goneErrors: responses.goneErrors ?? [text(410, 'gone')],
  };
}
