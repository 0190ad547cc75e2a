import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module.js';
import { RoutesModule } from '../routes/routes.module.js';
import { SilencesModule } from '../silences/silences.module.js';
import { ConfigApplyService } from './config-apply.service.js';
import { ConfigExportService } from './config-export.service.js';
import { ConfigController } from './config.controller.js';
import { YamlBodies } from './yaml-body.parser.js';

/** Configuration as code: export and apply routes, channels, mute timings and silences as one YAML file. */
@Module({
  imports: [ChannelsModule, RoutesModule, SilencesModule],
  controllers: [ConfigController],
  providers: [ConfigExportService, ConfigApplyService, YamlBodies],
})
export class ConfigAsCodeModule {}
