import { describeNode, nodeIssue, type GraphIssue } from './graph.issues.js';
import { findCycle, reachableFrom } from './graph.walk.js';
import type { RouteEdge, RouteGraph, RouteNode } from './route.schema.js';

const edgeName = (edge: RouteEdge, index: number) =>
  edge.id ? `Edge "${edge.id}"` : `Edge #${index + 1} (${edge.source} → ${edge.target})`;

function nodeIdIssues(graph: RouteGraph): GraphIssue[] {
  const firstIndex = new Map<string, number>();
  return graph.nodes.flatMap((node, index) => {
    const first = firstIndex.get(node.id);
    if (first === undefined) {
      firstIndex.set(node.id, index);
      return [];
    }
    return [nodeIssue(node, `nodes[${index}].id`, `the id "${node.id}" is already used by nodes[${first}]; node ids must be unique`)];
  });
}

function triggerIssues(graph: RouteGraph): GraphIssue[] {
  const triggers = graph.nodes.map((node, index) => ({ node, index })).filter(({ node }) => node.type === 'trigger');
  if (triggers.length === 0) return [{ path: 'nodes', message: 'The route has no trigger node; add one to say which events start it.' }];
  return triggers
    .slice(1)
    .map(({ node, index }) => nodeIssue(node, `nodes[${index}]`, `a route has exactly one trigger, and ${describeNode(triggers[0]!.node)} is already one`));
}

function edgeIssues(graph: RouteGraph, byId: Map<string, RouteNode>): GraphIssue[] {
  return graph.edges.flatMap((edge, index): GraphIssue[] => {
    const name = edgeName(edge, index);
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    const missing = [
      ...(source ? [] : [{ path: `edges[${index}].source`, message: `${name} starts at node "${edge.source}", which does not exist.` }]),
      ...(target ? [] : [{ path: `edges[${index}].target`, message: `${name} points to node "${edge.target}", which does not exist.` }]),
    ];
    if (!source || !target) {
      const known = source ?? target;
      return missing.map((issue) => (known ? { ...issue, nodeId: known.id } : issue));
    }
    const issues: GraphIssue[] = [];
    if (source.id === target.id) issues.push(nodeIssue(source, `edges[${index}]`, `${name} connects the node to itself.`));
    if (target.type === 'trigger') {
      issues.push(nodeIssue(target, `edges[${index}].target`, `${name} leads into the trigger; nothing may come before a trigger.`));
    }
    if (edge.sourceHandle === 'else' && source.type !== 'filter') {
      issues.push(nodeIssue(source, `edges[${index}].sourceHandle`, `${name} uses the "else" branch, which only filter nodes have.`));
    }
    return issues;
  });
}

function cycleIssues(graph: RouteGraph, byId: Map<string, RouteNode>): GraphIssue[] {
  const edges = graph.edges.filter((edge) => edge.source !== edge.target && byId.has(edge.source) && byId.has(edge.target));
  const cycle = findCycle({ edges });
  if (!cycle) return [];
  const first = byId.get(cycle[0]!)!;
  const index = graph.nodes.indexOf(first);
  return [nodeIssue(first, `nodes[${index}]`, `part of a loop (${cycle.join(' → ')}); routes must not loop back.`)];
}

function reachabilityIssues(graph: RouteGraph, triggerId: string): GraphIssue[] {
  const reachable = reachableFrom(graph, triggerId);
  const unreachable = graph.nodes
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => !reachable.has(node.id))
    .map(({ node, index }) => nodeIssue(node, `nodes[${index}]`, 'not connected to the trigger, so no event would ever reach it.'));
  const sendReachable = graph.nodes.some((node) => node.type === 'send' && reachable.has(node.id));
  const noSend = sendReachable
    ? []
    : [{ path: 'nodes', message: 'No send node is reachable from the trigger, so this route would never deliver anything; add a send node.' }];
  return [...unreachable, ...noSend];
}

/** Shape rules a schema cannot express: one trigger, unique ids, sound edges, no loops, everything reachable. */
export function structureIssues(graph: RouteGraph): GraphIssue[] {
  const byId = new Map<string, RouteNode>();
  for (const node of graph.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const triggers = graph.nodes.filter((node) => node.type === 'trigger');
  return [
    ...nodeIdIssues(graph),
    ...triggerIssues(graph),
    ...edgeIssues(graph, byId),
    ...cycleIssues(graph, byId),
    ...(triggers.length === 1 ? reachabilityIssues(graph, triggers[0]!.id) : []),
  ];
}
