import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { internalErrorBody, toErrorBody } from './error-body.map.js';

/** The one place errors become responses: known errors keep their status, anything else is a bare 500. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    sendError(reply, exception, this.logger);
  }
}

export function sendError(reply: FastifyReply, exception: unknown, logger: Logger): void {
  let body = toErrorBody(exception);
  if (!body) {
    // Internals (SQL, stack traces) stay in the log, never in the response.
    logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    body = internalErrorBody();
  }
  void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
}
