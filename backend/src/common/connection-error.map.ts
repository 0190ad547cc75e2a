import type { ErrorBody } from './api-error.js';

/** What a client should wait before retrying while a dependency restarts (a Postgres restart takes seconds). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs and socket codes that mean "the database is not there right now", not "your request is wrong":
 * 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now: starting up / shutting down),
 * class 08 (connection exceptions), 53300 (too many connections), and the socket errors of a refused,
 * reset or timed-out connection.
 */
const UNAVAILABLE_CODES = new Set([
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300',
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH',
]);
/** pg's own messages for a connection that died or never came up (they carry no code). */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /Cannot use a pool after calling end/,
];
/** gRPC UNAVAILABLE: the Temporal frontend cannot be reached. */
const GRPC_UNAVAILABLE = 14;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
  errors?: unknown;
}

/** The error and what it wraps: TypeORM's driverError, `cause` chains, Node's AggregateError (::1 and 127.0.0.1 both refused). */
function* chain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (typeof error !== 'object' || error === null || depth > 5) return;
  const e = error as ErrorLike;
  yield e;
  yield* chain(e.driverError, depth + 1);
  yield* chain(e.cause, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* chain(inner, depth + 1);
}

function dependencyDown(error: unknown): 'database' | 'Temporal' | undefined {
  for (const e of chain(error)) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return 'database';
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(e.message as string))) return 'database';
    if (e.code === GRPC_UNAVAILABLE) return 'Temporal';
  }
  return undefined;
}

/**
 * A dependency outage → 503 with Retry-After, the same for every endpoint: clients (and load balancers)
 * retry a 503, while a 500 reads as "this request is broken". Undefined for anything else.
 */
export function toUnavailableBody(exception: unknown): (ErrorBody & { retryAfterSeconds: number }) | undefined {
  const what = dependencyDown(exception);
  if (!what) return undefined;
  return {
    statusCode: 503,
    error: 'Service Unavailable',
    message: `The ${what} is unavailable (restarting or unreachable); retry in ${RETRY_AFTER_SECONDS} seconds`,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  };
}
