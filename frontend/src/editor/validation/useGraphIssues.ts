import { unknownFieldIssues, validateRouteGraph, type FieldSource, type GraphIssue, type RouteGraph } from '@signalbox/route-model';
import { useMemo } from 'react';
import { useEventTypes } from '../../api/eventTypes.js';
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

/** The field paths each catalogue sample has (built-in and seen types), for the unknown-field warning. */
function useFieldSources(): FieldSource[] {
  const catalogue = useEventTypes().data;
  return useMemo(() => (catalogue ?? []).map((entry) => ({ type: entry.type, source: entry.sample.source, fields: entry.fields ?? [] })), [catalogue]);
}

/**
 * Client-side validation as you edit, merged with what the server said about this same graph, plus warnings
 * for filter fields that no sample of the trigger's types has.
 */
export function useGraphIssues(): Map<string, NodeIssue[]> {
  const graph = useCurrentGraph();
  const fieldSources = useFieldSources();
  const serverIssues = useEditorStore((s) => s.serverIssues);
  const serverIssuesGraphJson = useEditorStore((s) => s.serverIssuesGraphJson);
  return useMemo(() => {
    // The server's issues describe the graph it was sent; once the canvas changes they may no longer apply.
    const current = stableJson(graph) === serverIssuesGraphJson ? serverIssues : [];
    return groupIssues(graph, [
      { issues: clientIssues(graph), source: 'editor' },
      { issues: current, source: 'server' },
      { issues: unknownFieldIssues(graph, fieldSources), source: 'editor', level: 'warning' },
    ]);
  }, [graph, serverIssues, serverIssuesGraphJson, fieldSources]);
}
