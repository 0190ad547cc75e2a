import pg from 'pg';

export type PgErrorLog = (message: string) => void;

/**
 * A pg Client that always has an `error` listener. pg-pool listens while a client is idle and TypeORM while
 * a query runner holds it, but a client can emit `error` outside both windows (Postgres restarting or
 * shutting down sends 57P01 "terminating connection due to administrator command" to every backend at
 * once, e.g. while the pool is ending). An `error` event with no listener crashes the process; with this
 * floor listener the error still fails the client's queries and reaches the pool, and the process lives.
 */
export function resilientClientClass(log: PgErrorLog): typeof pg.Client {
  return class ResilientClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.on('error', (error: Error) => log(`Postgres connection lost: ${error.message}`));
    }
  };
}

/** Default log: one stderr line per lost connection (at most the pool size per Postgres restart). */
export const defaultPgErrorLog: PgErrorLog = (message) => console.warn(message);
