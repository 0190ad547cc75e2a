import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Channel, SecretsCipher } from '@signalbox/db';
import { type ChannelDefinition } from '@signalbox/plugin-sdk';
import { mergeSecrets, type PluginRegistry } from '@signalbox/plugin-sdk/host';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { PLUGIN_REGISTRY } from '../plugin-registry/plugin-registry.tokens.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';

export interface LoadedChannel {
  channel: Channel;
  definition: ChannelDefinition<Record<string, unknown>, unknown>;
  /** Stored config plus decrypted secrets: what the plugin needs. Never returned or logged. */
  fullConfig: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

/** Channel rows with their secrets encrypted at rest (AES-256-GCM, SIGNALBOX_SECRET_KEY). */
@Injectable()
export class ChannelSecretsService {
  readonly cipher: SecretsCipher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PLUGIN_REGISTRY) readonly plugins: PluginRegistry,
    @Inject(APP_CONFIG) config: RuntimeConfig,
  ) {
    this.cipher = new SecretsCipher(config.SIGNALBOX_SECRET_KEY);
  }

  async find(tenantId: string, id: string): Promise<Channel> {
    const channel = UUID_PATTERN.test(id) ? await this.db.getRepository(Channel).findOneBy({ tenantId, id }) : null;
    if (!channel) throw ApiError.notFound('Channel', id);
    return channel;
  }

  decryptSecrets(channel: Channel): Record<string, unknown> {
    return channel.secretsCiphertext ? this.cipher.decrypt(channel.secretsCiphertext) : {};
  }

  encryptSecrets(secrets: Record<string, unknown>): string | null {
    return Object.keys(secrets).length ? this.cipher.encrypt(secrets) : null;
  }

  async load(tenantId: string, id: string): Promise<LoadedChannel> {
    const channel = await this.find(tenantId, id);
    if (!this.plugins.has(channel.pluginId)) throw new ApiError(409, `Channel "${id}" uses plugin "${channel.pluginId}", which is not installed`);
    const definition = this.plugins.get(channel.pluginId);
    const secrets = this.decryptSecrets(channel);
    return { channel, definition, secrets, fullConfig: mergeSecrets(channel.config, secrets) };
  }
}
