// CONTRACT — thrown by plugins' send(); the worker maps them onto Temporal retries.

/**
 * `instanceof` is answered by a brand under a registry symbol, not by class identity: a plugin installed from
 * npm or dropped into PLUGINS_DIR may load its own copy of this SDK, and its errors must still classify.
 */
const KIND = Symbol.for('signalbox.plugin-sdk.error-kind');
export type SendErrorKind = 'retryable' | 'permanent' | 'gone';
type Kind = SendErrorKind;

function kindOf(value: unknown): Kind | undefined {
  return typeof value === 'object' && value !== null ? ((value as Record<symbol, Kind | undefined>)[KIND] ?? undefined) : undefined;
}

/**
 * The SDK error kind of anything thrown, read from the brand — so a plugin's own subclass (any `name`), thrown by
 * a plugin that bundles its own copy of the SDK, still classifies. `undefined` for errors that are not the SDK's.
 */
export function sendErrorKind(value: unknown): SendErrorKind | undefined {
  return kindOf(value);
}

/** Try again later; `retryAfterMs` comes from the platform's 429 (Retry-After, retry_after, ...). */
export class RetryableError extends Error {
  override name = 'RetryableError';
  static override [Symbol.hasInstance](value: unknown): boolean {
    return kindOf(value) === 'retryable';
  }
  constructor(message: string, readonly options: { retryAfterMs?: number; statusCode?: number; responseExcerpt?: string } = {}) {
    super(message);
    Object.defineProperty(this, KIND, { value: 'retryable' });
  }
}

/** Retrying cannot help (bad request, bad credentials, bad config). */
export class PermanentError extends Error {
  override name = 'PermanentError';
  static override [Symbol.hasInstance](value: unknown): boolean {
    const kind = kindOf(value);
    return kind === 'permanent' || kind === 'gone';
  }
  constructor(message: string, readonly options: { statusCode?: number; responseExcerpt?: string } = {}) {
    super(message);
    Object.defineProperty(this, KIND, { value: 'permanent', configurable: true });
  }
}

/** The destination no longer exists (410, deleted webhook): the host should disable the channel. */
export class GoneError extends PermanentError {
  override name = 'GoneError';
  static override [Symbol.hasInstance](value: unknown): boolean {
    return kindOf(value) === 'gone';
  }
  constructor(message: string, options: { statusCode?: number; responseExcerpt?: string } = {}) {
    super(message, options);
    Object.defineProperty(this, KIND, { value: 'gone' });
  }
}
