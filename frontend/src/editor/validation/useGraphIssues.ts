import { validateRouteGraph, type GraphIssue, type RouteGraph } from '@signalbox/route-model';
import { useMemo } from 'react';
import { stableJson } from '../../shared/stableJson.js';
import { useEditorStore } from '../store/editorStore.js';
import { groupIssues, type NodeIssue } from './issuesByNode.js';
import { useCurrentGraph } from '../useCurrentGraph.js';

function clientIssues(graph: RouteGraph): GraphIssue[] {
  try {
    const result = validateRouteGraph(graph);
    return result.ok ? [] : result.issues;
  } catch (error) {
    // The validator is shared code; if it throws, say so on the canvas rather than breaking the editor.
    return [{ path: '', message: `Validator failed: ${(error as Error).message}` }];
  }
}

/** Client-side validation as you edit, merged with what the server said about this same graph. */
export function useGraphIssues(): Map<string, NodeIssue[]> {
  const graph = useCurrentGraph();
  const serverIssues = useEditorStore((s) => s.serverIssues);
  const serverIssuesGraphJson = useEditorStore((s) => s.serverIssuesGraphJson);
  return useMemo(() => {
    // The server's issues describe the graph it was sent; once the canvas changes they may no longer apply.
    const current = stableJson(graph) === serverIssuesGraphJson ? serverIssues : [];
    return groupIssues(graph, [{ issues: clientIssues(graph), source: 'editor' }, { issues: current, source: 'server' }]);
  }, [graph, serverIssues, serverIssuesGraphJson]);
}
