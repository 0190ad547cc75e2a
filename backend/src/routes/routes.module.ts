import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module.js';
import { SilencesModule } from '../silences/silences.module.js';
import { RouteDryRunService } from './route-dry-run.service.js';
import { RoutePublishService } from './route-publish.service.js';
import { RouteScheduleController } from './route-schedule.controller.js';
import { RouteScheduleService } from './route-schedule.service.js';
import { RoutesController } from './routes.controller.js';
import { RoutesService } from './routes.service.js';

@Module({
  imports: [ChannelsModule, SilencesModule],
  controllers: [RoutesController, RouteScheduleController],
  providers: [RoutesService, RoutePublishService, RouteDryRunService, RouteScheduleService],
  exports: [RoutesService, RoutePublishService, RouteScheduleService],
})
export class RoutesModule {}
