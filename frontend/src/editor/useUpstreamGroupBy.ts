import { useEditorStore } from './store/editorStore.js';

/** The `groupBy` of the nearest group node before `nodeId`, if any: a template there renders for a group. */
export function useUpstreamGroupBy(nodeId: string): string | undefined {
  return useEditorStore((s) => {
    const seen = new Set<string>([nodeId]);
    const queue = [nodeId];
    while (queue.length) {
      const current = queue.shift()!;
      for (const edge of s.edges) {
        if (edge.target !== current || seen.has(edge.source)) continue;
        const source = s.nodes.find((n) => n.id === edge.source);
        if (source?.type === 'group') return (source.data.config as { groupBy: string }).groupBy;
        seen.add(edge.source);
        queue.push(edge.source);
      }
    }
    return undefined;
  });
}
