import { Module } from '@nestjs/common';
import { EventBatchService } from './event-batch.service.js';
import { EventDispatcher } from './event.dispatcher.js';
import { EventIngestService } from './event-ingest.service.js';
import { EventQueryService } from './event-query.service.js';
import { EventsController } from './events.controller.js';
import { EventsStore } from './events.store.js';
import { WorkflowStarter } from './workflow.starter.js';

@Module({
  controllers: [EventsController],
  providers: [EventIngestService, EventBatchService, EventQueryService, EventsStore, WorkflowStarter, EventDispatcher],
  exports: [EventDispatcher],
})
export class EventsModule {}
