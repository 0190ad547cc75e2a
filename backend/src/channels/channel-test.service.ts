import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createHttpClient, testMessage, type ChannelLogger } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import type { RuntimeConfig } from '../config/config.schema.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { ChannelSecretsService } from './channel-secrets.service.js';

/** `POST /v1/channels/:id/test`: one real message through the plugin, synchronously, marked isTest. */
@Injectable()
export class ChannelTestService implements OnApplicationShutdown {
  private readonly http;
  private readonly logger = new Logger('ChannelTest');

  constructor(
    private readonly secrets: ChannelSecretsService,
    @Inject(APP_CONFIG) config: RuntimeConfig,
  ) {
    // The same address policy as the worker, so a Test button result predicts real deliveries.
    this.http = createHttpClient({ timeoutMs: 10_000, allowPrivateNetworks: config.ALLOW_PRIVATE_NETWORKS });
  }

  async test(tenantId: string, id: string): Promise<{ ok: boolean; statusCode?: number; latencyMs: number; error?: string }> {
    const { definition, fullConfig, channel } = await this.secrets.load(tenantId, id);
    // The SDK's test message: type signalbox.test, severity info, data flagged test: true and a visible [TEST]
    // marker, so nobody mistakes it for an incident; the plugin renders it exactly as it renders real events.
    const message = testMessage({ id: `test-${randomUUID()}` }, channel.name);
    const event = message.event;
    const started = performance.now();
    try {
      const result = await deliverMessage(definition, {
        message, config: fullConfig, idempotencyKey: event.id, attempt: 1, isTest: true, http: this.http, logger: this.pluginLogger(),
      });
      return { ok: true, ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}), latencyMs: result.latencyMs };
    } catch (error) {
      // deliverMessage scrubs the channel's secret values from error text before it gets here.
      const statusCode = (error as { options?: { statusCode?: number } }).options?.statusCode;
      return { ok: false, ...(statusCode !== undefined ? { statusCode } : {}), latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
    }
  }

  private pluginLogger(): ChannelLogger {
    return {
      info: (message) => this.logger.log(message),
      warn: (message) => this.logger.warn(message),
      error: (message) => this.logger.error(message),
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.http.close();
  }
}
