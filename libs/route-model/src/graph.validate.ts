import { conditionIssues } from './filter.validate.js';
import { nodeIssue, schemaIssues, type GraphIssue } from './graph.issues.js';
import { structureIssues } from './graph.structure.js';
import { reachableFrom } from './graph.walk.js';
import { scheduleProblems } from './schedule.cron.js';
import { routeGraphSchema, type RouteGraph, type RouteNode } from './route.schema.js';
import { compileTemplate, TemplateSyntaxError } from './template.compile.js';

export type { GraphIssue } from './graph.issues.js';
export { describeNode } from './graph.issues.js';

export type GraphValidation = { ok: true; graph: RouteGraph } | { ok: false; issues: GraphIssue[] };

function templateProblem(source: string): string | undefined {
  try {
    compileTemplate(source, 'none');
    return undefined;
  } catch (error) {
    return error instanceof TemplateSyntaxError ? error.message : String(error);
  }
}

/** Every Handlebars source a node holds, with its path inside the node. */
function templateSources(node: RouteNode): Array<[path: string, source: string]> {
  if (node.type === 'throttle') return [['config.key', node.config.key]];
  if (node.type === 'group') return [['config.groupBy', node.config.groupBy]];
  if (node.type !== 'template') return [];
  const { title, body, url, fields } = node.config;
  return [
    ['config.title', title],
    ['config.body', body],
    ...(url === undefined ? [] : [['config.url', url] as [string, string]]),
    ...fields.flatMap((field, index): Array<[string, string]> => [
      [`config.fields[${index}].label`, field.label],
      [`config.fields[${index}].value`, field.value],
    ]),
  ];
}

function contentIssues(node: RouteNode, index: number): GraphIssue[] {
  const base = `nodes[${index}]`;
  const templates = templateSources(node).flatMap(([path, source]) => {
    const problem = templateProblem(source);
    return problem ? [nodeIssue(node, `${base}.${path}`, `${path.replace(/^config\./, '')} — ${problem}`)] : [];
  });
  const rules = node.type === 'filter' ? conditionIssues(node.config.condition, `${base}.config.condition`) : [];
  const schedule = node.type === 'trigger' && node.config.schedule
    ? scheduleProblems(node.config.schedule).map(({ field, problem }) => nodeIssue(node, `${base}.config.schedule.${field}`, `schedule.${field} — ${problem}`))
    : [];
  return [...templates, ...rules.map((rule) => nodeIssue(node, rule.path, rule.message)), ...schedule];
}

/**
 * A group sends one message for many events, so what follows it renders for the group: only templates and
 * sends (a filter or throttle there would have to decide for a whole group; put those before the group).
 */
function groupIssues(graph: RouteGraph): GraphIssue[] {
  return graph.nodes.flatMap((node) => {
    if (node.type !== 'group') return [];
    return graph.nodes.flatMap((after, index) =>
      after.id !== node.id && reachableFrom(graph, node.id).has(after.id) && after.type !== 'template' && after.type !== 'send'
        ? [nodeIssue(after, `nodes[${index}]`, `comes after the group node "${node.id}"; only template and send nodes may follow a group (move ${after.type} nodes before it)`)]
        : [],
    );
  });
}

/**
 * Schema + structure + content. Schema problems are reported alone (the rest cannot be checked reliably on
 * a malformed graph); otherwise: exactly one trigger, unique ids, edges between existing nodes, no self-loops
 * or cycles, nothing leading into the trigger, "else" only from filters, every node reachable from the trigger,
 * a reachable send node, a schedule trigger's cron and time zone, every template and throttle key compiles, and every filter rule is well-formed
 * (including `matches` regexes in the RE2 syntax that keeps matching linear-time).
 */
export function validateRouteGraph(input: unknown): GraphValidation {
  const parsed = routeGraphSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error, input) };
  const graph = parsed.data;
  const issues = [...structureIssues(graph), ...graph.nodes.flatMap(contentIssues), ...groupIssues(graph)];
  return issues.length === 0 ? { ok: true, graph } : { ok: false, issues };
}
