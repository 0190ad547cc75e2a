// CONTRACT — thrown by plugins' send(); the worker maps them onto Temporal retries.

/** Try again later; `retryAfterMs` comes from the platform's 429 (Retry-After, retry_after, ...). */
export class RetryableError extends Error {
  override name = 'RetryableError';
  constructor(message: string, readonly options: { retryAfterMs?: number; statusCode?: number; responseExcerpt?: string } = {}) {
    super(message);
  }
}

/** Retrying cannot help (bad request, bad credentials, bad config). */
export class PermanentError extends Error {
  override name = 'PermanentError';
  constructor(message: string, readonly options: { statusCode?: number; responseExcerpt?: string } = {}) {
    super(message);
  }
}

/** The destination no longer exists (410, deleted webhook): the host should disable the channel. */
export class GoneError extends PermanentError {
  override name = 'GoneError';
}
