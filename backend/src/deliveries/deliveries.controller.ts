import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { TenantId, type TenantRequest } from '../common/tenant.decorator.js';
import { zodBody, zodQuery } from '../common/zod-validation.pipe.js';
import { requestActor } from '../events/request.actor.js';
import { bulkResendOperationSchema } from '../events/operation.schemas.js';
import { ErrorResponses, JsonBody, JsonResponse, QueryParams } from '../openapi/zod-openapi.js';
import { DeliveriesService } from './deliveries.service.js';
import { DeliveryBulkResendService } from './delivery.bulk-resend.service.js';
import { DeliveryCancelService } from './delivery.cancel.service.js';
import { DeliveryResendService } from './delivery.resend.service.js';
import {
  bulkResendSchema, cancelAcceptedSchema, cancelDeliverySchema, deliveryDetailSchema, deliveryListSchema, listDeliveriesQuerySchema, resendAcceptedSchema, type BulkResendInput, type CancelDeliveryInput, type ListDeliveriesQuery,
} from './delivery.schemas.js';

@ApiTags('deliveries')
@Controller('v1/deliveries')
export class DeliveriesController {
  constructor(
    private readonly deliveries: DeliveriesService,
    private readonly resends: DeliveryResendService,
    private readonly bulk: DeliveryBulkResendService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly cancels: DeliveryCancelService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The deliveries log', description: 'Newest first. Filters: status, routeId, channelId, eventId, since/until (created time); limit ≤ 200; cursor from nextCursor.' })
  @QueryParams(listDeliveriesQuerySchema)
  @JsonResponse(200, deliveryListSchema, 'One page of deliveries')
  @ErrorResponses(400)
  list(@TenantId() tenantId: string, @Query(zodQuery(listDeliveriesQuerySchema)) query: ListDeliveriesQuery) {
    return this.deliveries.list(tenantId, query);
  }

  @Post('resend')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Resend failed deliveries in bulk (dead letters)',
    description: 'Selects the newest `limit` failed sends (filters: channelId, routeId, errorClass, since/until) not delivered since, one row per send, '
      + 'and resends each like POST /v1/deliveries/:id/resend. Recorded (GET /v1/operations); a repeat with the same Idempotency-Key '
      + 'answers the first record and sends nothing again.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '1-64 of [A-Za-z0-9_-]; one bulk resend per key' })
  @JsonBody(bulkResendSchema)
  @JsonResponse(202, bulkResendOperationSchema, 'The recorded bulk resend (the first record again for a repeated Idempotency-Key)')
  @ErrorResponses(400, 409, 413, 415)
  async resendFailed(
    @TenantId() tenantId: string,
    @Body(zodBody(bulkResendSchema)) body: BulkResendInput,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: TenantRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { operation, replayed } = await this.bulk.resendFailed(tenantId, body, idempotencyKey, await requestActor(this.db, request));
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return operation;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One delivery with every attempt', description: 'Status code, latency, error and response excerpt per attempt, and the rendered message.' })
  @ApiParam({ name: 'id', description: 'Delivery id' })
  @JsonResponse(200, deliveryDetailSchema, 'The delivery')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.deliveries.get(tenantId, id);
  }

  @Post(':id/resend')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a delivered or failed message again',
    description: 'Starts workflow `resend:<tenant>:<deliveryId>:<n>`: the stored message goes once more to the same channel as a NEW delivery '
      + '(node `<node>#resend-<n>`, same event) with a new idempotency key, so receivers treat it as a new message. '
      + 'An Idempotency-Key header takes the place of n: repeating the request with the same key does not send again.',
  })
  @ApiParam({ name: 'id', description: 'Delivery id' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '1-64 of [A-Za-z0-9_-]; one resend per key' })
  @JsonResponse(202, resendAcceptedSchema, 'The resend workflow started (or had already started for this key)')
  @ErrorResponses(400, 404, 409)
  resend(@TenantId() tenantId: string, @Param('id') id: string, @Headers('idempotency-key') idempotencyKey?: string) {
    return this.resends.resend(tenantId, id, idempotencyKey);
  }

  @Post(':id/cancel')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Cancel a retrying or held delivery',
    description: 'Signals the workflow waiting for the next attempt (or holding the send): it stops and the delivery ends `failed` with the reason.',
  })
  @ApiParam({ name: 'id', description: 'Delivery id' })
  @JsonBody(cancelDeliverySchema)
  @JsonResponse(202, cancelAcceptedSchema, 'The workflow was told to stop retrying')
  @ErrorResponses(400, 404, 409)
  cancel(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(cancelDeliverySchema)) body: CancelDeliveryInput = {}) {
    return this.cancels.cancel(tenantId, id, body?.reason);
  }
}
