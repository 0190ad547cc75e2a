import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TenantId } from '../common/tenant.decorator.js';
import { zodBody } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse, NoContent } from '../openapi/zod-openapi.js';
import { SOURCE_PRESETS } from './presets/index.js';
import { previewMapping } from './source-preview.js';
import { createSourceSchema, previewSchema, updateSourceSchema, type CreateSourceInput, type PreviewInput, type UpdateSourceInput } from './source.schemas.js';
import { presetListSchema, previewResultSchema, sourceDetailSchema, sourceListSchema, sourceSchema } from './sources.openapi.js';
import { SourcesService } from './sources.service.js';

@ApiTags('sources')
@Controller('v1/sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @ApiOperation({ summary: 'Inbound sources', description: 'Each with its hook URL and last rejection; signing secrets are never returned, only a masked hint.' })
  @JsonResponse(200, sourceListSchema, 'Sources, oldest first')
  @ErrorResponses()
  list(@TenantId() tenantId: string) {
    return this.sources.list(tenantId);
  }

  @Get('presets')
  @ApiOperation({ summary: 'Tools a source can be created for, and how each is verified' })
  @JsonResponse(200, presetListSchema, 'Presets')
  @ErrorResponses()
  presets() {
    return { items: SOURCE_PRESETS.map(({ id, name, description, verification }) => ({ id, name, description, verification })) };
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Map a pasted sample without saving', description: 'Answers the events the hook would ingest, or a 400 naming the problem.' })
  @JsonBody(previewSchema)
  @JsonResponse(200, previewResultSchema, 'The mapped events')
  @ErrorResponses(400)
  preview(@Body(zodBody(previewSchema)) body: PreviewInput) {
    return previewMapping(body);
  }

  @Post()
  @ApiOperation({ summary: 'Create a source from a preset' })
  @JsonBody(createSourceSchema)
  @JsonResponse(201, sourceSchema, 'The source, with its hook URL')
  @ErrorResponses(400)
  create(@TenantId() tenantId: string, @Body(zodBody(createSourceSchema)) body: CreateSourceInput) {
    return this.sources.create(tenantId, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One source with its recent rejections' })
  @JsonResponse(200, sourceDetailSchema, 'The source')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.sources.detail(tenantId, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, change the secret, overrides or mapping, or rotate the hook URL token' })
  @JsonBody(updateSourceSchema)
  @JsonResponse(200, sourceSchema, 'The source')
  @ErrorResponses(400, 404)
  update(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(updateSourceSchema)) body: UpdateSourceInput) {
    return this.sources.update(tenantId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a source; its hook URL stops working' })
  @NoContent('Deleted')
  @ErrorResponses(404)
  async remove(@TenantId() tenantId: string, @Param('id') id: string): Promise<void> {
    await this.sources.remove(tenantId, id);
  }
}
