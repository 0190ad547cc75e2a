import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { HooksController } from './hooks.controller.js';
import { HooksService } from './hooks.service.js';
import { SourcesController } from './sources.controller.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [EventsModule],
  controllers: [SourcesController, HooksController],
  providers: [SourcesService, HooksService],
})
export class SourcesModule {}
