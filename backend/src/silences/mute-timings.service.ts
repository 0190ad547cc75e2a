import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MuteTiming } from '@signalbox/db';
import { isMuted, type MuteTimingInput } from '@signalbox/route-model';
import { ApiError } from '../common/api-error.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';
import { viewMuteTiming } from './silence.view.js';

const UNIQUE_VIOLATION = '23505';

/** Weekly windows in a time zone; send nodes (or a route's trigger, for all its sends) name them in `muteTimingIds` and are muted inside them. */
@Injectable()
export class MuteTimingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(tenantId: string) {
    const rows = await this.db.getRepository(MuteTiming).find({ where: { tenantId }, order: { name: 'ASC' } });
    const now = Date.now();
    return { items: rows.map((t) => viewMuteTiming(t, isMuted(t, now))) };
  }

  async get(tenantId: string, id: string) {
    const timing = await this.find(tenantId, id);
    return viewMuteTiming(timing, isMuted(timing, Date.now()));
  }

  async create(tenantId: string, input: MuteTimingInput) {
    const saved = await this.unique(input.name, () => this.db.getRepository(MuteTiming).save({ tenantId, ...input }));
    return this.get(tenantId, saved.id);
  }

  /** Replaces name, zone and intervals; routes naming it follow the new windows from their next send on. */
  async replace(tenantId: string, id: string, input: MuteTimingInput) {
    const timing = await this.find(tenantId, id);
    await this.unique(input.name, () => this.db.getRepository(MuteTiming).save({ ...timing, ...input }));
    return this.get(tenantId, id);
  }

  /** Send nodes that still name a deleted mute timing are simply no longer muted by it. */
  async remove(tenantId: string, id: string) {
    await this.find(tenantId, id);
    await this.db.getRepository(MuteTiming).delete({ tenantId, id });
  }

  private async unique<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if ((error as { driverError?: { code?: string }; code?: string }).driverError?.code === UNIQUE_VIOLATION || (error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ApiError(409, `A mute timing named "${name}" already exists`, [{ path: 'name', message: 'is already used by another mute timing' }]);
      }
      throw error;
    }
  }

  private async find(tenantId: string, id: string): Promise<MuteTiming> {
    const timing = UUID_PATTERN.test(id) ? await this.db.getRepository(MuteTiming).findOneBy({ tenantId, id }) : null;
    if (!timing) throw ApiError.notFound('Mute timing', id);
    return timing;
  }
}
