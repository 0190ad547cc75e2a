import { createSecretMasker, type RequestPreview } from '@signalbox/plugin-sdk';
import { secretValues } from '@signalbox/plugin-sdk/host';
import { pluginNotInstalled, sendChannelIds, type ChannelEscape, type Message, type RouteGraph } from '@signalbox/route-model';
import type { ChannelSecretsService, LoadedChannel } from '../channels/channel-secrets.service.js';

export interface SendPreview {
  outcome: 'would_send' | 'failed';
  reason: string;
  payloadPreview?: unknown;
  /** The request besides the payload (method, headers, body bytes), for plugins that describe it. */
  requestPreview?: RequestPreview;
}

export interface DryRunChannels {
  /** The interpreter's channel port: like the worker's, a channel's escaping or why it cannot be sent to. */
  escape(channelId: string): ChannelEscape | undefined;
  /** The dry run's send: the payload the plugin would send (secrets masked), or why it could not. */
  preview(channelId: string, message: Message): SendPreview;
}

/** Loads every channel the route's send nodes name, once, through the channel service (tenant-scoped). */
export async function loadDryRunChannels(service: ChannelSecretsService, tenantId: string, graph: RouteGraph): Promise<DryRunChannels> {
  const loaded = new Map<string, LoadedChannel | { missingPlugin: string }>();
  for (const id of sendChannelIds(graph)) {
    const channel = await service.find(tenantId, id).catch(() => undefined);
    if (!channel) continue;
    loaded.set(id, service.plugins.has(channel.pluginId) ? await service.load(tenantId, id) : { missingPlugin: channel.pluginId });
  }
  return {
    escape(channelId) {
      const entry = loaded.get(channelId);
      if (!entry) return undefined;
      return 'missingPlugin' in entry ? { escape: 'none', error: pluginNotInstalled(entry.missingPlugin) } : { escape: entry.definition.escape };
    },
    preview(channelId, message) {
      const entry = loaded.get(channelId);
      if (!entry || 'missingPlugin' in entry) throw new Error(`unreachable: the walk does not send to channel ${channelId}`);
      return previewSend(entry, message);
    },
  };
}

function previewSend({ definition, fullConfig, channel }: LoadedChannel, message: Message): SendPreview {
  const parsed = definition.config.safeParse(fullConfig);
  if (!parsed.success) return { outcome: 'failed' as const, reason: `channel "${channel.name}" has invalid config: ${parsed.error.issues[0]?.message}` };
  const mask = createSecretMasker(secretValues(definition, parsed.data));
  const payload: unknown = definition.format(message, parsed.data);
  const maskedJson = (value: unknown): unknown => {
    const text = mask(JSON.stringify(value) ?? 'null');
    try { return JSON.parse(text); } catch { return text; }
  };
  // Masked like the payload: a plugin's description should hold no secret, but a body may echo config.
  const requestPreview = definition.describeRequest ? (maskedJson(definition.describeRequest(payload, parsed.data)) as RequestPreview) : undefined;
  const paused = channel.paused ? ' (channel is paused)' : '';
  return { outcome: 'would_send', reason: `would send to "${channel.name}" via ${definition.id}${paused}`, payloadPreview: maskedJson(payload), ...(requestPreview ? { requestPreview } : {}) };
}
