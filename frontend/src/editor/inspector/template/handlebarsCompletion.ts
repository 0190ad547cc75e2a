import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { TEMPLATE_HELPER_NAMES } from '@signalbox/route-model';

const HELPER_DOCS: Record<string, string> = {
  formatDate: 'formatDate value "yyyy-MM-dd HH:mm" "Europe/Berlin"',
  timeAgo: 'timeAgo timestamp — "5 minutes ago"',
  duration: 'duration seconds "s" — "1h 5m"',
  upper: 'upper text',
  lower: 'lower text',
  humanize: 'humanize "server_status" — "Server status"',
  truncate: 'truncate text 100',
  default: 'default value "fallback"',
  json: 'json value 2 — pretty JSON',
  join: 'join list ", "',
  eq: '(eq a b) inside #if',
  ne: '(ne a b)',
  gt: '(gt a b)',
  gte: '(gte a b)',
  lt: '(lt a b)',
  lte: '(lte a b)',
  and: '(and a b …)',
  or: '(or a b …)',
  not: '(not a)',
  severityEmoji: 'severityEmoji severity — 🔴🟠🟡🔵',
  severityColor: 'severityColor severity — hex colour',
};

const BLOCKS: Completion[] = [
  { label: '#if', type: 'keyword', apply: '#if }}{{/if', detail: 'block' },
  { label: '#unless', type: 'keyword', apply: '#unless }}{{/unless', detail: 'block' },
  { label: '#each', type: 'keyword', apply: '#each }}{{this}}{{/each', detail: 'block' },
  { label: '#with', type: 'keyword', apply: '#with }}{{/with', detail: 'block' },
  { label: 'else', type: 'keyword' },
];

/**
 * Completes inside `{{ … }}` only: event paths from the sample (with their sample values), the fixed
 * helper set and block helpers. `getPaths` is read on each request so it follows the chosen sample.
 */
export function handlebarsCompletion(getPaths: () => Array<{ path: string; preview: string }>) {
  return (context: CompletionContext): CompletionResult | null => {
    const before = context.state.sliceDoc(Math.max(0, context.pos - 400), context.pos);
    const open = before.lastIndexOf('{{');
    if (open < 0 || before.lastIndexOf('}}') > open) return null;
    const word = context.matchBefore(/[#/]?[\w.@$-]*/);
    if (!word || (word.from === word.to && !context.explicit && !before.endsWith('{{') && !before.endsWith(' '))) return null;
    const helpers: Completion[] = TEMPLATE_HELPER_NAMES.map((name) => ({ label: name, type: 'function', detail: 'helper', info: HELPER_DOCS[name] }));
    const paths: Completion[] = getPaths().map(({ path, preview }) => ({ label: path, type: 'variable', detail: preview, boost: path.split('.').length === 1 ? 2 : 0 }));
    return { from: word.from, options: [...paths, ...helpers, ...BLOCKS], validFor: /^[#/]?[\w.@$-]*$/ };
  };
}
