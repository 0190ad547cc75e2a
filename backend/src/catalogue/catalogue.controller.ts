import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { PluginRegistry } from '@signalbox/plugin-sdk/host';
import { z } from 'zod';
import { TenantId } from '../common/tenant.decorator.js';
import { zodBody } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse } from '../openapi/zod-openapi.js';
import { PLUGIN_REGISTRY } from '../plugin-registry/plugin-registry.tokens.js';
import {
  eventTypeDescriptionResultSchema, eventTypeDescriptionSchema, eventTypesSchema, type EventTypeDescriptionInput,
} from './event-types.schemas.js';
import { EventTypesService } from './event-types.service.js';

const pluginsSchema = z.object({
  items: z.array(z.object({
    id: z.string(), name: z.string(), version: z.string(), description: z.string().optional(), icon: z.string().optional(),
    escape: z.string(),
    limits: z.object({ ratePerSecond: z.number().optional(), maxPayloadBytes: z.number().int().optional() }).optional().describe('Pacing and payload size the platform allows'), configSchema: z.record(z.string(), z.unknown()).describe('JSON Schema (2020-12) of the config; secrets are writeOnly'),
    secrets: z.array(z.string()),
    source: z.enum(['installed', 'plugins-dir']).optional().describe('installed: an npm package in node_modules; plugins-dir: a folder in PLUGINS_DIR'),
    package: z.string().optional(), packageVersion: z.string().optional(),
  })),
});

@ApiTags('catalogue')
@Controller('v1')
export class CatalogueController {
  constructor(
    @Inject(PLUGIN_REGISTRY) private readonly plugins: PluginRegistry,
    private readonly eventTypes: EventTypesService,
  ) {}

  @Get('event-types')
  @ApiOperation({
    summary: 'Event catalogue: built-in and seen types',
    description: 'The event types of the systems Signalbox knows (each with a description, a ready-to-post sample and its severity variants), then the types seen in this organisation\'s own traffic, newest first, each with its latest event as sample. Every type lists its field paths.',
  })
  @JsonResponse(200, eventTypesSchema, 'Catalogue entries')
  @ErrorResponses()
  listEventTypes(@TenantId() tenantId: string) {
    return this.eventTypes.list(tenantId);
  }

  @Put('event-types/:type/description')
  @ApiOperation({ summary: 'Describe an event type', description: 'Stored for this organisation and shown beside the type in the catalogue. An empty description removes it.' })
  @ApiParam({ name: 'type', description: 'The event type, e.g. deploy.success' })
  @JsonBody(eventTypeDescriptionSchema)
  @JsonResponse(200, eventTypeDescriptionResultSchema, 'The stored description')
  @ErrorResponses(400)
  describeEventType(@TenantId() tenantId: string, @Param('type') type: string, @Body(zodBody(eventTypeDescriptionSchema)) body: EventTypeDescriptionInput) {
    return this.eventTypes.describe(tenantId, type, body.description);
  }

  @Get('plugins')
  @ApiOperation({ summary: 'Installed channel plugins', description: 'Id, name, version, config JSON Schema and secret fields, for the channel forms.' })
  @JsonResponse(200, pluginsSchema, 'Plugins')
  @ErrorResponses()
  list() {
    return { items: this.plugins.list() };
  }
}
