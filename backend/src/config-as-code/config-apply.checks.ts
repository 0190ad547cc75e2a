import type { Silence } from '@signalbox/db';
import { createSilenceSchema, eventCatalogue, templateBudgetIssues, validateRouteGraph, type RouteGraph } from '@signalbox/route-model';
import type { ErrorIssue } from '../common/api-error.js';
import { zodIssues } from '../common/zod-issues.format.js';
import { diffValues } from './config-diff.js';
import type { ConfigSilence, DiffItem, FieldChange } from './config-file.schema.js';
import { silenceKey } from './config-state.load.js';

export interface SilenceStep { file: ConfigSilence; existing?: Silence; action: 'create' | 'update' | 'replace' | 'none' }

/**
 * Silences of the file against the server's current ones, matched by their matchers. A silence that is over
 * already is history and skipped; `startsAt` or `createdBy` cannot be edited on a silence, so a change there
 * replaces it (expire + create).
 */
export function planSilences(
  silences: ConfigSilence[], stored: Silence[], issues: ErrorIssue[], record: (item: DiffItem, fields: FieldChange[] | 'created') => void, now: number,
): SilenceStep[] {
  return silences.flatMap((s, i): SilenceStep[] => {
    if (Date.parse(s.endsAt) <= now) return []; // over already: history, nothing to apply
    const checked = createSilenceSchema.safeParse(s);
    if (!checked.success) issues.push(...zodIssues(checked.error, [`silences[${i}]`]));
    const key = silenceKey(s.matchers);
    if (silences.findIndex((o) => silenceKey(o.matchers) === key) < i) issues.push({ path: `silences[${i}].matchers`, message: 'another silence in the file has the same matchers; silences are identified by their matchers' });
    const existing = stored.find((o) => silenceKey(o.matchers) === key);
    const fields = existing
      ? diffValues({ startsAt: existing.startsAt.toISOString(), endsAt: existing.endsAt.toISOString(), createdBy: existing.createdBy, comment: existing.comment },
        { startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString(), createdBy: s.createdBy, comment: s.comment }, '')
      : 'created';
    record({ kind: 'silence', name: key }, fields);
    const action = fields === 'created' ? 'create' : fields.length === 0 ? 'none' : fields.some((f) => f.path === 'startsAt' || f.path === 'createdBy') ? 'replace' : 'update';
    return [{ file: s, existing, action }];
  });
}

/** What publishing would refuse (structure, template budgets), found before anything is written. */
export function publishIssues(graph: RouteGraph, at: string): ErrorIssue[] {
  const validation = validateRouteGraph(graph);
  const issues = validation.ok ? templateBudgetIssues(validation.graph, eventCatalogue().map((entry) => entry.sample)) : validation.issues;
  return issues.map((issue) => ({ path: `${at}.${issue.path}`, message: issue.message, ...(issue.nodeId ? { nodeId: issue.nodeId } : {}) }));
}
