import type { RouteNodeType } from '@signalbox/route-model';
import type { Channel } from '../../api/channels.js';

export const DRAG_MIME = 'application/x-signalbox-node';

export interface PaletteItem {
  key: string;
  type: RouteNodeType;
  label: string;
  channelId?: string;
  pluginId?: string;
}

/** Step nodes, then one "send" entry per configured channel (a send without a channel is useless). */
export function paletteItems(channels: Channel[]): PaletteItem[] {
  const steps: PaletteItem[] = (['trigger', 'filter', 'template', 'throttle', 'group'] as const).map((type) => ({ key: type, type, label: '' }));
  const sends = channels.map((c) => ({ key: `send:${c.id}`, type: 'send' as const, label: c.name, channelId: c.id, pluginId: c.pluginId }));
  return [...steps, ...sends];
}

/** Items whose name, kind or plugin contains every word of the query (case-insensitive); all of them for an empty query. */
export function searchPalette(items: PaletteItem[], query: string, titleOf: (item: PaletteItem) => string): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return items;
  return items.filter((item) => {
    const text = [item.label, titleOf(item), item.pluginId ?? '', item.type === 'send' ? 'send' : ''].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
