import type { z } from 'zod';
import type { ErrorIssue } from './api-error.js';

/** `['events', 3, 'type']` → `events[3].type`; the root is `(root)` so the message never starts with a blank. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  const text = path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
  return text || '(root)';
}

/** Flattens zod issues into `{ path, message }`, one per unknown key, prefixed with where the value came from. */
export function zodIssues(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): ErrorIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...prefix, ...issue.path, key]), message: `unknown field "${key}"` }));
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest instead of a bare "Invalid input".
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0]!;
      return best.map((nested) => ({ path: formatPath([...prefix, ...issue.path, ...nested.path]), message: nested.message }));
    }
    return [{ path: formatPath([...prefix, ...issue.path]), message: issue.message }];
  });
}

const depth = (issues: z.core.$ZodIssue[]) => Math.max(0, ...issues.map((i) => i.path.length));

/** "type: expected string" or "3 problems — type: …; severity: …" for the top-level message. */
export function summarizeIssues(what: string, issues: ErrorIssue[]): string {
  const listed = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `Invalid ${what} — ${listed}${more}`;
}
