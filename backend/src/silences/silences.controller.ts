import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createSilenceSchema, previewSilenceSchema, updateSilenceSchema, type CreateSilenceInput, type PreviewSilenceInput, type UpdateSilenceInput,
} from '@signalbox/route-model';
import { TenantId } from '../common/tenant.decorator.js';
import { zodBody } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse } from '../openapi/zod-openapi.js';
import { silenceListSchema, silencePreviewResultSchema, silenceViewSchema } from './silence.view.js';
import { SilencesService } from './silences.service.js';

@ApiTags('silences')
@Controller('v1/silences')
export class SilencesController {
  constructor(private readonly silences: SilencesService) {}

  @Get()
  @ApiOperation({ summary: 'Silences, active first', description: 'Each with its state now: pending, active or expired.' })
  @JsonResponse(200, silenceListSchema, 'The tenant\'s silences')
  @ErrorResponses()
  list(@TenantId() tenantId: string) {
    return this.silences.list(tenantId);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Which events of the last 24 h these matchers would have matched', description: 'Nothing is saved.' })
  @JsonBody(previewSilenceSchema)
  @JsonResponse(200, silencePreviewResultSchema, 'Matching events, newest first')
  @ErrorResponses(400)
  preview(@TenantId() tenantId: string, @Body(zodBody(previewSilenceSchema)) body: PreviewSilenceInput) {
    return this.silences.preview(tenantId, body);
  }

  @Post()
  @ApiOperation({ summary: 'Create a silence', description: 'Matchers in Alertmanager\'s grammar (=, !=, =~, !~; regexes fully anchored, RE2 syntax) on type, source, subject, severity, id or data.<path>.' })
  @JsonBody(createSilenceSchema)
  @JsonResponse(201, silenceViewSchema, 'The silence')
  @ErrorResponses(400)
  create(@TenantId() tenantId: string, @Body(zodBody(createSilenceSchema)) body: CreateSilenceInput) {
    return this.silences.create(tenantId, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One silence' })
  @JsonResponse(200, silenceViewSchema, 'The silence')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.silences.get(tenantId, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Extend a silence (a new endsAt) or change its comment', description: 'An expired silence cannot be changed (409).' })
  @JsonBody(updateSilenceSchema)
  @JsonResponse(200, silenceViewSchema, 'The silence')
  @ErrorResponses(400, 404, 409)
  update(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(updateSilenceSchema)) body: UpdateSilenceInput) {
    return this.silences.update(tenantId, id, body);
  }

  @Post(':id/expire')
  @HttpCode(200)
  @ApiOperation({ summary: 'Expire a silence now', description: 'Sets endsAt to now; events after it are sent again. Expiring an expired silence changes nothing.' })
  @JsonResponse(200, silenceViewSchema, 'The expired silence')
  @ErrorResponses(404)
  expire(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.silences.expire(tenantId, id);
  }
}
