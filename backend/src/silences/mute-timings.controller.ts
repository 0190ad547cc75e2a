import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { muteTimingSchema, type MuteTimingInput } from '@signalbox/route-model';
import { z } from 'zod';
import { TenantId } from '../common/tenant.decorator.js';
import { zodBody } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse, NoContent } from '../openapi/zod-openapi.js';
import { MuteTimingsService } from './mute-timings.service.js';
import { muteTimingViewSchema } from './silence.view.js';

@ApiTags('silences')
@Controller('v1/mute-timings')
export class MuteTimingsController {
  constructor(private readonly timings: MuteTimingsService) {}

  @Get()
  @ApiOperation({ summary: 'Mute timings', description: 'Weekly windows in a time zone (Alertmanager time_intervals: weekdays, times, daysOfMonth, months, years).' })
  @JsonResponse(200, z.object({ items: z.array(muteTimingViewSchema) }), 'The tenant\'s mute timings')
  @ErrorResponses()
  list(@TenantId() tenantId: string) {
    return this.timings.list(tenantId);
  }

  @Post()
  @ApiOperation({ summary: 'Create a mute timing', description: 'Name it in a send node\'s muteTimingIds to mute that send inside the windows, or in the trigger\'s to mute every send of the route.' })
  @JsonBody(muteTimingSchema)
  @JsonResponse(201, muteTimingViewSchema, 'The mute timing')
  @ErrorResponses(400, 409)
  create(@TenantId() tenantId: string, @Body(zodBody(muteTimingSchema)) body: MuteTimingInput) {
    return this.timings.create(tenantId, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One mute timing' })
  @JsonResponse(200, muteTimingViewSchema, 'The mute timing')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.timings.get(tenantId, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a mute timing\'s name, time zone and intervals' })
  @JsonBody(muteTimingSchema)
  @JsonResponse(200, muteTimingViewSchema, 'The mute timing')
  @ErrorResponses(400, 404, 409)
  replace(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(muteTimingSchema)) body: MuteTimingInput) {
    return this.timings.replace(tenantId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a mute timing; send nodes naming it are no longer muted by it' })
  @NoContent('Deleted')
  @ErrorResponses(404)
  async remove(@TenantId() tenantId: string, @Param('id') id: string): Promise<void> {
    await this.timings.remove(tenantId, id);
  }
}
