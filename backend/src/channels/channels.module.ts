import { Module } from '@nestjs/common';
import { ChannelSecretsService } from './channel-secrets.service.js';
import { ChannelTestService } from './channel-test.service.js';
import { ChannelsController } from './channels.controller.js';
import { ChannelsService } from './channels.service.js';

@Module({
  controllers: [ChannelsController],
  providers: [ChannelSecretsService, ChannelsService, ChannelTestService],
  exports: [ChannelSecretsService],
})
export class ChannelsModule {}
