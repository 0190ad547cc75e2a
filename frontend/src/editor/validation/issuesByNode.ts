import type { GraphIssue, RouteGraph } from '@signalbox/route-model';

export interface NodeIssue {
  path: string;
  message: string;
  source: 'editor' | 'server';
  /** A warning is shown on its node but does not block publishing (e.g. a filter field no sample has). */
  level?: 'warning';
}

/** An issue names its node directly, or only by path (`nodes[2].config…`, `draftGraph.nodes[2]…`). */
export function issueNodeId(issue: GraphIssue, graph: RouteGraph): string | undefined {
  if (issue.nodeId) return issue.nodeId;
  const match = /nodes\[(\d+)\]/.exec(issue.path);
  return match ? graph.nodes[Number(match[1])]?.id : undefined;
}

/** Groups issues by node; those that belong to no node (e.g. "the graph has no trigger") go under "". */
export function groupIssues(graph: RouteGraph, lists: Array<{ issues: GraphIssue[]; source: NodeIssue['source']; level?: 'warning' }>): Map<string, NodeIssue[]> {
  const grouped = new Map<string, NodeIssue[]>();
  for (const { issues, source, level } of lists) {
    for (const issue of issues) {
      const nodeId = issueNodeId(issue, graph) ?? '';
      const list = grouped.get(nodeId) ?? [];
      if (!list.some((existing) => existing.message === issue.message)) list.push({ path: issue.path, message: issue.message, source, ...(level ? { level } : {}) });
      grouped.set(nodeId, list);
    }
  }
  return grouped;
}

/** Issues that stop a publish: every one but warnings. */
export function blockingIssueCount(issues: Map<string, NodeIssue[]>): number {
  return [...issues.values()].reduce((n, list) => n + list.filter((issue) => issue.level !== 'warning').length, 0);
}
