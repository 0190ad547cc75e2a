import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ChannelSecretsService } from '../channels/channel-secrets.service.js';
import { ChannelsService } from '../channels/channels.service.js';
import { ApiError } from '../common/api-error.js';
import { RoutePublishService } from '../routes/route-publish.service.js';
import { RouteScheduleService } from '../routes/route-schedule.service.js';
import { RoutesService } from '../routes/routes.service.js';
import { MuteTimingsService } from '../silences/mute-timings.service.js';
import { SilencesService } from '../silences/silences.service.js';
import { planApply, type ApplyPlan } from './config-apply.plan.js';
import { parseConfigFile } from './config-file.parse.js';
import type { ApplyQuery, ApplyResult } from './config-file.schema.js';
import { graphFromFile } from './config-graph.map.js';
import { loadServerState, requireUniqueNames } from './config-state.load.js';

const NOTE = 'Applied from a configuration file';

/**
 * `POST /v1/config/apply`: plan (validate everything, diff), then — unless a dry run — write through the
 * same services the REST API uses, so their rules hold (plugin config checks, secrets encrypted, publish
 * checks, schedules synced). Only what differs is written: applying a file twice changes nothing the second time.
 */
@Injectable()
export class ConfigApplyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly secrets: ChannelSecretsService,
    private readonly channels: ChannelsService,
    private readonly routes: RoutesService,
    private readonly publishing: RoutePublishService,
    private readonly schedules: RouteScheduleService,
    private readonly silences: SilencesService,
    private readonly timings: MuteTimingsService,
  ) {}

  async apply(tenantId: string, text: unknown, query: ApplyQuery): Promise<ApplyResult> {
    const file = parseConfigFile(text);
    const state = await loadServerState(this.db, tenantId);
    requireUniqueNames(state);
    const plan = planApply(file, state, this.secrets.plugins, (c) => this.secrets.decryptSecrets(c), query.prune);
    if (query.dryRun) return plan.result;
    await this.execute(tenantId, plan);
    return { ...plan.result, dryRun: false };
  }

  private async execute(tenantId: string, plan: ApplyPlan): Promise<void> {
    const timingIds = new Map<string, string>();
    for (const step of plan.timings) {
      const input = step.file;
      const saved = !step.existing ? await this.timings.create(tenantId, input)
        : step.changed ? await this.timings.replace(tenantId, step.existing.id, input) : { id: step.existing.id };
      timingIds.set(input.name.toLowerCase(), saved.id);
    }
    const channelIds = new Map<string, string>();
    for (const step of plan.channels) {
      const { name, plugin, retryPolicy, ratePerSecond } = step.file;
      if (!step.existing) {
        const created = await this.channels.create(tenantId, { name, pluginId: plugin, config: step.config, paused: false, retryPolicy, ratePerSecond });
        channelIds.set(name, created.id);
        continue;
      }
      channelIds.set(name, step.existing.id);
      if (!step.changed) continue;
      // The service merges config onto the stored one: name the keys the file dropped, so they go too.
      const dropped = Object.fromEntries(Object.keys(step.existing.config).filter((k) => !(k in step.config)).map((k) => [k, undefined]));
      await this.channels.update(tenantId, step.existing.id, { config: { ...dropped, ...step.config }, retryPolicy: retryPolicy ?? null, ratePerSecond: ratePerSecond ?? null });
    }
    for (const step of plan.routes) await this.applyRoute(tenantId, step, channelIds, timingIds);
    for (const step of plan.silences) {
      const { file, existing } = step;
      if (step.action === 'update' && existing) await this.silences.update(tenantId, existing.id, { endsAt: file.endsAt, comment: file.comment });
      if (step.action === 'replace' && existing) await this.silences.expire(tenantId, existing.id);
      if (step.action === 'create' || step.action === 'replace') await this.silences.create(tenantId, file);
    }
    for (const route of plan.prune.routes) {
      await this.routes.remove(tenantId, route.id);
      await this.schedules.remove(tenantId, route.id);
    }
    for (const channel of plan.prune.channels) await this.channels.remove(tenantId, channel.id);
    for (const timing of plan.prune.timings) await this.timings.remove(tenantId, timing.id);
    for (const silence of plan.prune.silences) await this.silences.expire(tenantId, silence.id);
  }

  private async applyRoute(tenantId: string, step: ApplyPlan['routes'][number], channelIds: Map<string, string>, timingIds: Map<string, string>) {
    const { file, existing } = step;
    const mapped = graphFromFile(file.graph, `routes[${step.index}].graph`, (n) => channelIds.get(n), (n) => timingIds.get(n.toLowerCase()));
    if (!mapped.graph) throw ApiError.badRequest(`routes[${step.index}]: ${mapped.issues[0]?.message}`, mapped.issues);
    const id = existing?.id ?? (await this.routes.create(tenantId, { name: file.name, description: file.description, graph: mapped.graph })).id;
    if (existing && step.draftChanged) await this.routes.update(tenantId, id, { description: file.description, graph: mapped.graph });
    if (step.publish) await this.publishing.publish(tenantId, id, NOTE);
    const status = step.publish ? 'published' : existing?.status ?? 'draft';
    if (step.status === 'disabled' && status !== 'disabled') await this.publishing.disable(tenantId, id);
    if (step.status === 'published' && status === 'disabled') await this.publishing.enable(tenantId, id);
  }
}
