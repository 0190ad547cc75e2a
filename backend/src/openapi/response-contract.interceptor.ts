import { type CallHandler, type ExecutionContext, Injectable, InternalServerErrorException, Logger, type NestInterceptor, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { RESPONSE_SCHEMAS, type DeclaredResponses } from './zod-openapi.js';
import { responseValidator } from './response.validator.js';

/**
 * Makes the documented response schemas the enforced ones: every handler result is checked, as it will be
 * serialised, against the schema its `@JsonResponse` declares for the status it answers with — the very schema
 * `/openapi.json` publishes. A field the document does not declare, a missing one, or a body on an operation
 * that declares none is a 500 naming the operation and the field, so the contract cannot drift silently.
 * On in development and tests (and the schemathesis run); production only logs (`mode: 'log'`).
 */
@Injectable()
export class ResponseContractInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ResponseContract');

  constructor(private readonly mode: 'enforce' | 'log') {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const handler = context.getHandler();
    const declared = Reflect.getMetadata(RESPONSE_SCHEMAS, handler) as DeclaredResponses | undefined;
    const http = context.switchToHttp();
    return next.handle().pipe(
      map((body: unknown) => {
        const reply = http.getResponse<FastifyReply>();
        // A handler that wrote the reply itself (@Res() without passthrough, e.g. /metrics) has no body to check here.
        if (reply.sent) return body;
        const request = http.getRequest<FastifyRequest>();
        const status = answeredStatus(handler, reply);
        const operation = `${request.method} ${request.routeOptions?.url ?? request.url}`;
        const problem = check(declared, status, body, operation);
        if (problem) {
          if (this.mode === 'enforce') throw new InternalServerErrorException(`Response contract broken: ${problem}`);
          this.logger.warn(problem);
        }
        return body;
      }),
    );
  }
}

function check(declared: DeclaredResponses | undefined, status: number, body: unknown, operation: string): string | undefined {
  if (!declared || !(status in declared)) {
    return `${operation} answered ${status}, but declares no response schema for it: add @JsonResponse(${status}, schema, …) (or @NoContent()) beside the route`;
  }
  const schema = declared[status] as z.ZodType | null;
  if (schema === null) return body === undefined ? undefined : `${operation} declares ${status} without a body but returned one`;
  return responseValidator(schema)(body === undefined ? undefined : JSON.parse(JSON.stringify(body)), `${operation} ${status}`);
}

/** The status Nest will send: one set explicitly on the reply (e.g. 503 from /readyz), else @HttpCode, else the method's default. */
function answeredStatus(handler: object, reply: FastifyReply): number {
  if (reply.statusCode !== 200) return reply.statusCode;
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  if (code !== undefined) return code;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? 201 : 200;
}
