import type { paths } from './schema.js';

/** The HTTP methods the API uses. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** Paths that have operation `M`, e.g. `PathsWith<'post'>`. */
export type PathsWith<M extends Method> = { [P in keyof paths]: paths[P][M] extends undefined | never ? never : P }[keyof paths];
/** One operation of the document, e.g. `Operation<'/v1/events', 'post'>`. */
export type Operation<P extends PathsWith<M>, M extends Method> = NonNullable<paths[P][M]>;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type SuccessStatus = 200 | 201 | 202;

/** What a successful call answers, e.g. `ResponseBody<'/v1/events/{id}', 'get'>`. */
export type ResponseBody<P extends PathsWith<M>, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? { [S in keyof R & SuccessStatus]: JsonOf<R[S]> }[keyof R & SuccessStatus] : never;
/** The JSON body an operation takes, e.g. `RequestBody<'/v1/channels', 'post'>`. */
export type RequestBody<P extends PathsWith<M>, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
/** The query parameters an operation takes, e.g. `QueryParams<'/v1/events', 'get'>`. */
export type QueryParams<P extends PathsWith<M>, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The single error shape of the API: `{ statusCode, error, message, issues?, details? }`. */
export type ApiErrorBody = JsonOf<Operation<'/v1/events', 'post'>['responses'][400]>;
