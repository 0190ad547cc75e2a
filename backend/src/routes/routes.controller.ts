import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { TenantId } from '../common/tenant.decorator.js';
import { ZodValidationPipe, zodBody } from '../common/zod-validation.pipe.js';
import { ErrorResponses, JsonBody, JsonResponse, NoContent } from '../openapi/zod-openapi.js';
import { RouteDryRunService } from './route-dry-run.service.js';
import { RoutePublishService } from './route-publish.service.js';
import { RouteScheduleService } from './route-schedule.service.js';
import {
  createRouteSchema, dryRunSchema, publishSchema, updateRouteSchema, versionParamSchema,
  type CreateRouteInput, type DryRunInput, type UpdateRouteInput,
} from './route.schemas.js';
import { dryRunResultSchema, publishedRouteSchema, routeListSchema, routeSchema, versionListSchema, versionSchema } from './routes.openapi.js';
import { RoutesService } from './routes.service.js';
import { versionView } from './route.view.js';

const versionParam = new ZodValidationPipe(versionParamSchema, 'path parameters');
const VersionParam = () => ApiParam({ name: 'version', description: 'Published version number', schema: { type: 'integer', minimum: 1, maximum: 2_147_483_647 } });

@ApiTags('routes')
@Controller('v1/routes')
export class RoutesController {
  constructor(
    private readonly routes: RoutesService,
    private readonly publishing: RoutePublishService,
    private readonly dryRun: RouteDryRunService,
    private readonly schedules: RouteScheduleService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a route (draft)', description: 'Saves when the graph is schema-valid; `issues` lists what would block publishing.' })
  @JsonBody(createRouteSchema)
  @JsonResponse(201, routeSchema, 'The new draft')
  @ErrorResponses(400)
  create(@TenantId() tenantId: string, @Body(zodBody(createRouteSchema)) body: CreateRouteInput) {
    return this.routes.create(tenantId, body);
  }

  @Get()
  @ApiOperation({ summary: 'All routes with 24 h activity', description: 'Status, live version, events matched and delivery success rate over the last 24 hours.' })
  @JsonResponse(200, routeListSchema, 'Routes, most recently edited first')
  @ErrorResponses()
  list(@TenantId() tenantId: string) {
    return this.routes.list(tenantId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One route with its draft graph', description: '`channelIssues`: sends of the live version whose channel is missing, paused or disabled.' })
  @JsonResponse(200, routeSchema, 'The route')
  @ErrorResponses(404)
  get(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.routes.detail(tenantId, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Edit the draft', description: 'Only the draft changes; the published version keeps routing until the next publish.' })
  @JsonBody(updateRouteSchema)
  @JsonResponse(200, routeSchema, 'The updated draft')
  @ErrorResponses(400, 404)
  update(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(updateRouteSchema)) body: UpdateRouteInput) {
    return this.routes.update(tenantId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a route and its versions' })
  @NoContent('Deleted')
  @ErrorResponses(404)
  async remove(@TenantId() tenantId: string, @Param('id') id: string): Promise<void> {
    await this.routes.remove(tenantId, id);
    await this.schedules.remove(tenantId, id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish the draft as a new version',
    description: 'Refuses (400) a graph with structural problems or send nodes whose channel does not exist; `issues` name the nodes. Otherwise freezes version n+1 and routes new events with it.',
  })
  @JsonResponse(200, publishedRouteSchema, 'The route, now published')
  @JsonBody(publishSchema, 'Optional: a note recorded with the version', { required: false })
  @ErrorResponses(400, 404)
  publish(@TenantId() tenantId: string, @Param('id') id: string, @Body() body: unknown) {
    // The body is optional (scripts publish with no body), so it is validated here rather than by a required-body pipe.
    // Only an absent body means "no note": a JSON `null` (or any non-object) is a body, and a wrong one is a 400.
    const { note } = zodBody(publishSchema).transform(body === undefined ? {} : body);
    return this.publishing.publish(tenantId, id, note || null);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Route new events with the published version again', description: 'Undoes disable; the draft is not published. 400 if the route was never published.' })
  @JsonResponse(200, routeSchema, 'The route, published again')
  @ErrorResponses(400, 404)
  enable(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.publishing.enable(tenantId, id);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop routing new events with this route', description: 'Events already in flight finish on their version. Publish again to re-enable.' })
  @JsonResponse(200, routeSchema, 'The route, now disabled')
  @ErrorResponses(404)
  disable(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.publishing.disable(tenantId, id);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Published versions, newest first' })
  @JsonResponse(200, versionListSchema, 'Versions')
  @ErrorResponses(404)
  versions(@TenantId() tenantId: string, @Param('id') id: string) {
    return this.publishing.versions(tenantId, id);
  }

  @Get(':id/versions/:version')
  @VersionParam()
  @ApiOperation({ summary: 'One published version with its frozen graph' })
  @JsonResponse(200, versionSchema, 'The version')
  @ErrorResponses(400, 404)
  async version(@TenantId() tenantId: string, @Param('id') id: string, @Param('version', versionParam) version: number) {
    return versionView(await this.publishing.version(tenantId, id, version), true);
  }

  @Post(':id/versions/:version/restore')
  @VersionParam()
  @HttpCode(200)
  @ApiOperation({ summary: 'Copy a version into the draft', description: 'Publish afterwards to make it live again.' })
  @JsonResponse(200, routeSchema, 'The route with the restored draft')
  @ErrorResponses(400, 404)
  restore(@TenantId() tenantId: string, @Param('id') id: string, @Param('version', versionParam) version: number) {
    return this.publishing.restore(tenantId, id, version);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Dry run: walk the route for an event',
    description: 'Per node: outcome and reason; templates rendered; per send node the message and the plugin payload preview. Nothing is sent, counted or stored.',
  })
  @JsonBody(dryRunSchema)
  @JsonResponse(200, dryRunResultSchema, 'What would happen')
  @ErrorResponses(400, 404)
  async test(@TenantId() tenantId: string, @Param('id') id: string, @Body(zodBody(dryRunSchema)) body: DryRunInput) {
    const graph = body.version === 'draft' ? (await this.routes.find(tenantId, id)).draftGraph : (await this.publishing.version(tenantId, id, body.version)).graph;
    return this.dryRun.run(tenantId, graph, body);
  }
}
