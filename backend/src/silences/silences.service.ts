import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventRecord, Silence } from '@signalbox/db';
import { matchesAll, silenceState, type CreateSilenceInput, type PreviewSilenceInput, type UpdateSilenceInput } from '@signalbox/route-model';
import { ApiError } from '../common/api-error.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';
import { SilenceReleaseStarter } from './silence-release.starter.js';
import { viewSilence } from './silence.view.js';

/** The preview checks at most this many of the last 24 h's events (newest first) so it stays quick. */
export const PREVIEW_SCAN_LIMIT = 5_000;
const PREVIEW_SHOWN = 50;
const DAY_MS = 24 * 3_600_000;

/**
 * Silences, Alertmanager style: create, extend (PATCH endsAt), expire (endsAt = now). The worker enforces them,
 * and at each silence's end sends what it held back from alerts still open (SilenceReleaseStarter).
 */
@Injectable()
export class SilencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly release: SilenceReleaseStarter,
  ) {}

  async list(tenantId: string) {
    const rows = await this.db.getRepository(Silence).find({ where: { tenantId }, order: { createdAt: 'DESC' }, take: 1_000 });
    const now = Date.now();
    const order = { active: 0, pending: 1, expired: 2 } as const;
    const items = rows.map((s) => viewSilence(s, now)).sort((a, b) => order[a.state] - order[b.state]);
    return { items };
  }

  async get(tenantId: string, id: string) {
    return viewSilence(await this.find(tenantId, id));
  }

  async create(tenantId: string, input: CreateSilenceInput) {
    const saved = await this.db.getRepository(Silence).save({
      tenantId, matchers: input.matchers, startsAt: input.startsAt ? new Date(input.startsAt) : new Date(), endsAt: new Date(input.endsAt),
      createdBy: input.createdBy, comment: input.comment,
    });
    await this.release.changed(tenantId, saved.id);
    return this.get(tenantId, saved.id);
  }

  /** Extend (or shorten) a silence that is not over yet, or reword its comment. */
  async update(tenantId: string, id: string, input: UpdateSilenceInput) {
    const silence = await this.find(tenantId, id);
    if (silenceState(silence, Date.now()) === 'expired') {
      throw new ApiError(409, `Silence "${id}" has expired and cannot be changed; create a new one`);
    }
    if (input.endsAt !== undefined) {
      const endsAt = new Date(input.endsAt);
      if (endsAt.getTime() <= Math.max(Date.now(), silence.startsAt.getTime())) {
        throw ApiError.badRequest('Invalid request body: endsAt must be in the future and after startsAt', [{ path: 'endsAt', message: 'must be in the future and after startsAt' }]);
      }
      silence.endsAt = endsAt;
    }
    if (input.comment !== undefined) silence.comment = input.comment;
    await this.db.getRepository(Silence).save(silence);
    if (input.endsAt !== undefined) await this.release.changed(tenantId, id);
    return this.get(tenantId, id);
  }

  /** Alertmanager's expire: endsAt becomes now (a pending silence ends before it starts). Expiring twice changes nothing. */
  async expire(tenantId: string, id: string) {
    const silence = await this.find(tenantId, id);
    if (silenceState(silence, Date.now()) !== 'expired') {
      await this.db.query(
        'UPDATE silences SET ends_at = now(), starts_at = least(starts_at, now()), updated_at = now() WHERE tenant_id = $1 AND id = $2',
        [tenantId, id],
      );
      await this.release.changed(tenantId, id);
    }
    return this.get(tenantId, id);
  }

  /** Which of the tenant's events of the last 24 h these matchers would have matched (same matcher code as the worker). */
  async preview(tenantId: string, input: PreviewSilenceInput) {
    const rows = await this.db.getRepository(EventRecord).createQueryBuilder('e')
      .where('e.tenant_id = :tenantId AND e.received_at >= :since', { tenantId, since: new Date(Date.now() - DAY_MS) })
      .orderBy('e.received_at', 'DESC').limit(PREVIEW_SCAN_LIMIT + 1).getMany();
    const scanned = rows.slice(0, PREVIEW_SCAN_LIMIT);
    const matched = scanned.filter((e) =>
      matchesAll(input.matchers, { id: e.id, type: e.type, source: e.source, severity: e.severity, subject: e.subject ?? undefined, data: e.data }));
    return {
      scanned: scanned.length, truncated: rows.length > PREVIEW_SCAN_LIMIT, matched: matched.length,
      events: matched.slice(0, PREVIEW_SHOWN).map((e) => ({
        id: e.id, type: e.type, source: e.source, severity: e.severity, subject: e.subject, receivedAt: e.receivedAt.toISOString(),
      })),
    };
  }

  private async find(tenantId: string, id: string): Promise<Silence> {
    const silence = UUID_PATTERN.test(id) ? await this.db.getRepository(Silence).findOneBy({ tenantId, id }) : null;
    if (!silence) throw ApiError.notFound('Silence', id);
    return silence;
  }
}
