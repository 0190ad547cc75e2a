export { createSignalboxClient, newIdempotencyKey, type SignalboxClient, type SignalboxClientOptions } from './client.js';
export type { components, operations, paths } from './schema.js';
export type { ApiErrorBody, Method, Operation, PathsWith, QueryParams, RequestBody, ResponseBody } from './types.js';
