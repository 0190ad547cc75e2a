import { Module } from '@nestjs/common';
import { DeliveriesController } from './deliveries.controller.js';
import { DeliveriesService } from './deliveries.service.js';
import { DeliveryCancelService } from './delivery.cancel.service.js';
import { DeliveryResendService } from './delivery.resend.service.js';

@Module({ controllers: [DeliveriesController], providers: [DeliveriesService, DeliveryResendService, DeliveryCancelService] })
export class DeliveriesModule {}
