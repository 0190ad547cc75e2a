import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TenantId } from '../common/tenant.decorator.js';
import { zodBody, zodQuery } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse, NoContent, QueryParams } from '../openapi/zod-openapi.js';
import { ChannelHoldsService } from './channel-holds.service.js';
import { ChannelTestService } from './channel-test.service.js';
import {
  channelListSchema, channelResponseSchema, channelTestResultSchema, createChannelSchema, deleteChannelQuerySchema, testChannelConfigSchema, updateChannelSchema,
  type CreateChannelInput, type DeleteChannelQuery, type TestChannelConfigInput, type UpdateChannelInput,
} from './channel.schemas.js';
import { ChannelsService } from './channels.service.js';

@ApiTags('channels')
@Controller('v1/channels')
export class ChannelsController {
  constructor(
    private readonly channels: ChannelsService,
    private readonly tester: ChannelTestService,
    private readonly holds: ChannelHoldsService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a channel', description: "Config is validated by the plugin's schema; secret fields are encrypted at rest and never returned." })
  @JsonBody(createChannelSchema)
  @JsonResponse(201, channelResponseSchema, 'The channel, secrets masked')
  @ErrorResponses(400)
  async create(@TenantId() tenantId: string, @Body(zodBody(createChannelSchema)) body: CreateChannelInput) {
    return this.holds.withHeldCount(tenantId, await this.channels.create(tenantId, body));
  }

  @Get()
  @ApiOperation({ summary: 'All channels', description: 'Secrets masked.' })
  @JsonResponse(200, channelListSchema, 'Channels by name')
  @ErrorResponses()
  async list(@TenantId() tenantId: string) {
    const { items } = await this.channels.list(tenantId);
    return { items: await this.holds.withHeldCounts(tenantId, items) };
  }

  // Declared before the `:id` routes so "test" is never read as a channel id.
  @Post('test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Test a config before saving it',
    description:
      'Sends the same test message as `POST /v1/channels/{id}/test` with a config that is not stored. With `channelId`, `config` holds ' +
      'unsaved changes merged onto that channel (secrets left out keep their stored values) and the outcome becomes its `lastTest`. ' +
      'An invalid config answers 400 with the fields; the answer never contains secret values.',
  })
  @JsonBody(testChannelConfigSchema)
  @JsonResponse(200, channelTestResultSchema, 'Whether the destination accepted it')
  @ErrorResponses(400, 404)
  testConfig(@TenantId() tenantId: string, @Body(zodBody(testChannelConfigSchema)) body: TestChannelConfigInput) {
    return this.tester.testConfig(tenantId, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One channel', description: 'Secrets masked.' })
  @JsonResponse(200, channelResponseSchema, 'The channel')
  @ErrorResponses(404)
  async get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.holds.withHeldCount(tenantId, await this.channels.get(tenantId, id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Update a channel',
    description: '`config` is merged onto the stored config. Secrets are write-only: omit them (or send "********") to keep the stored value.',
  })
  @JsonBody(updateChannelSchema)
  @JsonResponse(200, channelResponseSchema, 'The channel, secrets masked')
  @ErrorResponses(400, 404)
  async update(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(updateChannelSchema)) body: UpdateChannelInput) {
    return this.holds.withHeldCount(tenantId, await this.channels.update(tenantId, id, body));
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
  @ApiOperation({ summary: 'Pause deliveries to this channel', description: 'Sends meanwhile are HELD (status `held`, counted in `heldCount`), up to the worker\'s hold timeout (default 24 h).' })
  @JsonResponse(200, channelResponseSchema, 'The channel')
  @ErrorResponses(404)
  async pause(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.holds.withHeldCount(tenantId, await this.channels.setPaused(tenantId, id, true));
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume deliveries to this channel', description: 'Releases the held deliveries in event order; the destination\'s pacing spaces them out.' })
  @JsonResponse(200, channelResponseSchema, 'The channel')
  @ErrorResponses(404)
  async resume(@TenantId() tenantId: string, @Param('id') id: string) {
    const channel = await this.channels.setPaused(tenantId, id, false);
    await this.holds.release(tenantId, id);
    return this.holds.withHeldCount(tenantId, channel);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled channel', description: 'Clears `disabledAt`/`disabledReason`; the next send is tried again. Enabling an enabled channel changes nothing.' })
  @JsonResponse(200, channelResponseSchema, 'The channel')
  @ErrorResponses(404)
  async enable(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.holds.withHeldCount(tenantId, await this.channels.enable(tenantId, id));
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
