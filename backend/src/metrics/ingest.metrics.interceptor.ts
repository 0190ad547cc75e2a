import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, tap } from 'rxjs';
import type { BatchResult, IngestResult } from '../events/event-ingest.types.js';
import { ApiMetrics, type IngestOutcome } from './api.metrics.js';

const SINGLE = '/v1/events';
const BATCH = '/v1/events/batch';

/**
 * Counts ingest outcomes around the events controller, so the ingest path itself stays untouched and
 * pays nothing but an in-memory increment.
 */
@Injectable()
export class IngestMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: ApiMetrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const path = request.url.split('?')[0];
    if (request.method !== 'POST' || (path !== SINGLE && path !== BATCH)) return next.handle();
    const body = request.body as { type?: unknown; events?: unknown[] } | undefined;
    return next.handle().pipe(
      tap({
        next: (result) => {
          if (path === BATCH) return this.countBatch(body?.events ?? [], result as BatchResult);
          const replayed = context.switchToHttp().getResponse<FastifyReply>().getHeader('idempotent-replayed') === 'true';
          const r = result as IngestResult;
          this.metrics.countIngest(body?.type, replayed ? 'duplicate' : r.status);
        },
        error: () => {
          if (path === SINGLE) this.metrics.countIngest(body?.type, 'rejected');
        },
      }),
    );
  }

  private countBatch(events: unknown[], result: BatchResult): void {
    for (const item of result.results) {
      const type = (events[item.index] as { type?: unknown } | undefined)?.type;
      const outcome: IngestOutcome =
        item.result === 'rejected' ? 'rejected' : item.result === 'duplicate' ? 'duplicate' : item.result === 'accepted' ? item.status : 'error';
      this.metrics.countIngest(type, outcome);
    }
  }
}
