import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TenantId } from '../common/tenant.decorator.js';
import { zodBody, zodQuery } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse, NoContent, QueryParams } from '../openapi/zod-openapi.js';
import { ChannelTestService } from './channel-test.service.js';
import {
  channelListSchema, channelResponseSchema, channelTestResultSchema, createChannelSchema, deleteChannelQuerySchema, updateChannelSchema,
  type CreateChannelInput, type DeleteChannelQuery, type UpdateChannelInput,
} from './channel.schemas.js';
import { ChannelsService } from './channels.service.js';

@ApiTags('channels')
@Controller('v1/channels')
export class ChannelsController {
  constructor(
    private readonly channels: ChannelsService,
    private readonly tester: ChannelTestService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a channel', description: "Config is validated by the plugin's schema; secret fields are encrypted at rest and never returned." })
  @JsonBody(createChannelSchema)
  @JsonResponse(201, channelResponseSchema, 'The channel, secrets masked')
  @ErrorResponses(400)
  create(@TenantId() tenantId: string, @Body(zodBody(createChannelSchema)) body: CreateChannelInput) {
    return this.channels.create(tenantId, body);
  }

  @Get()
  @ApiOperation({ summary: 'All channels', description: 'Secrets masked.' })
  @JsonResponse(200, channelListSchema, 'Channels by name')
  @ErrorResponses()
  list(@TenantId() tenantId: string) {
    return this.channels.list(tenantId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One channel', description: 'Secrets masked.' })
  @JsonResponse(200, channelResponseSchema, 'The channel')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.channels.get(tenantId, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Update a channel',
    description: '`config` is merged onto the stored config. Secrets are write-only: omit them (or send "********") to keep the stored value.',
  })
  @JsonBody(updateChannelSchema)
  @JsonResponse(200, channelResponseSchema, 'The channel, secrets masked')
  @ErrorResponses(400, 404)
  update(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(updateChannelSchema)) body: UpdateChannelInput) {
    return this.channels.update(tenantId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a channel',
    description:
      'Answers 409 while an enabled published route sends to it; `details.routes` lists those routes (id, name). ' +
      '`?force=true` deletes anyway: those routes then fail their sends (with a failed delivery row) until republished.',
  })
  @QueryParams(deleteChannelQuerySchema)
  @NoContent('Deleted')
  @ErrorResponses(400, 404, 409)
  async remove(@TenantId() tenantId: string, @Param('id') id: string, @Query(zodQuery(deleteChannelQuerySchema)) query: DeleteChannelQuery): Promise<void> {
    await this.channels.remove(tenantId, id, query.force);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause deliveries to this channel' })
  @JsonResponse(200, channelResponseSchema, 'The channel')
  @ErrorResponses(404)
  pause(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.channels.setPaused(tenantId, id, true);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume deliveries to this channel' })
  @JsonResponse(200, channelResponseSchema, 'The channel')
  @ErrorResponses(404)
  resume(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.channels.setPaused(tenantId, id, false);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a test message now', description: 'Synchronously through the plugin (marked isTest). The answer never contains secret values.' })
  @JsonResponse(200, channelTestResultSchema, 'Whether the destination accepted it')
  @ErrorResponses(404)
  test(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.tester.test(tenantId, id);
  }
}
