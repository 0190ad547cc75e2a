import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SecretsCipher, Source, SourceRejection } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';
import { compileMapping } from './presets/custom.preset.js';
import { MappingError, presetById, type SourcePreset } from './presets/index.js';
import type { CreateSourceInput, SourceSecrets, UpdateSourceInput } from './source.schemas.js';

const RECENT_REJECTIONS = 20;
const newPathToken = () => randomBytes(24).toString('base64url');
// Only the last four characters of a long secret are shown, enough to tell two secrets apart.
const hintFor = (secret: string | undefined) => (secret === undefined ? null : secret.length >= 16 ? `••••${secret.slice(-4)}` : '••••');

/** Sources with their signing secret and path token encrypted at rest (SIGNALBOX_SECRET_KEY). */
@Injectable()
export class SourcesService {
  private readonly cipher: SecretsCipher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: RuntimeConfig,
  ) {
    this.cipher = new SecretsCipher(config.SIGNALBOX_SECRET_KEY);
  }

  secretsOf(source: Source): SourceSecrets {
    return this.cipher.decrypt(source.secretsCiphertext) as unknown as SourceSecrets;
  }

  /** What the API shows: the hook URL (its token is how an unsigned tool authenticates, so admins need it), never the signing secret. */
  view(source: Source) {
    const preset = presetById(source.preset);
    const verification = preset?.verification ?? 'path-token';
    const hookUrl = verification === 'path-token' ? `/v1/hooks/${source.id}/${this.secretsOf(source).pathToken}` : `/v1/hooks/${source.id}`;
    return {
      id: source.id, preset: source.preset, name: source.name, verification, hookUrl, secretHint: source.secretHint,
      severityOverrides: source.severityOverrides, mapping: source.mapping, lastReceivedAt: source.lastReceivedAt,
      lastRejectedAt: source.lastRejectedAt, lastRejectionReason: source.lastRejectionReason, createdAt: source.createdAt, updatedAt: source.updatedAt,
    };
  }

  async list(tenantId: string) {
    const rows = await this.db.getRepository(Source).find({ where: { tenantId }, order: { createdAt: 'ASC' } });
    return { items: rows.map((row) => this.view(row)) };
  }

  async find(tenantId: string, id: string): Promise<Source> {
    const source = UUID_PATTERN.test(id) ? await this.db.getRepository(Source).findOneBy({ tenantId, id }) : null;
    if (!source) throw ApiError.notFound('Source', id);
    return source;
  }

  async detail(tenantId: string, id: string) {
    const source = await this.find(tenantId, id);
    const rejections = await this.db.getRepository(SourceRejection).find({ where: { tenantId, sourceId: id }, order: { receivedAt: 'DESC' }, take: RECENT_REJECTIONS });
    return { ...this.view(source), recentRejections: rejections.map(({ id: rejectionId, status, reason, remoteAddress, receivedAt }) => ({ id: rejectionId, status, reason, remoteAddress, receivedAt })) };
  }

  async create(tenantId: string, input: CreateSourceInput) {
    const preset = presetById(input.preset)!;
    checkConfig(preset, input.signingSecret, input.mapping);
    const secrets: SourceSecrets = { pathToken: newPathToken(), ...(input.signingSecret ? { signingSecret: input.signingSecret } : {}) };
    const saved = await this.db.getRepository(Source).save({
      tenantId, preset: preset.id, name: input.name, secretsCiphertext: this.cipher.encrypt({ ...secrets }), secretHint: hintFor(input.signingSecret),
      severityOverrides: input.severityOverrides, mapping: input.mapping ?? null,
    });
    return this.view(await this.find(tenantId, saved.id));
  }

  async update(tenantId: string, id: string, input: UpdateSourceInput) {
    const source = await this.find(tenantId, id);
    const preset = presetById(source.preset)!;
    const secrets = this.secretsOf(source);
    if (input.signingSecret !== undefined) secrets.signingSecret = input.signingSecret;
    if (input.rotatePathToken) secrets.pathToken = newPathToken();
    const mapping = input.mapping ?? source.mapping ?? undefined;
    checkConfig(preset, secrets.signingSecret, mapping);
    await this.db.getRepository(Source).update({ tenantId, id }, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.severityOverrides !== undefined ? { severityOverrides: input.severityOverrides } : {}),
      ...(input.mapping !== undefined ? { mapping: input.mapping } : {}),
      ...(input.signingSecret !== undefined ? { secretHint: hintFor(input.signingSecret) } : {}),
      secretsCiphertext: this.cipher.encrypt({ ...secrets }),
    });
    return this.view(await this.find(tenantId, id));
  }

  async remove(tenantId: string, id: string): Promise<void> {
    await this.find(tenantId, id);
    await this.db.getRepository(Source).delete({ tenantId, id });
  }
}

function checkConfig(preset: SourcePreset, signingSecret: string | undefined, mapping: string | undefined): void {
  if (preset.verification !== 'path-token' && !signingSecret) {
    throw ApiError.badRequest(`signingSecret is required: ${preset.name} signs its webhooks (${preset.verification})`, [{ path: 'signingSecret', message: 'is required for this preset' }]);
  }
  if (preset.verification === 'path-token' && signingSecret) {
    throw ApiError.badRequest(`signingSecret: ${preset.name} does not sign its webhooks; the hook URL's token authenticates it`, [{ path: 'signingSecret', message: 'is not used by this preset' }]);
  }
  if (preset.id === 'custom' && !mapping) throw ApiError.badRequest('mapping is required for a custom source', [{ path: 'mapping', message: 'is required' }]);
  if (preset.id !== 'custom' && mapping) throw ApiError.badRequest(`mapping: only custom sources take a mapping; ${preset.name} is mapped by its preset`, [{ path: 'mapping', message: 'is only for custom sources' }]);
  if (mapping) {
    try {
      compileMapping(mapping);
    } catch (error) {
      if (error instanceof MappingError) throw ApiError.badRequest(`mapping is not valid JSONata: ${error.message.replace(/^mapping: /, '')}`, [{ path: 'mapping', message: error.message }]);
      throw error;
    }
  }
}
