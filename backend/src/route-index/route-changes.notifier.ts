import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { RouteTriggerIndex } from './route-trigger.index.js';

/** Postgres NOTIFY channel; the payload is the tenant id whose published routes changed. */
export const ROUTES_CHANNEL = 'signalbox_routes';
const RECONNECT_MS = 2_000;

/**
 * Keeps every API replica's RouteTriggerIndex fresh: a publish anywhere NOTIFYs, each replica LISTENs on a
 * dedicated connection. While that connection is down the index's TTL bounds staleness, and a reconnect
 * drops the whole index, since notifications may have been missed meanwhile.
 */
@Injectable()
export class RouteChangesNotifier implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RouteIndex');
  private client?: pg.Client;
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(
    private readonly index: RouteTriggerIndex,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  /** Drops the tenant's index here at once, and on other replicas as soon as the NOTIFY reaches them. */
  async routesChanged(tenantId: string): Promise<void> {
    this.index.invalidate(tenantId);
    await this.dataSource.query('SELECT pg_notify($1, $2)', [ROUTES_CHANNEL, tenantId]);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL, application_name: 'signalbox-api-listen' });
    client.on('notification', (message) => {
      if (message.channel === ROUTES_CHANNEL && message.payload) this.index.invalidate(message.payload);
    });
    // Any error or end (a Postgres restart sends 57P01) → a fresh connection that LISTENs again.
    client.on('error', (error) => this.reconnect(client, error));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${ROUTES_CHANNEL}`);
      this.client = client;
      this.index.invalidateAll();
    } catch (error) {
      this.reconnect(client, error);
    }
  }

  private reconnect(client: pg.Client, error?: unknown): void {
    if (this.stopped || this.reconnectTimer || (this.client && this.client !== client)) return;
    this.client = undefined;
    if (error) this.logger.warn(`route change listener lost its connection (${(error as Error).message}); retrying`);
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.listen();
    }, RECONNECT_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    client?.removeAllListeners();
    // Postgres may be shutting down too (Ctrl-C reaches the whole process group): its 57P01 must not crash us.
    client?.on('error', () => undefined);
    await client?.end().catch(() => undefined);
  }
}
