import { createSignalboxClient, type ApiErrorBody } from '@signalbox/api-client';
import { readApiKey } from './apiKey.js';

// Request and response shapes come from @signalbox/api-client (generated from the API's OpenAPI document):
// derive them with ResponseBody / RequestBody / QueryParams, never declare them by hand here.
export type { QueryParams, RequestBody, ResponseBody } from '@signalbox/api-client';

/** One problem the API reported, pointing at a field (and at a route node when it is a graph issue). */
export type ApiIssue = NonNullable<ApiErrorBody['issues']>[number];

/** The API's single error shape, `{ statusCode, error, message, issues? }`, as a throwable. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly issues: ApiIssue[] = [],
    /** Facts about a conflict (a 409's `details`, e.g. the routes that use a channel). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Called on any 401 so the app can drop the stored key and show sign-in. */
let onUnauthorized: () => void = () => undefined;
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/**
 * The generated client, same origin as the UI. The stored key is read per request (sign-in and sign-out change it);
 * a request that names its own `Authorization` (the sign-in check) keeps it. fetch is looked up per call so tests can stub it.
 */
export const client = createSignalboxClient({ baseUrl: window.location.origin, fetch: (input) => globalThis.fetch(input) });
client.use({
  onRequest({ request }) {
    const key = readApiKey();
    if (key && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${key}`);
    return request;
  },
});

// eslint-disable-next-line no-restricted-syntax -- openapi-fetch's result, not an API shape
type Answer<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits a client call and returns its body, or throws ApiError carrying the API's message, issues and details.
 * A 401 signs out unless `signOutOn401` is false (the sign-in page checks a key it has not stored yet).
 */
export async function call<T>(pending: Promise<Answer<T>>, { signOutOn401 = true } = {}): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await pending;
  } catch (cause) {
    throw new ApiError(0, `Cannot reach the Signalbox API (${(cause as Error).message})`);
  }
  const { data, error, response } = answer;
  if (!response.ok) {
    if (response.status === 401 && signOutOn401) onUnauthorized();
    const body = (typeof error === 'object' && error !== null ? error : {}) as Partial<ApiErrorBody>;
    const message = typeof body.message === 'string' ? body.message : `${response.status} ${response.statusText}`;
    const details = body.details && typeof body.details === 'object' ? body.details : {};
    throw new ApiError(response.status, message, Array.isArray(body.issues) ? body.issues : [], details);
  }
  return data as T;
}

/** Drops empty filter values, so an unset form field is no query parameter rather than `?status=`. */
export function compact<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}
