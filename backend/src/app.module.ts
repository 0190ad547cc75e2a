import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG } from './config/config.tokens.js';
import type { RuntimeConfig } from './config/config.schema.js';
import { HealthController } from './health/health.controller.js';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

/** The API's composition root. Feature modules read the RuntimeConfig through APP_CONFIG. */
@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // feature modules
      ],
      controllers: [HealthController],
    };
  }
}
