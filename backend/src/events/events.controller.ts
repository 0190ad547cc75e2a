import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../common/api-error.js';
import { TenantId, type TenantRequest } from '../common/tenant.decorator.js';
import { zodBody, zodQuery } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse, QueryParams } from '../openapi/zod-openapi.js';
import { replayOperationSchema } from './operation.schemas.js';
import { eventInputSchema } from '@signalbox/route-model';
import { EventBatchService } from './event-batch.service.js';
import { EventIngestService } from './event-ingest.service.js';
import { batchEnvelopeSchema, idempotencyKeySchema, type BatchResult, type IngestResult } from './event-ingest.types.js';
import { EventQueryService } from './event-query.service.js';
import { EventReplayService } from './event-replay.service.js';
import { replayFilterSchema, type ReplayFilter } from './event-replay.types.js';
import { requestActor } from './request.actor.js';
import { listEventsQuerySchema, type ListEventsQuery } from './event-query.types.js';
import { batchBodySchema, batchResultSchema, eventDetailSchema, eventListSchema, ingestResultSchema } from './events.openapi.js';

@ApiTags('events')
@Controller('v1/events')
export class EventsController {
  constructor(
    private readonly ingestService: EventIngestService,
    private readonly batchService: EventBatchService,
    private readonly queries: EventQueryService,
    private readonly replays: EventReplayService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send one event',
    description:
      'Validates the event, records it and starts routing it on every published route whose trigger matches. ' +
      'Idempotent: a repeat of the same `id` (or `Idempotency-Key`) answers 202 with the first answer, unchanged, ' +
      'and the header `Idempotent-Replayed: true`; it never routes the event twice. An event that matches no route is recorded with status `unmatched`.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Used as the event id when the body has no `id`' })
  @JsonBody(eventInputSchema)
  @JsonResponse(202, ingestResultSchema, 'Accepted (also for a repeat of an already accepted id)')
  @ErrorResponses(400, 413, 415)
  async ingest(
    @TenantId() tenantId: string,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IngestResult> {
    if (body === undefined) throw ApiError.badRequest('Request body is required: send the event as JSON with Content-Type: application/json');
    const key = idempotencyKey === undefined ? undefined : idempotencyKeySchema.safeParse(idempotencyKey);
    if (key && !key.success) {
      const message = `Idempotency-Key header ${key.error.issues[0]!.message}`;
      throw ApiError.badRequest(message, [{ path: 'Idempotency-Key', message }]);
    }
    const { result, replayed } = await this.ingestService.ingest(tenantId, body, key?.data);
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return result;
  }

  @Post('batch')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send up to 1000 events',
    description:
      'Each item is handled on its own: `accepted` (new), `duplicate` (id seen before — the first answer is repeated), ' +
      '`rejected` (invalid; `issues` point into `events[i]`), or `error` (recorded but routing could not start; resend it). ' +
      'One bad item never rejects the batch; only a malformed envelope (not 1-1000 events) is a 400.',
  })
  @JsonBody(batchBodySchema)
  @JsonResponse(202, batchResultSchema, 'Per-item results, in request order')
  @ErrorResponses(400, 413, 415)
  ingestBatch(@TenantId() tenantId: string, @Body(zodBody(batchEnvelopeSchema)) body: { events: unknown[] }): Promise<BatchResult> {
    return this.batchService.ingest(tenantId, body.events);
  }

  @Get()
  @ApiOperation({
    summary: 'Recent events',
    description:
      'Newest first; filter by `outcome`, `type`, `source`, `severity`, received time (`from` inclusive, `to` exclusive), ' +
      'text in the subject (`q`); keyset pagination with `cursor`. Outcome precedence: unmatched, held, in_progress, ' +
      'partially_delivered, delivered, failed, throttled, filtered.',
  })
  @QueryParams(listEventsQuerySchema)
  @JsonResponse(200, eventListSchema, 'One page of events')
  @ErrorResponses(400)
  list(@TenantId() tenantId: string, @Query(zodQuery(listEventsQuerySchema)) query: ListEventsQuery) {
    return this.queries.list(tenantId, query);
  }

  @Post('replay')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Replay a filtered set of events through the current published routes',
    description:
      'Takes the feed\'s filters (outcome, type, source, severity, from, to, q) and `limit` newest matches. Each becomes a NEW event ' +
      '`<id>~r<hash>` with `replayOf` set, ingested like any other (its own outcomes and deliveries). Recorded (see GET /v1/operations); ' +
      'a repeat with the same Idempotency-Key answers the first record and replays nothing again.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '1-64 of [A-Za-z0-9_-]; one replay per key' })
  @JsonBody(replayFilterSchema)
  @JsonResponse(202, replayOperationSchema, 'The recorded replay (the first record again for a repeated Idempotency-Key)')
  @ErrorResponses(400, 409, 413, 415)
  async replayMany(
    @TenantId() tenantId: string,
    @Body(zodBody(replayFilterSchema)) filter: ReplayFilter,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: TenantRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { operation, replayed } = await this.replays.replayMany(tenantId, filter, idempotencyKey, await requestActor(this.db, request));
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return operation;
  }

  @Post(':id/replay')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Replay one event through the current published routes',
    description: 'A NEW event `<id>~r<hash>` with `replayOf` = this id; recorded, idempotent per Idempotency-Key.',
  })
  @ApiParam({ name: 'id', description: 'Event id' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '1-64 of [A-Za-z0-9_-]; one replay per key' })
  @JsonResponse(202, replayOperationSchema, 'The recorded replay (the first record again for a repeated Idempotency-Key)')
  @ErrorResponses(400, 404, 409)
  async replayOne(
    @TenantId() tenantId: string,
    @Param('id') id: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: TenantRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { operation, replayed } = await this.replays.replayOne(tenantId, id, idempotencyKey, await requestActor(this.db, request));
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return operation;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One event and what happened to it', description: 'Matched routes, each node outcome per route version, and deliveries.' })
  @ApiParam({ name: 'id', description: 'Event id' })
  @JsonResponse(200, eventDetailSchema, 'The event')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.queries.get(tenantId, id);
  }
}
