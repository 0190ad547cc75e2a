import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/public.decorator.js';
import { ErrorResponses, JsonBody, JsonResponse, PublicOperation } from '../openapi/zod-openapi.js';
import { HooksService } from './hooks.service.js';
import { hookBodySchema, hookResultSchema } from './sources.openapi.js';

type RawRequest = FastifyRequest & { rawBody?: string };

const DESCRIPTION =
  'Takes a tool\'s native webhook, verifies it the way that tool signs (or by the token in the URL) and maps it onto events that ' +
  'go through the ordinary ingest path. Idempotent: event ids derive from the tool\'s delivery id or a hash of the alert. ' +
  'A bad signature or token is a 401, recorded on the source.';

// No API key: another tool posts here, authenticated by its signature or the path token only.
@Public()
@ApiTags('sources')
@Controller('v1/hooks')
export class HooksController {
  constructor(private readonly hooks: HooksService) {}

  @Post(':sourceId')
  @HttpCode(202)
  @ApiOperation({ summary: 'Receive a signed webhook from another tool', description: DESCRIPTION })
  @PublicOperation()
  @JsonBody(hookBodySchema)
  @JsonResponse(202, hookResultSchema, 'The events ingested (a repeat is marked duplicate, not routed twice)')
  @ErrorResponses(400, 401, 404, 409)
  receiveSigned(@Param('sourceId') sourceId: string, @Body() body: unknown, @Req() request: RawRequest) {
    return this.hooks.receive({ sourceId, body, rawBody: request.rawBody, headers: request.headers, remoteAddress: request.ip });
  }

  @Post(':sourceId/:token')
  @HttpCode(202)
  @ApiOperation({ summary: 'Receive a webhook from a tool that does not sign (token in the URL)', description: DESCRIPTION })
  @PublicOperation()
  @JsonBody(hookBodySchema)
  @JsonResponse(202, hookResultSchema, 'The events ingested (a repeat is marked duplicate, not routed twice)')
  @ErrorResponses(400, 401, 404, 409)
  receiveWithToken(@Param('sourceId') sourceId: string, @Param('token') token: string, @Body() body: unknown, @Req() request: RawRequest) {
    return this.hooks.receive({ sourceId, token, body, rawBody: request.rawBody, headers: request.headers, remoteAddress: request.ip });
  }
}
