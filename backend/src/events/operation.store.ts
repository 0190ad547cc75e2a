import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Operation, type OperationKind } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export const operationView = (op: Operation) => ({
  id: op.id, kind: op.kind, idempotencyKey: op.idempotencyKey, actor: op.actor, request: op.request, targets: op.targets,
  result: op.result, createdAt: op.createdAt.toISOString(), finishedAt: op.finishedAt?.toISOString() ?? null,
});
export type OperationView = ReturnType<typeof operationView>;

export interface OperationSpec<R extends Record<string, unknown>> {
  kind: OperationKind;
  idempotencyKey: string | undefined;
  actor: string;
  request: Record<string, unknown>;
  /** Chosen once, when the key is first seen; a repeat works on the same set. */
  selectTargets: () => Promise<string[]>;
  /** Must be idempotent per operation (derive per-item keys from the operation id): a repeat may run it again. */
  work: (op: Operation) => Promise<R>;
}

/**
 * Recorded, idempotent bulk actions. One row per (tenant, kind, Idempotency-Key): a repeat answers the
 * stored record; a repeat of an operation that never finished (the API died half-way) runs its work again,
 * which is safe because the work's own steps are keyed by the operation.
 */
@Injectable()
export class OperationStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run<R extends Record<string, unknown>>(tenantId: string, spec: OperationSpec<R>): Promise<{ operation: OperationView; replayed: boolean }> {
    if (spec.idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(spec.idempotencyKey)) {
      const message = 'Idempotency-Key header must be 1-64 characters of letters, digits, "_" or "-"';
      throw ApiError.badRequest(message, [{ path: 'Idempotency-Key', message }]);
    }
    const key = spec.idempotencyKey ?? randomUUID();
    const repo = this.db.getRepository(Operation);
    let op = await repo.findOneBy({ tenantId, kind: spec.kind, idempotencyKey: key });
    let replayed = true;
    if (!op) {
      const targets = await spec.selectTargets();
      const inserted: Operation[] = await this.db.query(
        `INSERT INTO operations (tenant_id, kind, idempotency_key, actor, request, targets) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, kind, idempotency_key) DO NOTHING RETURNING id`,
        [tenantId, spec.kind, key, spec.actor, JSON.stringify(spec.request), targets],
      );
      replayed = inserted.length === 0; // a concurrent request with the same key got there first
      op = await repo.findOneByOrFail({ tenantId, kind: spec.kind, idempotencyKey: key });
    }
    if (replayed && JSON.stringify(sorted(op.request)) !== JSON.stringify(sorted(spec.request))) {
      throw new ApiError(409, `Idempotency-Key "${key}" was already used for a different ${spec.kind} request`);
    }
    if (!op.finishedAt) {
      op.result = await spec.work(op);
      op.finishedAt = new Date();
      await this.db.query('UPDATE operations SET result = $3, finished_at = $4 WHERE tenant_id = $1 AND id = $2', [tenantId, op.id, JSON.stringify(op.result), op.finishedAt]);
    }
    return { operation: operationView(op), replayed };
  }

  async list(tenantId: string, kind?: OperationKind) {
    const ops = await this.db.getRepository(Operation).find({ where: { tenantId, ...(kind ? { kind } : {}) }, order: { createdAt: 'DESC' }, take: 100 });
    return { items: ops.map(operationView) };
  }

  async get(tenantId: string, id: string) {
    const op = UUID_PATTERN.test(id) ? await this.db.getRepository(Operation).findOneBy({ tenantId, id }) : null;
    if (!op) throw ApiError.notFound('Operation', id);
    return operationView(op);
  }
}

/** Key order must not make the same request look different. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]));
  return value;
}
