import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PluginRegistry } from '@signalbox/plugin-sdk/host';
import { eventCatalogue } from '@signalbox/route-model';
import { z } from 'zod';
import { ErrorResponses, JsonResponse } from '../openapi/zod-openapi.js';
import { PLUGIN_REGISTRY } from '../plugin-registry/plugin-registry.tokens.js';

const eventTypesSchema = z.object({
  items: z.array(z.object({ system: z.string(), type: z.string(), description: z.string(),
    subscribedByDefault: z.boolean().optional().describe('Whether the system subscribes new endpoints to this type by default, where its documentation says'),
    sample: z.record(z.string(), z.unknown()),
    alert: z.object({
      kind: z.enum(['problem', 'recovery']), family: z.string(), problemType: z.string(), recoveryType: z.string(),
    }).optional().describe('The problem / recovery pair this type belongs to: a recovery closes the open alert with the same fingerprint'),
  })),
});
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
  constructor(@Inject(PLUGIN_REGISTRY) private readonly plugins: PluginRegistry) {}

  @Get('event-types')
  @ApiOperation({ summary: 'Built-in event catalogue', description: 'Event types of the systems Signalbox knows, each with a description and a ready-to-post sample.' })
  @JsonResponse(200, eventTypesSchema, 'Catalogue entries')
  @ErrorResponses()
  eventTypes() {
    return { items: eventCatalogue() };
  }

  @Get('plugins')
  @ApiOperation({ summary: 'Installed channel plugins', description: 'Id, name, version, config JSON Schema and secret fields, for the channel forms.' })
  @JsonResponse(200, pluginsSchema, 'Plugins')
  @ErrorResponses()
  list() {
    return { items: this.plugins.list() };
  }
}
