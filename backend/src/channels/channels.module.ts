import { Module } from '@nestjs/common';
import { ChannelHoldsService } from './channel-holds.service.js';
import { ChannelSecretsService } from './channel-secrets.service.js';
import { ChannelTestService } from './channel-test.service.js';
import { ChannelsController } from './channels.controller.js';
import { ChannelsService } from './channels.service.js';

@Module({
  controllers: [ChannelsController],
  providers: [ChannelSecretsService, ChannelsService, ChannelTestService, ChannelHoldsService],
  exports: [ChannelSecretsService, ChannelsService],
})
export class ChannelsModule {}
