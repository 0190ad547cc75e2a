// CONTRACT STUB — implemented by the route-model work.
import type { RouteGraph } from './route.schema.js';

export interface GraphIssue {
  /** The node at fault, when there is one (the editor highlights it). */
  nodeId?: string;
  /** JSON path into the submitted graph, e.g. "nodes[2].config.condition.rules[0].operator". */
  path: string;
  message: string;
}

export type GraphValidation = { ok: true; graph: RouteGraph } | { ok: false; issues: GraphIssue[] };

/**
 * Schema + structure: exactly one trigger, edges between existing nodes, no cycles, every node reachable
 * from the trigger, send nodes reachable only after... etc; templates compile; regexes are valid and safe.
 */
export function validateRouteGraph(_input: unknown): GraphValidation {
  throw new Error('not implemented');
}
