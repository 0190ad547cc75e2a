import { readApiKey } from './apiKey.js';

/** One problem the API reported, pointing at a field (and at a route node when it is a graph issue). */
export interface ApiIssue {
  path: string;
  message: string;
  nodeId?: string;
}

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

type Query = Record<string, string | number | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function request<T>(method: string, path: string, options: { body?: unknown; query?: Query; apiKey?: string; headers?: Record<string, string> } = {}): Promise<T> {
  const key = options.apiKey ?? readApiKey();
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (key) headers.Authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (cause) {
    throw new ApiError(0, `Cannot reach the Signalbox API (${(cause as Error).message})`);
  }
  const text = await response.text();
  const payload: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && !options.apiKey) onUnauthorized();
    const body = (payload ?? {}) as { message?: unknown; issues?: ApiIssue[]; details?: Record<string, unknown> };
    const message = typeof body.message === 'string' ? body.message : `${response.status} ${response.statusText}`;
    const details = body.details && typeof body.details === 'object' ? body.details : {};
    throw new ApiError(response.status, message, Array.isArray(body.issues) ? body.issues : [], details);
  }
  return payload as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Lists come back as `{ items, nextCursor }`; accept a bare array too, so a changed wrapper is one edit here. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export function toPage<T>(payload: unknown): Page<T> {
  if (Array.isArray(payload)) return { items: payload as T[], nextCursor: null };
  const wrapped = payload as { items?: T[]; data?: T[]; nextCursor?: string | null };
  return { items: wrapped?.items ?? wrapped?.data ?? [], nextCursor: wrapped?.nextCursor ?? null };
}
