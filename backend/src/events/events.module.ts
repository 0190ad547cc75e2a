import { Module } from '@nestjs/common';
import { EventBatchService } from './event-batch.service.js';
import { EventDispatcher } from './event.dispatcher.js';
import { EventIngestService } from './event-ingest.service.js';
import { EventQueryService } from './event-query.service.js';
import { EventReplayService } from './event-replay.service.js';
import { OperationStore } from './operation.store.js';
import { OperationsController } from './operations.controller.js';
import { EventsController } from './events.controller.js';
import { EventsStore } from './events.store.js';
import { WorkflowStarter } from './workflow.starter.js';

@Module({
  controllers: [EventsController, OperationsController],
  providers: [EventIngestService, EventBatchService, EventQueryService, EventsStore, WorkflowStarter, EventDispatcher, EventReplayService, OperationStore],
  exports: [EventDispatcher, OperationStore, EventIngestService],
})
export class EventsModule {}
