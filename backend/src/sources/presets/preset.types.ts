import type { Verification } from '../source.verify.js';

/** One alert a tool's webhook carried, before ids and severities are settled (source.map.ts does that). */
export interface MappedAlert {
  type: string;
  /** The tool's own severity word; normalised by sourceSeverity. */
  severity?: unknown;
  subject?: unknown;
  timestamp?: unknown;
  data: Record<string, unknown>;
  /** The tool's delivery id or a stable key of the alert; the event id derives from it (else from a hash of data). */
  deliveryKey?: string;
}

export interface SourcePreset {
  id: string;
  name: string;
  description: string;
  verification: Verification;
  /** Throws a MappingError (→ 400 naming the field) when the body is not this tool's shape. */
  map(body: unknown, mapping?: string): MappedAlert[] | Promise<MappedAlert[]>;
}

export class MappingError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export const asObject = (value: unknown, path: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MappingError(path, 'must be a JSON object');
  return value as Record<string, unknown>;
};

export const requireString = (body: Record<string, unknown>, field: string, path = field): string => {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') throw new MappingError(path, 'must be a non-empty string');
  return value;
};

export const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
