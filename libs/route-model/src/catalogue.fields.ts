import { EVENT_FIELD_ROOTS } from './event.field.js';
import { nodeIssue, type GraphIssue } from './graph.issues.js';
import type { ConditionGroup, FilterRule, RouteGraph } from './route.schema.js';
import { triggerAccepts } from './trigger.match.js';

/** `*` in a field path stands for any array index: `data.items.*.name` covers `data.items.0.name`. */
export const ANY_INDEX = '*';
// A sample is a single payload; bounding the walk keeps a huge or deeply nested one from bloating the catalogue.
const MAX_FIELD_PATHS = 300;
const MAX_DEPTH = 12;

/**
 * The dot paths of an event's `data` (`data.service.name`), leaves only; array elements share one `*` segment,
 * so a list of 500 items adds its element fields once. Paths are sorted, unique, at most MAX_FIELD_PATHS.
 */
export function fieldPaths(data: unknown): string[] {
  const paths = new Set<string>();
  const walk = (value: unknown, path: string, depth: number) => {
    if (paths.size >= MAX_FIELD_PATHS) return;
    const children = Array.isArray(value)
      ? value.map((item) => [ANY_INDEX, item] as const)
      : value !== null && typeof value === 'object' ? Object.entries(value) : [];
    if (children.length === 0 || depth >= MAX_DEPTH) {
      paths.add(path);
      return;
    }
    for (const [key, child] of children) walk(child, `${path}.${key}`, depth + 1);
  };
  walk(data, 'data', 0);
  return [...paths].sort();
}

/** `event.data.items[0].name` → `data.items.*.name`: the form fieldPaths uses. */
export function normalizeFieldPath(path: string): string {
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (segments[0] === 'event' && segments.length > 1) segments.shift();
  return segments.map((segment) => (/^\d+$/.test(segment) ? ANY_INDEX : segment)).join('.');
}

/**
 * Whether a filter field names something the samples have: top-level event fields always exist; a `data` path
 * must be a known leaf or lead to one (a filter on `data.service` is fine when `data.service.name` was seen).
 */
export function isKnownField(path: string, known: ReadonlySet<string>): boolean {
  const normalized = normalizeFieldPath(path);
  const root = normalized.split('.')[0]!;
  if (root !== 'data') return (EVENT_FIELD_ROOTS as readonly string[]).includes(root);
  if (normalized === 'data' || known.has(normalized)) return true;
  for (const candidate of known) if (candidate.startsWith(`${normalized}.`)) return true;
  return false;
}

/** What the check needs of a catalogue entry: its sample's type and source, and the fields seen for it. */
export interface FieldSource {
  type: string;
  source: string;
  fields: readonly string[];
}

function* rulesOf(group: ConditionGroup, path: string): Generator<[FilterRule, string]> {
  for (const [index, rule] of group.rules.entries()) {
    const rulePath = `${path}.rules[${index}]`;
    if ('combinator' in rule) yield* rulesOf(rule, rulePath);
    else yield [rule, rulePath];
  }
}

/**
 * Filter rules on a field that no sample of the trigger's event types (built-in or seen in this tenant's
 * traffic) has — most often a typo, which would make the filter fail closed on every event. A warning, not an
 * error: `data` fields may be optional. Nothing is flagged while no sample matches the trigger (nothing to judge by).
 */
export function unknownFieldIssues(graph: RouteGraph, samples: readonly FieldSource[]): GraphIssue[] {
  const trigger = graph.nodes.find((node) => node.type === 'trigger');
  if (!trigger) return [];
  const matching = samples.filter((sample) => triggerAccepts(trigger.config, sample));
  if (matching.length === 0) return [];
  const known = new Set(matching.flatMap((sample) => sample.fields));
  const issues: GraphIssue[] = [];
  for (const [index, node] of graph.nodes.entries()) {
    if (node.type !== 'filter') continue;
    for (const [rule, rulePath] of rulesOf(node.config.condition, `nodes[${index}].config.condition`)) {
      if (isKnownField(rule.field, known)) continue;
      issues.push(nodeIssue(node, `${rulePath}.field`, `field "${rule.field}" appears in no sample of the trigger's event types (check the spelling; optional fields may be missing from samples)`));
    }
  }
  return issues;
}
