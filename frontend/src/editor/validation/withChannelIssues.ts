import type { RouteGraph } from '@signalbox/route-model';
import type { ChannelIssue } from '../../api/routes.js';
import type { NodeIssue } from './issuesByNode.js';

/**
 * Adds the live version's channel problems (from the API, known as soon as the route loads) to the
 * canvas issues: on the send node when the draft still has it, else on the graph as a whole.
 */
export function withChannelIssues(issues: Map<string, NodeIssue[]>, graph: RouteGraph, channelIssues: ChannelIssue[] = []): Map<string, NodeIssue[]> {
  if (channelIssues.length === 0) return issues;
  const merged = new Map(issues);
  for (const issue of channelIssues) {
    const onNode = graph.nodes.some((n) => n.id === issue.nodeId);
    const key = onNode ? issue.nodeId : '';
    const message = onNode ? `Live version ${issue.message}` : `Live version: send "${issue.nodeId}" ${issue.message}`;
    merged.set(key, [...(merged.get(key) ?? []), { path: `live.nodes.${issue.nodeId}`, message, source: 'server' }]);
  }
  return merged;
}
