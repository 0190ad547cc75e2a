import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { TenantId } from '../common/tenant.decorator.js';
import { zodQuery } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonResponse, QueryParams } from '../openapi/zod-openapi.js';
import { listOperationsQuerySchema, operationListSchema, operationSchema } from './operation.schemas.js';
import { OperationStore } from './operation.store.js';

/** The record of bulk resends and replays: who asked, when, with what filter, and what was started. */
@ApiTags('operations')
@Controller('v1/operations')
export class OperationsController {
  constructor(private readonly operations: OperationStore) {}

  @Get()
  @ApiOperation({ summary: 'Recorded bulk resends and replays', description: 'Newest first, the last 100.' })
  @QueryParams(listOperationsQuerySchema)
  @JsonResponse(200, operationListSchema, 'Operations, newest first')
  @ErrorResponses(400)
  list(@TenantId() tenantId: string, @Query(zodQuery(listOperationsQuerySchema)) query: z.output<typeof listOperationsQuerySchema>) {
    return this.operations.list(tenantId, query.kind);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One recorded operation' })
  @ApiParam({ name: 'id', description: 'Operation id' })
  @JsonResponse(200, operationSchema, 'The operation')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.operations.get(tenantId, id);
  }
}
