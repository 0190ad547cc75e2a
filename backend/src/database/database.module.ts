import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@signalbox/db';
import type { RuntimeConfig } from '../config/config.schema.js';

/** The shared TypeORM DataSource. Schema changes only through migrations, run by the launcher or ops. */
@Module({})
export class DatabaseModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'signalbox-api' }),
          synchronize: false,
          migrationsRun: false,
          retryAttempts: 3,
        }),
      ],
    };
  }
}
