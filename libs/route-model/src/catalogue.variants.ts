import { SEVERITIES, type Severity, type SignalboxEvent } from './event.schema.js';
import { severityFromType } from './catalogue.severity.js';
import { normalizeSeverity } from './severity.normalize.js';

/** What the seed documents about one event type's severity. */
export interface SeverityDoc {
  type: string;
  /** The "fires" text; may list levels: "… (severity critical | warning | info)". */
  fires: string;
  /** A level or a range: "HIGH", "WARNING → CRITICAL". */
  severity?: string;
}

const words = (text: string) => text.split(/[^A-Za-z\d]+/).map(normalizeSeverity).filter((s): s is Severity => s !== undefined);

/**
 * Every severity an event of this type can carry, by its documentation: the levels in its severity field and in a
 * "severity a | b | c" clause of its description. A failure or outage documented with no level (high by the type
 * table) may also be critical — routes page on critical — so its samples must be able to reach that branch too.
 */
export function documentedSeverities(doc: SeverityDoc, sampleSeverity: Severity): Severity[] {
  const clause = /\bseverity\s+([a-z]+(?:\s*\|\s*[a-z]+)*)/i.exec(doc.fires)?.[1] ?? '';
  const levels = new Set<Severity>([sampleSeverity, ...words(doc.severity ?? ''), ...words(clause)]);
  if (!doc.severity && !clause && severityFromType(doc.type) === 'high') levels.add('critical');
  return SEVERITIES.filter((level) => levels.has(level));
}

/** The payload's own severity field, rewritten in its own style ("HIGH" stays upper case), when it has one. */
function dataAt(data: Record<string, unknown>, severity: Severity): Record<string, unknown> {
  if (typeof data.severity !== 'string') return data;
  const upper = data.severity === data.severity.toUpperCase();
  return { ...data, severity: upper ? severity.toUpperCase() : severity };
}

/** The sample again at each other documented severity (`<id>-<severity>`), so previews can reach every branch. */
export function severityVariants(sample: SignalboxEvent, severities: readonly Severity[]): SignalboxEvent[] {
  return severities
    .filter((severity) => severity !== sample.severity)
    .map((severity) => ({ ...sample, id: `${sample.id}-${severity}`, severity, data: dataAt(sample.data, severity) }));
}
