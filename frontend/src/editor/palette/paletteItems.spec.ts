import { describe, expect, it } from 'vitest';
import { paletteItems, searchPalette } from './paletteItems.js';

const items = paletteItems([{ id: 'c1', name: 'Ops pager', pluginId: 'webhook' } as never, { id: 'c2', name: 'Team chat', pluginId: 'slack' } as never]);
const title = (item: { type: string }) => item.type;

describe('searchPalette', () => {
  it('keeps every item for an empty query and matches steps and channels by any word, case-insensitively', () => {
    expect(searchPalette(items, '  ', title)).toHaveLength(items.length);
    expect(searchPalette(items, 'THROT', title).map((i) => i.key)).toEqual(['throttle']);
    expect(searchPalette(items, 'slack', title).map((i) => i.key)).toEqual(['send:c2']);
    expect(searchPalette(items, 'send ops', title).map((i) => i.key)).toEqual(['send:c1']);
    expect(searchPalette(items, 'nothing like this', title)).toEqual([]);
  });
});
