import type { RouteGraph } from '@signalbox/route-model';
import { useMemo } from 'react';
import { fromFlow } from './graphAdapter.js';
import { useEditorStore } from './store/editorStore.js';

/** The canvas as a saved-shape graph; recomputed only when nodes or edges change (not on selection-only renders). */
export function useCurrentGraph(): RouteGraph {
  const nodes = useEditorStore((s) => s.nodes);
  const edges = useEditorStore((s) => s.edges);
  return useMemo(() => fromFlow(nodes, edges), [nodes, edges]);
}
