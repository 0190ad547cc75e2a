import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Channel, type ChannelTestOutcome } from '@signalbox/db';
import { createHttpClient, testMessage, type AnyChannelDefinition, type ChannelLogger } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import type { RuntimeConfig } from '../config/config.schema.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { TestChannelConfigInput } from './channel.schemas.js';
import { ChannelsService } from './channels.service.js';
import { ChannelSecretsService } from './channel-secrets.service.js';

type TestResult = Omit<ChannelTestOutcome, 'at'>;

/**
 * `POST /v1/channels/:id/test` and `POST /v1/channels/test` (an unsaved config): one real message through the
 * plugin, synchronously, marked isTest. A test of a saved channel is remembered on it (`lastTest`, its Health).
 */
@Injectable()
export class ChannelTestService implements OnApplicationShutdown {
  private readonly http;
  private readonly logger = new Logger('ChannelTest');

  constructor(
    private readonly secrets: ChannelSecretsService,
    private readonly channels: ChannelsService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: RuntimeConfig,
  ) {
    // The same address policy as the worker, so a Test button result predicts real deliveries.
    this.http = createHttpClient({ timeoutMs: 10_000, allowPrivateNetworks: config.ALLOW_PRIVATE_NETWORKS });
  }

  async test(tenantId: string, id: string): Promise<TestResult> {
    const { definition, fullConfig, channel } = await this.secrets.load(tenantId, id);
    return this.remember(tenantId, channel.id, await this.send(definition, fullConfig, channel.name));
  }

  /** Nothing is stored but the outcome, and only on the saved channel the changes were tried on. */
  async testConfig(tenantId: string, input: TestChannelConfigInput): Promise<TestResult> {
    if (input.channelId !== undefined) {
      const { definition, fullConfig, channel } = await this.channels.previewUpdate(tenantId, input.channelId, input.config);
      return this.remember(tenantId, channel.id, await this.send(definition, fullConfig, input.name ?? channel.name));
    }
    const { definition, fullConfig } = this.channels.previewCreate(input.pluginId!, input.config);
    return this.send(definition, fullConfig, input.name ?? 'New channel');
  }

  private async send(definition: AnyChannelDefinition, fullConfig: Record<string, unknown>, channelName: string): Promise<TestResult> {
    // The SDK's test message: type signalbox.test, severity info, data flagged test: true and a visible [TEST]
    // marker, so nobody mistakes it for an incident; the plugin renders it exactly as it renders real events.
    const message = testMessage({ id: `test-${randomUUID()}` }, channelName);
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

  private async remember(tenantId: string, channelId: string, result: TestResult): Promise<TestResult> {
    await this.db.getRepository(Channel).update({ tenantId, id: channelId }, { lastTest: { at: new Date().toISOString(), ...result } });
    return result;
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
