import { Module } from '@nestjs/common';
import { MuteTimingsController } from './mute-timings.controller.js';
import { MuteTimingsService } from './mute-timings.service.js';
import { SilenceReleaseStarter } from './silence-release.starter.js';
import { SilenceDryRun } from './silence.dry-run.js';
import { SilencesController } from './silences.controller.js';
import { SilencesService } from './silences.service.js';

@Module({
  controllers: [SilencesController, MuteTimingsController],
  providers: [SilencesService, MuteTimingsService, SilenceDryRun, SilenceReleaseStarter],
  exports: [SilenceDryRun, SilencesService, MuteTimingsService],
})
export class SilencesModule {}
