import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module.js';
import { RoutesModule } from '../routes/routes.module.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsService } from './subscriptions.service.js';

@Module({
  imports: [ChannelsModule, RoutesModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionsService],
})
export class SubscriptionsModule {}
