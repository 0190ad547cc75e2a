import type { GraphIssue, RouteGraph } from '@signalbox/route-model';

export interface NodeIssue {
  path: string;
  message: string;
  source: 'editor' | 'server';
}

/** An issue names its node directly, or only by path (`nodes[2].config…`, `draftGraph.nodes[2]…`). */
export function issueNodeId(issue: GraphIssue, graph: RouteGraph): string | undefined {
  if (issue.nodeId) return issue.nodeId;
  const match = /nodes\[(\d+)\]/.exec(issue.path);
  return match ? graph.nodes[Number(match[1])]?.id : undefined;
}

/** Groups issues by node; those that belong to no node (e.g. "the graph has no trigger") go under "". */
export function groupIssues(graph: RouteGraph, lists: Array<{ issues: GraphIssue[]; source: NodeIssue['source'] }>): Map<string, NodeIssue[]> {
  const grouped = new Map<string, NodeIssue[]>();
  for (const { issues, source } of lists) {
    for (const issue of issues) {
      const nodeId = issueNodeId(issue, graph) ?? '';
      const list = grouped.get(nodeId) ?? [];
      if (!list.some((existing) => existing.message === issue.message)) list.push({ path: issue.path, message: issue.message, source });
      grouped.set(nodeId, list);
    }
  }
  return grouped;
}
