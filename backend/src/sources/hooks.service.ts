import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Source, SourceRejection } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';
import { EventIngestService } from '../events/event-ingest.service.js';
import { MappingError, presetById } from './presets/index.js';
import { mapToEvents } from './source.map.js';
import { verifyHook } from './source.verify.js';
import { SourcesService } from './sources.service.js';

/** Rejections kept per source (the admin sees the newest 20). */
const KEPT_REJECTIONS = 100;

export interface HookRequest {
  sourceId: string;
  token?: string;
  rawBody: string | undefined;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  remoteAddress?: string;
}

/**
 * `POST /v1/hooks/:sourceId[/:token]`: verify the way the tool signs, map, then the ordinary ingest path (outbox)
 * per event. Refusals are recorded on the source so an admin can see why a tool's alerts did not arrive.
 */
@Injectable()
export class HooksService {
  private readonly logger = new Logger('Hooks');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sources: SourcesService,
    private readonly ingest: EventIngestService,
  ) {}

  async receive(request: HookRequest) {
    // Unknown and malformed ids answer the same 404, so the endpoint does not tell which ids exist.
    const source = UUID_PATTERN.test(request.sourceId) ? await this.db.getRepository(Source).findOneBy({ id: request.sourceId }) : null;
    if (!source) throw new ApiError(404, 'No such source');
    const preset = presetById(source.preset);
    if (!preset) throw new ApiError(409, `Source uses preset "${source.preset}", which this version does not know`);

    const secrets = this.sources.secretsOf(source);
    const refusal = request.body === undefined || request.rawBody === undefined
      ? { status: 400, reason: 'Request body is required: send the webhook as JSON with Content-Type: application/json' }
      : (() => {
          const reason = verifyHook({
            verification: preset.verification, rawBody: request.rawBody, parsedBody: request.body, headers: request.headers,
            signingSecret: secrets.signingSecret, pathToken: secrets.pathToken, presentedToken: request.token,
          });
          return reason ? { status: 401, reason: `Signature check failed: ${reason}` } : undefined;
        })();
    if (refusal) await this.reject(source, refusal.status, refusal.reason, request.remoteAddress);

    let events;
    try {
      events = await mapToEvents(preset, source, request.body);
    } catch (error) {
      if (!(error instanceof MappingError)) throw error;
      await this.reject(source, 400, `Cannot map the body as ${preset.name}: ${error.message}`, request.remoteAddress, [{ path: error.path, message: error.message }]);
    }
    const results = [];
    for (const event of events!) {
      try {
        const { result, replayed } = await this.ingest.ingest(source.tenantId, event);
        results.push({ ...result, duplicate: replayed });
      } catch (error) {
        if (error instanceof ApiError && error.getStatus() < 500) {
          await this.reject(source, error.getStatus(), `Mapped event refused: ${(error.getResponse() as { message: string }).message}`, request.remoteAddress);
        }
        throw error;
      }
    }
    await this.db.getRepository(Source).update({ id: source.id }, { lastReceivedAt: new Date() });
    return { events: results };
  }

  private async reject(source: Source, status: number, reason: string, remoteAddress?: string, issues?: Array<{ path: string; message: string }>): Promise<never> {
    const now = new Date();
    await this.db.getRepository(SourceRejection).insert({ tenantId: source.tenantId, sourceId: source.id, status, reason: reason.slice(0, 1000), remoteAddress: remoteAddress ?? null, receivedAt: now });
    await this.db.getRepository(Source).update({ id: source.id }, { lastRejectedAt: now, lastRejectionReason: reason.slice(0, 1000) });
    // The endpoint is public: keep only the newest rejections per source, so a flood of bad posts cannot grow the table without bound.
    await this.db.query(
      `DELETE FROM source_rejections WHERE source_id = $1 AND id NOT IN (SELECT id FROM source_rejections WHERE source_id = $1 ORDER BY received_at DESC LIMIT ${KEPT_REJECTIONS})`,
      [source.id],
    );
    this.logger.warn(`source ${source.id} refused a delivery (${status}): ${reason}`);
    throw new ApiError(status, reason, issues);
  }
}
