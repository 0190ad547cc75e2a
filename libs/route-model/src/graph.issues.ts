import type { z } from 'zod';
import type { RouteNode } from './route.schema.js';

/** One problem with a submitted route graph. */
export interface GraphIssue {
  /** The node at fault, when there is one (the editor highlights it). */
  nodeId?: string;
  /** JSON path into the submitted graph, e.g. "nodes[2].config.condition.rules[0].operator". */
  path: string;
  message: string;
}

type PathSegment = PropertyKey;

export function formatPath(segments: readonly PathSegment[]): string {
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

const NODE_TYPES: readonly string[] = ['trigger', 'filter', 'template', 'throttle', 'group', 'send'];
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How an admin recognises a node: `Filter node "Only prod" (filter-1)` or `Send node "send-2"`. */
export function describeNode(node: { id?: unknown; type?: unknown; label?: unknown }): string {
  const kind = typeof node.type === 'string' && NODE_TYPES.includes(node.type) ? `${capitalize(node.type)} node` : 'Node';
  const id = typeof node.id === 'string' ? node.id : '?';
  return typeof node.label === 'string' && node.label.trim() ? `${kind} "${node.label}" (${id})` : `${kind} "${id}"`;
}

export function nodeIssue(node: Pick<RouteNode, 'id' | 'type' | 'label'>, path: string, problem: string): GraphIssue {
  return { nodeId: node.id, path, message: `${describeNode(node)}: ${problem}` };
}

type ZodIssue = z.core.$ZodIssue;

/** A union failure is reported through the branch that came closest (fewest problems), not as "Invalid input". */
function flattenUnion(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
  return closest.flatMap((inner) => flattenUnion({ ...inner, path: [...issue.path, ...inner.path] } as ZodIssue));
}

function problemOf(issue: ZodIssue, where: string, rawType: unknown): string {
  const subject = where ? `${where} ` : '';
  switch (issue.code) {
    case 'invalid_type':
      return / received undefined$/.test(issue.message)
        ? `${subject}is required`
        : `${subject}has the wrong type (${issue.message.replace(/^Invalid input: /, '')})`;
    case 'invalid_value':
      return `${subject}must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `${where ? `${where}: ` : ''}unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `${subject}needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string' && issue.minimum === 1) return `${subject}must not be empty`;
      return `${subject}is too small (${issue.message.replace(/^Too small: /, '')})`;
    case 'too_big':
      return `${subject}is too large (${issue.message.replace(/^Too big: /, '')})`;
    case 'invalid_union':
      if ('discriminator' in issue) {
        return `unknown node type ${JSON.stringify(rawType)}; expected one of ${NODE_TYPES.join(', ')}`;
      }
      return `${subject}is not valid`;
    default:
      return `${where ? `${where}: ` : ''}${issue.message}`;
  }
}

/** Zod's issues as graph issues naming the node they are in. */
export function schemaIssues(error: z.ZodError, input: unknown): GraphIssue[] {
  const nodes = (input as { nodes?: unknown } | null)?.nodes;
  return error.issues.flatMap(flattenUnion).map((issue) => {
    const path = formatPath(issue.path);
    const [collection, index] = issue.path;
    if (collection === 'nodes' && typeof index === 'number' && Array.isArray(nodes)) {
      const entry: unknown = nodes[index];
      const raw = (typeof entry === 'object' && entry !== null ? entry : {}) as { id?: unknown; type?: unknown; label?: unknown };
      return {
        ...(typeof raw.id === 'string' ? { nodeId: raw.id } : {}),
        path,
        message: `${describeNode(raw)} (${formatPath(issue.path.slice(0, 2))}): ${problemOf(issue, formatPath(issue.path.slice(2)), raw.type)}`,
      };
    }
    return { path, message: problemOf(issue, path || 'The route', undefined) };
  });
}
