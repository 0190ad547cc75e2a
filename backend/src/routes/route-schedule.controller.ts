import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { routeScheduleSchema, scheduleNoteSchema } from '@signalbox/route-model';
import { TenantId } from '../common/tenant.decorator.js';
import { zodBody } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse } from '../openapi/zod-openapi.js';
import { RouteScheduleService } from './route-schedule.service.js';

const note = (body: unknown) => zodBody(scheduleNoteSchema).transform(body ?? {}).note;

/** A scheduled route's Temporal Schedule: state, pause, resume, run now. */
@ApiTags('routes')
@ApiParam({ name: 'id', description: 'Route id', required: false })
@Controller('v1/routes/:id/schedule')
export class RouteScheduleController {
  constructor(private readonly schedules: RouteScheduleService) {}

  @Get()
  @ApiOperation({ summary: "The route's schedule", description: 'State (active, paused, none), the next ticks and the most recent runs.' })
  @JsonResponse(200, routeScheduleSchema, 'The schedule')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.schedules.state(tenantId, id);
  }

  @Post('pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause the schedule', description: 'No tick runs until resumed; "run now" still works. 409 if the route has no live schedule.' })
  @JsonBody(scheduleNoteSchema)
  @JsonResponse(200, routeScheduleSchema, 'The schedule, paused')
  @ErrorResponses(400, 404, 409)
  pause(@TenantId() tenantId: string, @Param('id') id: string, @Body() body: unknown) {
    return this.schedules.pause(tenantId, id, note(body));
  }

  @Post('resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume the schedule', description: 'Ticks missed while paused are not run; the next tick is.' })
  @JsonBody(scheduleNoteSchema)
  @JsonResponse(200, routeScheduleSchema, 'The schedule, active')
  @ErrorResponses(400, 404, 409)
  resume(@TenantId() tenantId: string, @Param('id') id: string, @Body() body: unknown) {
    return this.schedules.resume(tenantId, id, note(body));
  }

  @Post('run')
  @HttpCode(202)
  @ApiOperation({ summary: 'Run now', description: 'Sends one summary of the window from the last tick until now, also while paused.' })
  @JsonResponse(202, routeScheduleSchema, 'The run was started')
  @ErrorResponses(404, 409)
  run(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.schedules.runNow(tenantId, id);
  }
}
