import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TenantId } from '../common/tenant.decorator.js';
import { zodBody } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse } from '../openapi/zod-openapi.js';
import { saveSubscriptionsSchema, subscriptionsSchema, type SaveSubscriptionsInput } from './subscription.schemas.js';
import { SubscriptionsService } from './subscriptions.service.js';

@ApiTags('channels')
@Controller('v1/channels/:id/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @ApiOperation({
    summary: 'Which events go to this channel',
    description: 'The catalogue by product, each type ticked as saved (before the first save: the catalogue default), with its 24 h event count.',
  })
  @JsonResponse(200, subscriptionsSchema, 'The subscriptions')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.subscriptions.get(tenantId, id);
  }

  @Put()
  @ApiOperation({
    summary: 'Save which events go to this channel',
    description: "Creates or updates the channel's generated route (trigger → severity filter → send) and publishes it; an empty list disables it.",
  })
  @JsonBody(saveSubscriptionsSchema)
  @JsonResponse(200, subscriptionsSchema, 'The saved subscriptions, with the generated route')
  @ErrorResponses(400, 404)
  save(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(saveSubscriptionsSchema)) body: SaveSubscriptionsInput) {
    return this.subscriptions.save(tenantId, id, body);
  }
}
