import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { TenantId } from '../common/tenant.decorator.js';
import { zodQuery } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonResponse } from '../openapi/zod-openapi.js';
import { DeliveriesService } from './deliveries.service.js';
import { deliveryDetailSchema, deliveryListSchema, listDeliveriesQuerySchema, type ListDeliveriesQuery } from './delivery.schemas.js';

@ApiTags('deliveries')
@Controller('v1/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOperation({ summary: 'The deliveries log', description: 'Newest first. Filters: status, routeId, channelId, eventId, since/until (created time); limit ≤ 200; cursor from nextCursor.' })
  @JsonResponse(200, deliveryListSchema, 'One page of deliveries')
  @ErrorResponses(400)
  list(@TenantId() tenantId: string, @Query(zodQuery(listDeliveriesQuerySchema)) query: ListDeliveriesQuery) {
    return this.deliveries.list(tenantId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One delivery with every attempt', description: 'Status code, latency, error and response excerpt per attempt, and the rendered message.' })
  @ApiParam({ name: 'id', description: 'Delivery id' })
  @JsonResponse(200, deliveryDetailSchema, 'The delivery')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.deliveries.get(tenantId, id);
  }
}
