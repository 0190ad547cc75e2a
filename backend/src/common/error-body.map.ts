import { HttpException } from '@nestjs/common';
import { reasonPhrase, type ErrorBody } from './api-error.js';
import type { BodyProblem } from './json-body.check.js';
import { EMPTY_JSON, INVALID_JSON, INVALID_UTF8, UNACCEPTABLE_JSON } from './json-only-bodies.hook.js';

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
  issue?: BodyProblem;
}

const body = (statusCode: number, message: string): ErrorBody => ({ statusCode, error: reasonPhrase(statusCode), message });

const isFastifyError = (value: unknown): value is FastifyLikeError =>
  typeof value === 'object' && value !== null && typeof (value as FastifyLikeError).statusCode === 'number';

const exceptionIsJsonSyntax = (err: FastifyLikeError) => err instanceof SyntaxError && (err as FastifyLikeError).statusCode === 400;

/** Fastify's own request errors (body parsing, content type, size) rephrased for API clients. */
function fromFastify(err: FastifyLikeError): ErrorBody | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return body(415, `${err.message}; send the body as JSON with Content-Type: application/json`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case EMPTY_JSON:
      return body(400, 'Body is empty: Content-Type is application/json, so send a JSON object');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return body(413, `Body is too large: ${err.message}`);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return body(400, 'Content-Length does not match the body that was sent');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return body(400, 'Body is not valid JSON');
    case INVALID_JSON:
      return body(400, `Body is not valid JSON: ${err.message}`);
    case INVALID_UTF8:
      return body(400, err.message ?? 'Body is not valid UTF-8');
    case UNACCEPTABLE_JSON:
      return { ...body(400, `Request body ${err.message}`), ...(err.issue ? { issues: [err.issue] } : {}) };
  }
  if (exceptionIsJsonSyntax(err)) return body(400, `Body is not valid JSON: ${err.message}`);
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return body(err.statusCode, err.message || reasonPhrase(err.statusCode));
  }
  return undefined;
}

function fromHttpException(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'statusCode' in response && 'error' in response && typeof (response as ErrorBody).message === 'string') {
    const { statusCode, error, message, issues, details } = response as ErrorBody;
    return { statusCode, error, message, ...(issues ? { issues } : {}), ...(details ? { details } : {}) };
  }
  const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const message = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : exception.message;
  return body(status, message);
}

/** Any thrown value → the public error body; undefined when it is unexpected (a 500 the caller logs). */
export function toErrorBody(exception: unknown): ErrorBody | undefined {
  // Nest wraps Fastify's request errors in an HttpException; the original keeps the precise code.
  if (exception instanceof HttpException && isFastifyError(exception.cause)) return fromFastify(exception.cause) ?? fromHttpException(exception);
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (typeof exception === 'object' && exception !== null) return fromFastify(exception as FastifyLikeError);
  return undefined;
}

export const internalErrorBody = (): ErrorBody => body(500, 'Internal server error; the failure was logged');
