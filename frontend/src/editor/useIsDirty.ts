import { stableJson } from '../shared/stableJson.js';
import { useCurrentGraph } from './useCurrentGraph.js';
import { useEditorStore } from './store/editorStore.js';

export function useIsDirty(): boolean {
  const graph = useCurrentGraph();
  const saved = useEditorStore((s) => s.savedGraphJson);
  return saved !== '' && stableJson(graph) !== saved;
}
