import { Module } from '@nestjs/common';
import { DeliveriesController } from './deliveries.controller.js';
import { DeliveriesService } from './deliveries.service.js';
import { EventsModule } from '../events/events.module.js';
import { DeliveryBulkResendService } from './delivery.bulk-resend.service.js';
import { DeliveryCancelService } from './delivery.cancel.service.js';
import { DeliveryResendService } from './delivery.resend.service.js';

@Module({ imports: [EventsModule], controllers: [DeliveriesController], providers: [DeliveriesService, DeliveryResendService, DeliveryBulkResendService, DeliveryCancelService] })
export class DeliveriesModule {}
