import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { stringify } from 'yaml';
import { ChannelSecretsService } from '../channels/channel-secrets.service.js';
import { ApiError } from '../common/api-error.js';
import type { ExportQuery } from './config-file.schema.js';
import { graphToFile } from './config-graph.map.js';
import { setPath } from '@signalbox/plugin-sdk/host';
import { envName, secretAsRefs } from './config-secrets.js';
import { loadServerState, requireUniqueNames, type ServerState } from './config-state.load.js';

/**
 * `GET /v1/config/export`: the tenant's routes, channels, mute timings and current silences as one YAML
 * document that `POST /v1/config/apply` takes back. Deterministic (sorted by name, fixed key order), so
 * export → wipe → apply → export gives the same text. Secrets are never written in clear.
 */
@Injectable()
export class ConfigExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly secrets: ChannelSecretsService,
  ) {}

  async exportYaml(tenantId: string, query: ExportQuery): Promise<string> {
    const state = await loadServerState(this.db, tenantId);
    requireUniqueNames(state);
    return stringify(this.document(state, query), { lineWidth: 0, aliasDuplicateObjects: false });
  }

  private document(state: ServerState, query: ExportQuery) {
    const channelNames = new Map(state.channels.map((c) => [c.id, c.name]));
    const timingNames = new Map(state.muteTimings.map((t) => [t.id, t.name]));
    const envNames = new Set<string>();
    return {
      apiVersion: 'signalbox/v1',
      channels: state.channels.map((c) => ({
        name: c.name,
        plugin: c.pluginId,
        config: this.exportedConfig(c, query, envNames),
        ...(c.retryPolicy ? { retryPolicy: c.retryPolicy } : {}),
        ...(c.ratePerSecond !== null ? { ratePerSecond: c.ratePerSecond } : {}),
      })),
      muteTimings: state.muteTimings.map((t) => ({ name: t.name, timeZone: t.timeZone, intervals: t.intervals })),
      routes: state.routes.map(({ route, graph }) => {
        const mapped = graphToFile(graph, channelNames, timingNames);
        if (mapped.missing.length) {
          const nodes = mapped.missing.map((i) => graph.nodes[i]!.id).join(', ');
          throw new ApiError(409, `Route "${route.name}" sends to a channel that no longer exists (nodes: ${nodes}); fix the route before exporting`);
        }
        return {
          name: route.name,
          ...(route.description ? { description: route.description } : {}),
          status: route.status === 'archived' ? 'draft' : route.status,
          graph: mapped.graph,
        };
      }),
      silences: state.silences.map((s) => ({
        matchers: s.matchers.map(({ name, op, value }) => ({ name, op, value })),
        startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), createdBy: s.createdBy, comment: s.comment,
      })),
    };
  }

  /** The stored (non-secret) config plus, per stored secret, env references; nothing for secrets with `secrets=omit`. */
  private exportedConfig(channel: ServerState['channels'][number], query: ExportQuery, envNames: Set<string>): Record<string, unknown> {
    const config = structuredClone(channel.config);
    if (query.secrets === 'omit') return config;
    const stored = this.secrets.decryptSecrets(channel);
    for (const path of Object.keys(stored).sort()) {
      if (stored[path] === undefined || stored[path] === null) continue;
      setPath(config, path, secretAsRefs(stored[path], envName(channel.name, path), envNames));
    }
    return config;
  }
}
