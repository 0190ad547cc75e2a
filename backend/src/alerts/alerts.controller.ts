import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { TenantId } from '../common/tenant.decorator.js';
import { zodQuery } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonResponse, QueryParams } from '../openapi/zod-openapi.js';
import { alertListSchema, alertViewSchema, listAlertsQuerySchema, type ListAlertsQuery } from './alerts.contract.js';
import { AlertsService } from './alerts.service.js';

/** Alert state: problems opened by events in the catalogue's problem / recovery pairs, closed by their recovery. */
@ApiTags('alerts')
@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({
    summary: 'Open (or resolved) alerts',
    description: 'Newest problem first; keyset pagination with `cursor`. Durations are measured between the events\' own timestamps.',
  })
  @QueryParams(listAlertsQuerySchema)
  @JsonResponse(200, alertListSchema, 'One page of alerts')
  @ErrorResponses(400)
  list(@TenantId() tenantId: string, @Query(zodQuery(listAlertsQuerySchema)) query: ListAlertsQuery) {
    return this.alerts.list(tenantId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One alert' })
  @ApiParam({ name: 'id', description: 'Alert id' })
  @JsonResponse(200, alertViewSchema, 'The alert')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.alerts.get(tenantId, id);
  }
}
