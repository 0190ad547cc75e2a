import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RETRY_AFTER_SECONDS, toUnavailableBody } from './connection-error.map.js';
import { internalErrorBody, toErrorBody } from './error-body.map.js';

/** During an outage every request fails the same way; one log line per interval says so without flooding. */
const OUTAGE_LOG_INTERVAL_MS = 5_000;

/**
 * The one place errors become responses: known errors keep their status, a dependency outage is a 503 with
 * Retry-After, anything else is a bare 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    sendError(reply, exception, this.logger);
  }
}

let lastOutageLog = 0;

export function sendError(reply: FastifyReply, exception: unknown, logger: Logger): void {
  // An HttpException already says what it means; only raw driver/socket errors are classified here.
  const unavailable = exception instanceof HttpException ? undefined : toUnavailableBody(exception);
  if (unavailable) {
    const { retryAfterSeconds, ...body } = unavailable;
    if (Date.now() - lastOutageLog > OUTAGE_LOG_INTERVAL_MS) {
      lastOutageLog = Date.now();
      logger.warn(`answering 503: ${exception instanceof Error ? exception.message : String(exception)}`);
    }
    void reply.status(503).header('retry-after', String(retryAfterSeconds)).header('content-type', 'application/json; charset=utf-8').send(body);
    return;
  }
  let body = toErrorBody(exception);
  if (!body) {
    // Internals (SQL, stack traces) stay in the log, never in the response.
    logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    body = internalErrorBody();
  }
  if (body.statusCode === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
}
