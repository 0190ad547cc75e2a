import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { TenantId } from '../common/tenant.decorator.js';
import { zodQuery } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonResponse, openApiSchema, QueryParams, RESPONSE_SCHEMAS } from '../openapi/zod-openapi.js';
import { ConfigApplyService } from './config-apply.service.js';
import { ConfigExportService } from './config-export.service.js';
import { applyQuerySchema, applyResultSchema, configFileSchema, exportQuerySchema, type ApplyQuery, type ExportQuery } from './config-file.schema.js';
import { YAML_TYPES } from './yaml-body.parser.js';

/**
 * A YAML response: the document describes the file's structure (what a client gets after parsing the YAML, the
 * same schema apply reads it with); the server's response check sees the serialized text, so it enforces a string.
 */
const YamlResponse = (description: string): MethodDecorator => (target, key, descriptor) => {
  ApiResponse({ status: 200, description, content: { 'application/yaml': { schema: openApiSchema(configFileSchema, 'input') } } })(target, key, descriptor);
  Reflect.defineMetadata(RESPONSE_SCHEMAS, { ...(Reflect.getMetadata(RESPONSE_SCHEMAS, descriptor.value as object) ?? {}), 200: z.string() }, descriptor.value as object);
};

@ApiTags('config')
@Controller('v1/config')
export class ConfigController {
  constructor(
    private readonly exporter: ConfigExportService,
    private readonly applier: ConfigApplyService,
  ) {}

  @Get('export')
  @Header('content-type', 'application/yaml; charset=utf-8')
  @ApiOperation({
    summary: 'Export routes, channels, mute timings and current silences as YAML',
    description: 'Objects are named, not identified by ids. Secrets are never written in clear: `secrets=env` (default) writes `{ env: NAME }` references, `secrets=omit` leaves them out. 409 when two objects of a kind share a name.',
  })
  @ApiProduces('application/yaml')
  @QueryParams(exportQuerySchema)
  @YamlResponse('The configuration file')
  @ErrorResponses(409)
  export(@TenantId() tenantId: string, @Query(zodQuery(exportQuerySchema)) query: ExportQuery) {
    return this.exporter.exportYaml(tenantId, query);
  }

  @Post('apply')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply a YAML configuration file (or dry-run it)',
    description: 'Validates the whole file first (400 naming the document path, e.g. `routes[2].graph.nodes[1].config.channel`), then creates and changes what differs. '
      + '`dryRun=true` writes nothing. `prune=true` also deletes what the file does not name. Secret fields must hold values (the CLI resolves `{ env: NAME }`) or be left out to keep the stored value.',
  })
  @ApiConsumes(...YAML_TYPES)
  @ApiBody({ description: 'The configuration file (YAML)', schema: { type: 'string' } })
  @QueryParams(applyQuerySchema)
  @JsonResponse(200, applyResultSchema, 'What changed (or would change, with dryRun=true)')
  @ErrorResponses(409)
  apply(@TenantId() tenantId: string, @Query(zodQuery(applyQuerySchema)) query: ApplyQuery, @Body() body: unknown) {
    return this.applier.apply(tenantId, body, query);
  }
}
