import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Channel } from '@signalbox/db';
import { describeChannelDestination, maskConfig, mergeSecrets, restoreMaskedSecrets, type ConfigIssue } from '@signalbox/plugin-sdk/host';
import { ChannelInUseError } from './channel-in-use.error.js';
import { findLiveRoutesSendingTo } from './channel-usage.query.js';
import { ApiError } from '../common/api-error.js';
import { ChannelSecretsService } from './channel-secrets.service.js';
import type { CreateChannelInput, UpdateChannelInput } from './channel.schemas.js';

/** Channels CRUD. Secrets are encrypted before they reach the database and masked in every response. */
@Injectable()
export class ChannelsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly secrets: ChannelSecretsService,
  ) {}

  view(channel: Channel) {
    const definition = this.secrets.plugins.has(channel.pluginId) ? this.secrets.plugins.get(channel.pluginId) : undefined;
    const full = mergeSecrets(channel.config, this.secrets.decryptSecrets(channel));
    return {
      id: channel.id,
      name: channel.name,
      pluginId: channel.pluginId,
      paused: channel.paused,
      disabledAt: channel.disabledAt?.toISOString() ?? null,
      disabledReason: channel.disabledReason ?? null,
      retryPolicy: (channel.retryPolicy ?? null) as { delaysSeconds: number[]; jitter: number; maxRetryAfterSeconds: number } | null,
      ratePerSecond: channel.ratePerSecond ?? null,
      // Without its plugin we cannot tell which fields are secret, so only the non-secret part is shown.
      config: definition ? maskConfig(definition, full) : channel.config,
      secretFields: definition ? [...definition.secrets] : [],
      // Computed here, from the full config, so the list can say where a channel points without any secret leaving.
      destination: definition ? describeChannelDestination(definition, full) : null,
      lastTest: channel.lastTest ?? null,
      createdAt: channel.createdAt.toISOString(),
      updatedAt: channel.updatedAt.toISOString(),
    };
  }

  async list(tenantId: string) {
    const channels = await this.db.getRepository(Channel).find({ where: { tenantId }, order: { name: 'ASC', createdAt: 'ASC' } });
    return { items: channels.map((channel) => this.view(channel)) };
  }

  async get(tenantId: string, id: string) {
    return this.view(await this.secrets.find(tenantId, id));
  }

  async create(tenantId: string, input: CreateChannelInput) {
    this.assertInstalled(input.pluginId);
    const { config, secrets } = this.parse(input.pluginId, input.config);
    const channel = await this.db.getRepository(Channel).save({
      tenantId, name: input.name, pluginId: input.pluginId, paused: input.paused, config, secretsCiphertext: this.secrets.encryptSecrets(secrets),
      retryPolicy: input.retryPolicy ?? null, ratePerSecond: input.ratePerSecond ?? null,
    });
    return this.view(channel);
  }

  async update(tenantId: string, id: string, input: UpdateChannelInput) {
    const loaded = await this.secrets.load(tenantId, id);
    const { channel, definition } = loaded;
    if (input.config !== undefined) {
      // Merge onto the stored config; a secret that is omitted or sent back masked keeps its stored value.
      const merged = restoreMaskedSecrets(definition, { ...loaded.fullConfig, ...input.config }, loaded.secrets);
      const { config, secrets } = this.parse(channel.pluginId, merged);
      channel.config = config;
      channel.secretsCiphertext = this.secrets.encryptSecrets(secrets);
    }
    if (input.name !== undefined) channel.name = input.name;
    if (input.paused !== undefined) channel.paused = input.paused;
    if (input.retryPolicy !== undefined) channel.retryPolicy = input.retryPolicy;
    if (input.ratePerSecond !== undefined) channel.ratePerSecond = input.ratePerSecond;
    return this.view(await this.db.getRepository(Channel).save(channel));
  }

  async setPaused(tenantId: string, id: string, paused: boolean) {
    const channel = await this.secrets.find(tenantId, id);
    channel.paused = paused;
    return this.view(await this.db.getRepository(Channel).save(channel));
  }

  /** Clears a disable (410, or only failures for too long): the next send is tried again. Idempotent. */
  async enable(tenantId: string, id: string) {
    const channel = await this.secrets.find(tenantId, id);
    channel.disabledAt = null;
    channel.disabledReason = null;
    // A streak still open restarts its clock (else the next failure would disable it again at once) and stays
    // announced, so the first success says signalbox.channel.recovered.
    if (channel.consecutiveFailures > 0) {
      channel.failingSince = new Date();
      channel.failingAnnounced = true;
    }
    return this.view(await this.db.getRepository(Channel).save(channel));
  }

  /**
   * Refuses (409, naming the routes) while an enabled published route sends here: deleting it would make
   * every later event fail at that send. `force` deletes anyway; those sends then fail with a delivery row.
   */
  async remove(tenantId: string, id: string, force = false): Promise<void> {
    const channel = await this.secrets.find(tenantId, id);
    if (!force) {
      const routes = await findLiveRoutesSendingTo(this.db, tenantId, channel.id);
      if (routes.length > 0) throw new ChannelInUseError(channel.name, routes);
    }
    await this.db.getRepository(Channel).delete({ tenantId, id: channel.id });
  }

  /** The config an update with `changes` would store, validated (400 naming the fields), secrets merged back in. */
  async previewUpdate(tenantId: string, id: string, changes: Record<string, unknown>) {
    const loaded = await this.secrets.load(tenantId, id);
    const merged = restoreMaskedSecrets(loaded.definition, { ...loaded.fullConfig, ...changes }, loaded.secrets);
    const { config, secrets } = this.parse(loaded.channel.pluginId, merged);
    return { ...loaded, fullConfig: mergeSecrets(config, secrets) };
  }

  /** A new channel's config, validated as create would (400 naming the fields), without storing anything. */
  previewCreate(pluginId: string, input: Record<string, unknown>) {
    this.assertInstalled(pluginId);
    const { config, secrets } = this.parse(pluginId, input);
    return { definition: this.secrets.plugins.get(pluginId), fullConfig: mergeSecrets(config, secrets) };
  }

  private assertInstalled(pluginId: string) {
    if (this.secrets.plugins.has(pluginId)) return;
    const installed = this.secrets.plugins.list().map((p) => p.id).join(', ');
    const message = `unknown plugin "${pluginId}" (installed: ${installed})`;
    throw ApiError.badRequest(`Invalid channel — pluginId: ${message}`, [{ path: 'pluginId', message }]);
  }

  private parse(pluginId: string, input: unknown) {
    const parsed = this.secrets.plugins.parseChannelConfig(pluginId, input);
    if (!parsed.ok) throw ApiError.badRequest(`Invalid ${pluginId} channel config — ${describe(parsed.issues)}`, parsed.issues);
    return parsed;
  }
}

const describe = (issues: ConfigIssue[]) => issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
