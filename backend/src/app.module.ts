import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG } from './config/config.tokens.js';
import type { RuntimeConfig } from './config/config.schema.js';
import { HealthController } from './health/health.controller.js';
import { AlertsModule } from './alerts/alerts.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ErrorsModule } from './common/errors.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EventsModule } from './events/events.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { ChannelsModule } from './channels/channels.module.js';
import { ConfigAsCodeModule } from './config-as-code/config.module.js';
import { DeliveriesModule } from './deliveries/deliveries.module.js';
import { PluginRegistryModule } from './plugin-registry/plugin-registry.module.js';
import { RoutesModule } from './routes/routes.module.js';
import { SourcesModule } from './sources/sources.module.js';
import { SilencesModule } from './silences/silences.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { RouteIndexModule } from './route-index/route-index.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { UiConfigController } from './ui/ui-config.controller.js';
import { TemporalClientModule } from './temporal-client/temporal-client.module.js';

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
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(config),
        TemporalClientModule,
        RouteIndexModule,
        PluginRegistryModule,
        ErrorsModule,
        AuthModule,
        MetricsModule,
        // feature modules
        EventsModule,
        RoutesModule,
        ChannelsModule,
        DeliveriesModule,
        CatalogueModule,
        SourcesModule,
        AlertsModule,
        SilencesModule,
        SubscriptionsModule,
        ConfigAsCodeModule,
      ],
      controllers: [HealthController, UiConfigController],
    };
  }
}
