import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { RouteVersion } from '@signalbox/db';
import { findTrigger, type RouteScheduleView, type TriggerSchedule } from '@signalbox/route-model';
import {
  deleteSummarySchedule, describeSummarySchedule, pauseSummarySchedule, resumeSummarySchedule, runSummaryScheduleNow, upsertSummarySchedule,
} from '@signalbox/temporal';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { TEMPORAL_CLIENT } from '../temporal-client/temporal.tokens.js';
import { RoutesService } from './routes.service.js';

/**
 * A route whose live version starts from a schedule trigger has one Temporal Schedule; this keeps it in step
 * with the route (publish, enable, disable, delete) and serves its state and controls. Temporal holds the
 * state, so every API replica answers the same.
 */
@Injectable()
export class RouteScheduleService {
  private readonly logger = new Logger('RouteSchedules');
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    private readonly routes: RoutesService,
  ) {}

  /** The schedule the route should have now: its live version's schedule trigger, or null. */
  private async liveSchedule(tenantId: string, id: string): Promise<{ routeId: string; schedule: TriggerSchedule | null }> {
    const route = await this.routes.find(tenantId, id);
    if (route.status !== 'published' || !route.publishedVersionId) return { routeId: route.id, schedule: null };
    const version = await this.db.getRepository(RouteVersion).findOneBy({ tenantId, id: route.publishedVersionId });
    return { routeId: route.id, schedule: (version && findTrigger(version.graph)?.config.schedule) ?? null };
  }

  /**
   * Creates, updates or deletes the route's Temporal Schedule to match the route. Idempotent: publishing or
   * enabling again repairs a schedule an earlier call could not reach Temporal for (that call answered 503).
   */
  async sync(tenantId: string, id: string): Promise<void> {
    const target = { tenantId, routeId: id, taskQueue: this.config.TEMPORAL_TASK_QUEUE };
    const { schedule } = await this.liveSchedule(tenantId, id);
    if (!schedule) {
      // Most routes never had a schedule, and publishing them must not need Temporal. A leftover schedule
      // (Temporal unreachable now) is harmless: its ticks find the live version unscheduled and send nothing.
      await deleteSummarySchedule(this.client, target).catch((error: unknown) =>
        this.logger.warn(`schedule of route ${id} not removed: ${(error as Error).message}`));
      return;
    }
    try {
      await upsertSummarySchedule(this.client, target, schedule);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(503, `The route was saved, but its schedule could not be updated in Temporal (${(error as Error).message}); try again`);
    }
  }

  /**
   * Deleting a route removes its schedule; a route without one is fine. If Temporal cannot be reached the
   * delete still succeeds: a leftover schedule's ticks find no live route and send nothing.
   */
  async remove(tenantId: string, routeId: string): Promise<void> {
    await deleteSummarySchedule(this.client, { tenantId, routeId }).catch((error: unknown) =>
      this.logger.warn(`schedule of deleted route ${routeId} not removed: ${(error as Error).message}`));
  }

  async state(tenantId: string, id: string): Promise<RouteScheduleView> {
    const { routeId, schedule } = await this.liveSchedule(tenantId, id);
    const described = await describeSummarySchedule(this.client, { tenantId, routeId });
    if (!described) return { routeId, schedule, state: 'none', note: null, nextRuns: [], recentRuns: [], runsTaken: 0 };
    const { paused, ...rest } = described;
    return { routeId, schedule, state: paused ? 'paused' : 'active', ...rest };
  }

  async pause(tenantId: string, id: string, note: string | undefined) {
    const routeId = await this.requireSchedule(tenantId, id);
    await pauseSummarySchedule(this.client, { tenantId, routeId }, note || 'Paused from the API');
    return this.state(tenantId, id);
  }

  async resume(tenantId: string, id: string, note: string | undefined) {
    const routeId = await this.requireSchedule(tenantId, id);
    await resumeSummarySchedule(this.client, { tenantId, routeId }, note || 'Resumed from the API');
    return this.state(tenantId, id);
  }

  /** One run now, summarising from the last tick until now (works while paused). */
  async runNow(tenantId: string, id: string) {
    const routeId = await this.requireSchedule(tenantId, id);
    await runSummaryScheduleNow(this.client, { tenantId, routeId });
    return this.state(tenantId, id);
  }

  private async requireSchedule(tenantId: string, id: string): Promise<string> {
    const { routeId, schedule } = await this.liveSchedule(tenantId, id);
    if (!schedule) throw new ApiError(409, 'Route has no live schedule: publish (or enable) a version whose trigger runs on a schedule');
    if (!(await describeSummarySchedule(this.client, { tenantId, routeId }))) await this.sync(tenantId, id); // repair a missed sync
    return routeId;
  }
}
