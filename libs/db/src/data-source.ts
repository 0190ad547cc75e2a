import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';

export interface DatabaseOptions {
  url: string;
  /** Connections per process; API replicas and workers each hold their own pool. */
  poolSize?: number;
  applicationName?: string;
}

/** The one TypeORM configuration, shared by the API (via @nestjs/typeorm), the worker and the tests. */
export function dataSourceOptions({ url, poolSize = 10, applicationName = 'signalbox' }: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into Postgres 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: poolSize, application_name: applicationName },
  };
}

export const createDataSource = (options: DatabaseOptions) => new DataSource(dataSourceOptions(options));
