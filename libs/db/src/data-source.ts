import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { defaultPgErrorLog, type PgErrorLog, resilientClientClass } from './pg-client.resilient.js';

export interface DatabaseOptions {
  url: string;
  /** Connections per process; API replicas and workers each hold their own pool. */
  poolSize?: number;
  applicationName?: string;
  /** Where lost-connection errors go (they are survived, not thrown); stderr by default. */
  onConnectionError?: PgErrorLog;
}

/** Bounds a connect to a Postgres that accepts TCP but does not answer, so callers fail fast (503) instead of hanging. */
const CONNECT_TIMEOUT_MS = 5_000;

/** The one TypeORM configuration, shared by the API (via @nestjs/typeorm), the worker and the tests. */
export function dataSourceOptions({
  url,
  poolSize = 10,
  applicationName = 'signalbox',
  onConnectionError = defaultPgErrorLog,
}: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into Postgres 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    // A Postgres restart errors every pooled connection: pg-pool drops them and dials fresh ones on the next
    // query, so the pool reconnects by itself. Each client logs its own error once (resilientClientClass);
    // the pool re-emits the same error, which is why its handler stays silent.
    poolErrorHandler: () => undefined,
    extra: { max: poolSize, application_name: applicationName, Client: resilientClientClass(onConnectionError) },
  };
}

export const createDataSource = (options: DatabaseOptions) => new DataSource(dataSourceOptions(options));
