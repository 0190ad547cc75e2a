import { useChannels } from '../api/channels.js';
import { useEditorStore } from './store/editorStore.js';

/** The plugin of the first send node reachable from `nodeId` — the channel a template is written for. */
export function useDownstreamPlugin(nodeId: string): string | undefined {
  const channels = useChannels();
  const channelId = useEditorStore((s) => {
    const seen = new Set<string>([nodeId]);
    const queue = [nodeId];
    while (queue.length) {
      const current = queue.shift()!;
      for (const edge of s.edges) {
        if (edge.source !== current || seen.has(edge.target)) continue;
        const target = s.nodes.find((n) => n.id === edge.target);
        if (target?.type === 'send') return (target.data.config as { channelId: string }).channelId;
        seen.add(edge.target);
        queue.push(edge.target);
      }
    }
    return undefined;
  });
  return channels.data?.find((c) => c.id === channelId)?.pluginId;
}
