import { createHash } from 'node:crypto';
import { canonicalJson } from '@signalbox/plugin-sdk';
import { EVENT_TYPE_PATTERN, type EventInput } from '@signalbox/route-model';
import { MappingError, type MappedAlert, type SourcePreset } from './presets/index.js';
import { sourceSeverity } from './source.severity.js';

export interface SourceMappingContext {
  id: string;
  name: string;
  mapping: string | null;
  severityOverrides: Record<string, string>;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 40);

/**
 * The event id is derived, never random: from the tool's delivery key when it has one, else from a hash of the
 * alert itself, so a redelivered webhook maps onto the ids already accepted and the outbox runs it once.
 */
export function mappedEventId(sourceId: string, alert: MappedAlert): string {
  const key = alert.deliveryKey !== undefined ? `k:${alert.deliveryKey}` : `h:${canonicalJson({ type: alert.type, data: alert.data })}`;
  return `hook:${sourceId}:${sha(key)}`;
}

/** A tool's body as Signalbox events (validated again by the ordinary ingest path). Throws MappingError. */
export async function mapToEvents(preset: SourcePreset, source: SourceMappingContext, body: unknown): Promise<EventInput[]> {
  const alerts = await preset.map(body, source.mapping ?? undefined);
  return alerts.map((alert, index): EventInput => {
    const at = alerts.length > 1 ? `events[${index}]` : 'event';
    const type = alert.type.length > 200 ? alert.type.slice(0, 200) : alert.type;
    if (!EVENT_TYPE_PATTERN.test(type)) throw new MappingError(`${at}.type`, `"${type}" must be letters, digits, "_", ".", ":" or "-"`);
    const subject = typeof alert.subject === 'string' && alert.subject.trim() ? alert.subject.trim().slice(0, 500) : undefined;
    // A tool's odd timestamp is no reason to drop its alert: receipt time stands in (the raw value stays in data).
    const timestamp = typeof alert.timestamp === 'string' && ISO_TIMESTAMP.test(alert.timestamp) && !alert.timestamp.startsWith('0001') ? alert.timestamp : undefined;
    return {
      id: mappedEventId(source.id, alert),
      type,
      source: source.name.slice(0, 200),
      severity: sourceSeverity(alert.severity, source.severityOverrides),
      ...(timestamp ? { timestamp } : {}),
      ...(subject ? { subject } : {}),
      data: alert.data,
    };
  });
}
