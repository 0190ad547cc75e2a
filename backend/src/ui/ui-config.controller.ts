import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { TenantId } from '../common/tenant.decorator.js';
import { ErrorResponses, JsonResponse } from '../openapi/zod-openapi.js';
import { uiConfigSchema } from './ui-config.schemas.js';

export type UiConfig = z.output<typeof uiConfigSchema>;

/** What the UI needs from the server's configuration to link out (Temporal UI). */
@ApiTags('settings')
@Controller('v1/ui-config')
export class UiConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: RuntimeConfig) {}

  @Get()
  @ApiOperation({ summary: 'Settings the UI reads', description: 'The Temporal UI base URL and namespace, so the event page can link its workflow.' })
  @JsonResponse(200, uiConfigSchema, 'Settings')
  @ErrorResponses()
  get(@TenantId() tenantId: string): UiConfig {
    return { temporalUiUrl: this.config.TEMPORAL_UI_URL?.replace(/\/+$/, '') ?? null, temporalNamespace: this.config.TEMPORAL_NAMESPACE, tenantId };
  }
}
