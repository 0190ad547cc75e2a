import { z } from 'zod';
import { alertRuleFor } from './alert.classify.js';
import { sampleSeverity } from './catalogue.severity.js';
import type { Severity, SignalboxEvent } from './event.schema.js';
import { fieldPaths } from './catalogue.fields.js';
import { documentedSeverities, severityVariants } from './catalogue.variants.js';
import seed from './seed-events.json' with { type: 'json' };

export interface CatalogueEntry {
  system: string;
  type: string;
  description: string;
  /** Whether the system subscribes new endpoints to this type by default, where its documentation says. */
  subscribedByDefault?: boolean;
  /** A ready-to-post Signalbox event built from the system's documented payload. */
  sample: SignalboxEvent;
  /** Every severity the documentation gives this type (the sample's own included), most urgent first. */
  severities: Severity[];
  /** The sample at each other documented severity, so a preview can reach every branch a route has. */
  variants: SignalboxEvent[];
  /** Dot paths of the sample's data (`data.details.org_id`; `*` for any array index). */
  fields: string[];
  /** When the sample opens or closes an alert (alert.rules.ts): which side, and the pair's family. */
  alert?: { kind: 'problem' | 'recovery'; family: string; problemType: string; recoveryType: string };
}

const seedSchema = z.object({
  systems: z.array(
    z.object({
      system: z.string(),
      events: z.array(
        z.object({
          type: z.string(),
          fires: z.string(),
          default: z.enum(['on', 'off']).optional(),
          severity: z.string().optional(),
          native: z.record(z.string(), z.unknown()),
        }),
      ),
    }),
  ),
});

// Samples without a timestamp of their own get a fixed one, so the catalogue is the same on every call.
export const FALLBACK_SAMPLE_TIMESTAMP = '2026-01-01T00:00:00Z';
const isoTimestamp = z.iso.datetime({ offset: true });

/** "AI Admin Panel" → "ai-admin-panel", "AstraNetmon" → "astra-netmon", "NestAI" → "nestai". */
export function systemSlug(system: string): string {
  return system
    .replace(/([a-z\d])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '');
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function buildCatalogue(): CatalogueEntry[] {
  const { systems } = seedSchema.parse(seed);
  const seen = new Map<string, number>();
  return systems.flatMap(({ system, events }) =>
    events.map((entry): CatalogueEntry => {
      const source = systemSlug(system);
      const baseId = `sample-${source}-${entry.type}`;
      const occurrence = (seen.get(baseId) ?? 0) + 1;
      seen.set(baseId, occurrence);
      const timestamp = text(entry.native.timestamp);
      const subject = text(entry.native.title) ?? text(entry.native.message);
      const pair = alertRuleFor({ type: entry.type, source, subject, data: entry.native });
      const sample: SignalboxEvent = {
        id: occurrence === 1 ? baseId : `${baseId}-${occurrence}`,
        type: entry.type,
        source,
        severity: sampleSeverity(entry.type, entry.native, entry.severity),
        timestamp: timestamp && isoTimestamp.safeParse(timestamp).success ? timestamp : FALLBACK_SAMPLE_TIMESTAMP,
        ...(subject ? { subject: subject.slice(0, 500) } : {}),
        data: entry.native,
      };
      const severities = documentedSeverities(entry, sample.severity);
      return {
        system,
        type: entry.type,
        description: entry.fires,
        ...(entry.default ? { subscribedByDefault: entry.default === 'on' } : {}),
        sample,
        severities,
        variants: severityVariants(sample, severities),
        fields: fieldPaths(entry.native),
        ...(pair
          ? { alert: { kind: pair.kind, family: pair.rule.family, problemType: pair.rule.problem.type, recoveryType: pair.rule.recovery.type } }
          : {}),
      };
    }),
  );
}

export { ANY_INDEX, fieldPaths, isKnownField, normalizeFieldPath, unknownFieldIssues, type FieldSource } from './catalogue.fields.js';
export { documentedSeverities, severityVariants } from './catalogue.variants.js';

let catalogue: CatalogueEntry[] | undefined;

/**
 * The built-in event types of the five systems in seed-events.json, each with a sample event. Returns a fresh
 * copy each call so callers may modify what they get.
 */
export function eventCatalogue(): CatalogueEntry[] {
  catalogue ??= buildCatalogue();
  return structuredClone(catalogue);
}
